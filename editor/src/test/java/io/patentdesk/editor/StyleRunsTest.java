package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class StyleRunsTest {

    @SafeVarargs
    private static StyleSpans<Collection<String>> spans(Object... styleThenLength) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (int i = 0; i < styleThenLength.length; i += 2) {
            @SuppressWarnings("unchecked")
            Collection<String> style = (Collection<String>) styleThenLength[i];
            b.add(style, (Integer) styleThenLength[i + 1]);
        }
        return b.create();
    }

    @Test
    void equalRunsAreTheSameHoweverTheyAreSplit() {
        var a = spans(List.of(), 3, List.of("numeral"), 2, List.of(), 4);
        var b = spans(List.of(), 1, List.of(), 2, List.of("numeral"), 2, List.of(), 0, List.of(), 4);
        assertThat(StyleRuns.same(a, b)).isTrue();
        assertThat(StyleRuns.same(b, a)).isTrue();
    }

    @Test
    void aDifferentStyleOrLengthIsNotTheSame() {
        var a = spans(List.of(), 3, List.of("numeral"), 2);
        assertThat(StyleRuns.same(a, spans(List.of(), 3, List.of("finding"), 2))).isFalse();
        assertThat(StyleRuns.same(a, spans(List.of(), 2, List.of("numeral"), 3))).isFalse();
        assertThat(StyleRuns.same(a, spans(List.of(), 3, List.of("numeral"), 2, List.of(), 1))).isFalse();
    }

    @Test
    void emptyParagraphsMatch() {
        assertThat(StyleRuns.same(spans(List.of(), 0), spans(List.of("x"), 0))).isTrue();
    }
}
