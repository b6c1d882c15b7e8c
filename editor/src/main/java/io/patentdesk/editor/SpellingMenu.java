package io.patentdesk.editor;

import io.patentdesk.editor.spell.Misspelling;
import io.patentdesk.editor.spell.SpellChecker;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The spelling part of an area's context menu: corrections for the misspelt word under the mouse, and "Add to
 * Dictionary". Suggestions take Hunspell up to a few hundred milliseconds, so the menu opens at once with a
 * placeholder and the corrections replace it when the background thread has them.
 */
final class SpellingMenu {
    /** More corrections than this only push the rest of the menu off screen. */
    static final int MAX_SUGGESTIONS = 6;
    static final String PLACEHOLDER_ID = "spelling-suggestions-pending";

    private final AnalyzedArea area;
    private final Misspelling word;
    private final SpellChecker checker;
    private final Executor executor;
    private final Consumer<String> addToDictionary;

    SpellingMenu(AnalyzedArea area, Misspelling word, SpellChecker checker, Executor executor, Consumer<String> addToDictionary) {
        this.area = area;
        this.word = word;
        this.checker = checker;
        this.executor = executor;
        this.addToDictionary = addToDictionary;
    }

    void addTo(ContextMenu menu) {
        MenuItem pending = new MenuItem("Looking for corrections\u2026");
        pending.setId(PLACEHOLDER_ID);
        pending.setDisable(true);
        MenuItem add = new MenuItem("Add \u201c" + word.word() + "\u201d to Dictionary");
        add.setId("spelling-add");
        add.setDisable(addToDictionary == null);
        add.setOnAction(e -> addToDictionary.accept(word.word()));
        menu.getItems().addAll(pending, add, new SeparatorMenuItem());
        executor.execute(() -> {
            List<String> suggestions = checker.suggest(word.word());
            Platform.runLater(() -> showSuggestions(menu, pending, suggestions));
        });
    }

    private void showSuggestions(ContextMenu menu, MenuItem pending, List<String> suggestions) {
        int at = menu.getItems().indexOf(pending);
        if (at < 0) {
            return; // the menu was rebuilt meanwhile
        }
        if (suggestions.isEmpty()) {
            pending.setText("No corrections for \u201c" + word.word() + "\u201d");
            pending.setId("spelling-none");
            return;
        }
        menu.getItems().remove(at);
        List<String> shown = suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()));
        for (int i = shown.size() - 1; i >= 0; i--) {
            String correction = shown.get(i);
            MenuItem item = new MenuItem(correction);
            item.getStyleClass().add("spelling-suggestion");
            item.setOnAction(e -> replace(correction));
            menu.getItems().add(at, item);
        }
    }

    /** Replaces the word with {@code correction} as one undoable edit, if the word is still where it was. */
    private void replace(String correction) {
        int end = word.end();
        if (end <= area.getLength() && area.getText(word.start(), end).equals(word.word())) {
            area.replaceAsOneEdit(word.start(), end, correction);
        }
    }
}
