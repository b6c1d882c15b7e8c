package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordListsTest {

    @TempDir
    Path dir;

    @Test
    void shipsEveryListAsData() {
        for (WordLists.Kind k : WordLists.Kind.values()) {
            assertThat(WordLists.defaults().get(k)).as(k.fileName()).isNotEmpty();
            assertThat(WordLists.defaultText(k)).startsWith("#");
        }
        assertThat(WordLists.defaults().get(WordLists.Kind.INDEFINITE_TERMS)).contains("substantially", "about # = info");
    }

    @Test
    void aUserEditedListChangesWhatIsFlagged() throws Exception {
        Files.writeString(dir.resolve("indefinite-terms.txt"), "# mine\nshiny\n");
        WordLists mine = WordLists.load(dir);
        assertThat(mine.get(WordLists.Kind.INDEFINITE_TERMS)).containsExactly("shiny");
        assertThat(mine.get(WordLists.Kind.NONCE_WORDS)).isEqualTo(WordLists.defaults().get(WordLists.Kind.NONCE_WORDS));
        String claims = "1. A lamp comprising a shiny and substantially round bulb.";
        Report r = new Analyzer(mine).analyze(claims);
        assertThat(r.findingsOf("indefinite-term")).extracting(f -> claims.substring(f.start(), f.end()))
                .containsExactly("shiny");
    }

    @Test
    void anEditedTransitionListChangesTheSplit() {
        WordLists w = WordLists.defaults().with(WordLists.Kind.TRANSITIONS, List.of("COMPRISING made up of"));
        Claim c = new Analyzer(w).analyze("1. A kit made up of a box.").claims().claims().get(0);
        assertThat(c.transition()).isEqualTo(Transition.COMPRISING);
        assertThat(c.preamble().of("1. A kit made up of a box.")).isEqualTo("A kit");
    }
}
