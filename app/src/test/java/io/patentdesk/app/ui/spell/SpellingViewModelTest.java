package io.patentdesk.app.ui.spell;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.store.UserDictionary;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import io.patentdesk.editor.spell.Misspelling;
import io.patentdesk.editor.spell.SpellChecker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpellingViewModelTest {
    @TempDir
    Path dir;
    final EventBus bus = new EventBus();
    final List<String> status = new ArrayList<>();
    SpellingViewModel spelling;
    boolean wasEnabled;

    @BeforeEach
    void setUp() {
        bus.subscribe(StatusMessage.class, m -> status.add(m.text()));
        spelling = new SpellingViewModel(UserDictionary.in(dir), new CurrentThreadTaskExecutor(), bus);
        wasEnabled = spelling.enabledProperty().get();
        spelling.enabledProperty().set(true);
    }

    @AfterEach
    void restorePreference() {
        spelling.enabledProperty().set(wasEnabled);
    }

    private List<String> misspelt(String text) {
        SpellChecker c = spelling.checkerProperty().get();
        return c.check(text).stream().map(Misspelling::word).toList();
    }

    @Test
    void theMattersTermsAndTheUsersWordsCountAsKnown() {
        spelling.start();
        assertThat(spelling.checkerProperty().get()).isNotNull();
        String claims = "1. A thermocoupler attached to a frobnicated gizmo.";
        assertThat(misspelt(claims)).containsExactly("thermocoupler", "frobnicated");

        Matter m = Matter.create("Sensor").withClaims(claims)
                .withSection(Section.DETAILED_DESCRIPTION, "The thermocoupler 12 sits on the base 14.");
        spelling.matterChanged(m);
        assertThat(misspelt(claims)).containsExactly("frobnicated");

        spelling.addWord("frobnicated");
        assertThat(misspelt(claims)).isEmpty();
        assertThat(status).anyMatch(s -> s.contains("frobnicated"));
        assertThat(UserDictionary.in(dir).words()).containsExactly("frobnicated");
    }

    @Test
    void turningItOffClearsTheCheckerAndOnBringsItBack() {
        spelling.start();
        SpellChecker on = spelling.checkerProperty().get();
        spelling.enabledProperty().set(false);
        assertThat(spelling.checkerProperty().get()).isNull();
        spelling.enabledProperty().set(true);
        assertThat(spelling.checkerProperty().get()).isSameAs(on);
    }
}
