package io.patentdesk.inference.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopStringMatcherTest {

    @Test
    void holdsBackAPossibleStartAndCutsAtTheStop() {
        StopStringMatcher m = new StopStringMatcher(List.of("</end>"));
        assertThat(m.accept("abc</")).isEqualTo("abc");
        assertThat(m.accept("en")).isEmpty();
        assertThat(m.accept("d>tail")).isEmpty();
        assertThat(m.stopped()).isTrue();
        assertThat(m.flush()).isEmpty();
    }

    @Test
    void releasesHeldTextThatTurnsOutNotToBeAStop() {
        StopStringMatcher m = new StopStringMatcher(List.of("STOP"));
        assertThat(m.accept("a ST")).isEqualTo("a ");
        assertThat(m.accept("AR")).isEqualTo("STAR");
        assertThat(m.accept("S")).isEmpty();
        assertThat(m.flush()).isEqualTo("S");
        assertThat(m.stopped()).isFalse();
    }

    @Test
    void theEarliestOfSeveralStopsWins() {
        StopStringMatcher m = new StopStringMatcher(List.of("\n\n", "Claim"));
        assertThat(m.accept("one Claim two\n\n")).isEqualTo("one ");
    }

    @Test
    void withoutStopsEverythingPassesAtOnce() {
        StopStringMatcher m = new StopStringMatcher(List.of());
        assertThat(m.accept("x")).isEqualTo("x");
        assertThat(m.flush()).isEmpty();
    }
}
