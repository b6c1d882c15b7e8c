package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchedSpansTest {
    private static MatchedSpans.Span plain(String s) {
        return new MatchedSpans.Span(s, false);
    }

    private static MatchedSpans.Span hit(String s) {
        return new MatchedSpans.Span(s, true);
    }

    @Test
    void wholeWordsAreHighlightedAndThePlainTextBetweenKeptAsItIs() {
        assertThat(MatchedSpans.of("The steel hoop, of hardened steel.", List.of("steel", "hardened")))
                .containsExactly(plain("The "), hit("steel"), plain(" hoop, of "), hit("hardened"), plain(" "),
                        hit("steel"), plain("."));
    }

    @Test
    void aMatchedWordInsideALongerWordIsNotHighlighted() {
        assertThat(MatchedSpans.of("Steelwork and steel.", List.of("steel")))
                .containsExactly(plain("Steelwork and "), hit("steel"), plain("."));
    }

    @Test
    void chineseWordsAreFoundWithoutSpacesTheLongestFirst() {
        assertThat(MatchedSpans.of("锁体内设有弹簧锁舌和锁舌槽", List.of("锁舌", "弹簧锁舌")))
                .containsExactly(plain("锁体内设有"), hit("弹簧锁舌"), plain("和"), hit("锁舌"), plain("槽"));
    }

    @Test
    void noWordsLeaveThePassagePlain() {
        assertThat(MatchedSpans.of("A latch.", List.of())).containsExactly(plain("A latch."));
        assertThat(MatchedSpans.of("", List.of("latch"))).isEmpty();
    }
}
