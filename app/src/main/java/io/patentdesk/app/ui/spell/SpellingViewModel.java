package io.patentdesk.app.ui.spell;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.store.UserDictionary;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.spell.HunspellDictionary;
import io.patentdesk.editor.spell.IntroducedTerms;
import io.patentdesk.editor.spell.KnownWords;
import io.patentdesk.editor.spell.SpellChecker;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Spell check for the editors: the checker they use (null while it is off or still loading), made of the bundled
 * English dictionary, the user's dictionary and the terms the open matter introduces. Everything slow (reading the
 * dictionary, scanning a 300-page matter for its terms, writing the user's file) runs on the task executor; the
 * checker is replaced on the UI thread only when its known words really changed, since each replacement re-checks
 * every editor.
 */
@Singleton
public final class SpellingViewModel {
    private static final String ENABLED_KEY = "spellCheck";

    private final UserDictionary userWords;
    private final TaskExecutor tasks;
    private final EventBus bus;
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", enabledPreferred());
    private final ReadOnlyObjectWrapper<SpellChecker> checker = new ReadOnlyObjectWrapper<>(this, "checker");
    /** The checker with its current known words, kept while spell check is off so that turning it on is instant. */
    private SpellChecker loaded;
    private boolean loading;
    private List<String> matterTerms = List.of();
    /** Only the latest request of each kind may apply its result: tasks can finish out of order. */
    private long termsGeneration;
    private long knownGeneration;

    @Inject
    public SpellingViewModel(UserDictionary userWords, TaskExecutor tasks, EventBus bus) {
        this.userWords = userWords;
        this.tasks = tasks;
        this.bus = bus;
        enabled.addListener((o, was, on) -> {
            remember(on);
            if (on) {
                start();
            } else {
                checker.set(null);
            }
        });
    }

    /** Whether misspelt words are underlined (View → Check Spelling); remembered between sessions. */
    public BooleanProperty enabledProperty() {
        return enabled;
    }

    /** The checker the editors should use; null while spell check is off or the dictionary is being read. */
    public ReadOnlyObjectProperty<SpellChecker> checkerProperty() {
        return checker.getReadOnlyProperty();
    }

    /** Reads the dictionary in the background if spell check is on and it has not been read yet. */
    public void start() {
        if (!enabled.get()) {
            return;
        }
        if (loaded != null) {
            checker.set(loaded);
            return;
        }
        if (loading) {
            return;
        }
        loading = true;
        tasks.submit(() -> SpellChecker.on(HunspellDictionary.english(), known(userWords.words(), List.of())),
                c -> {
                    loading = false;
                    loaded = c;
                    refreshKnownWords();
                    if (enabled.get()) {
                        checker.set(loaded);
                    }
                },
                e -> {
                    loading = false;
                    UserMessages.log("reading the spelling dictionary", e);
                    bus.publish(new StatusMessage("Spell check is unavailable: " + UserMessages.of(e)));
                });
    }

    /** The open matter changed (it was opened, or analysed after an edit): its introduced terms count as known. */
    public void matterChanged(Matter m) {
        if (m == null) {
            return;
        }
        long mine = ++termsGeneration;
        tasks.submit(() -> termsOf(m), terms -> {
            if (mine == termsGeneration && !terms.equals(matterTerms)) {
                matterTerms = terms;
                refreshKnownWords();
            }
        }, e -> UserMessages.log("finding a matter's terms", e));
    }

    /** Adds {@code word} to the user's dictionary (saved in the background) and stops underlining it. */
    public void addWord(String word) {
        tasks.submit(() -> {
            userWords.add(word);
            return word;
        }, w -> {
            bus.publish(new StatusMessage("Added \u201c" + w + "\u201d to your dictionary."));
            refreshKnownWords();
        }, e -> bus.publish(new UserError("Cannot add \u201c" + word + "\u201d to the dictionary", UserMessages.of(e))));
    }

    /** Rebuilds the known words in the background and swaps the checker if they changed. */
    private void refreshKnownWords() {
        if (loaded == null) {
            return;
        }
        List<String> terms = matterTerms;
        long mine = ++knownGeneration;
        tasks.submit(() -> known(userWords.words(), terms), k -> {
            if (mine != knownGeneration || loaded.known().equals(k)) {
                return;
            }
            loaded = loaded.withKnown(k);
            if (enabled.get()) {
                checker.set(loaded);
            }
        }, e -> UserMessages.log("reading the user dictionary", e));
    }

    private static KnownWords known(List<String> user, List<String> terms) {
        List<String> all = new ArrayList<>(user);
        all.addAll(terms);
        return KnownWords.of(all);
    }

    /** The introduced terms of every part of the matter. */
    static List<String> termsOf(Matter m) {
        StringBuilder text = new StringBuilder(m.claims()).append('\n');
        for (Section s : Section.values()) {
            text.append(m.section(s)).append('\n');
        }
        return IntroducedTerms.of(text.toString()).stream().distinct().sorted().toList();
    }

    private static boolean enabledPreferred() {
        try {
            return Preferences.userNodeForPackage(SpellingViewModel.class).getBoolean(ENABLED_KEY, true);
        } catch (SecurityException | IllegalStateException unavailable) {
            return true;
        }
    }

    private static void remember(boolean on) {
        try {
            Preferences.userNodeForPackage(SpellingViewModel.class).putBoolean(ENABLED_KEY, on);
        } catch (SecurityException | IllegalStateException unavailable) {
            // The choice still holds for this session.
        }
    }
}
