package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The description's pages laid out paragraph by paragraph, 42 full-width characters a line, 36 lines a page. */
class DescriptionPagesTest {

    private static int pages(String text) {
        return DescriptionPages.estimate(text, 42, 36);
    }

    private static String paragraphs(int n, String paragraph) {
        return (paragraph + "\n").repeat(n);
    }

    @Test
    void aBlankTextHasNoPagesAndAnyTextAtLeastOne() {
        assertThat(pages("")).isZero();
        assertThat(pages(" \n\u3000\n")).isZero();
        assertThat(pages("一种灯。")).isEqualTo(1);
    }

    @Test
    void aPageIsFullAfterThirtySixLinesOfFortyTwoCharacters() {
        String line = "灯".repeat(42);
        assertThat(pages(paragraphs(36, line))).isEqualTo(1);
        assertThat(pages(paragraphs(37, line))).isEqualTo(2);
        // one character more wraps every paragraph onto a second line: 36 paragraphs fill two pages
        assertThat(pages(paragraphs(36, line + "灯"))).isEqualTo(2);
        assertThat(pages(paragraphs(37, line + "灯"))).isEqualTo(3);
    }

    @Test
    void halfWidthCharactersTakeHalfAPlaceAndBlankLinesNone() {
        assertThat(pages(paragraphs(36, "a".repeat(84)))).isEqualTo(1);
        assertThat(pages(paragraphs(36, "a".repeat(85)))).isEqualTo(2);
        assertThat(pages(paragraphs(36, "[0001] " + "灯".repeat(38)))).isEqualTo(1); // 7 half + 38 full = 41.5
        assertThat(pages(paragraphs(36, "灯".repeat(42) + "\n\r\n"))).isEqualTo(1);
        // a short paragraph still takes a line of its own
        assertThat(pages(paragraphs(37, "灯"))).isEqualTo(2);
    }

    @Test
    void aPageFormatNeedsBothMeasures() {
        assertThatThrownBy(() -> DescriptionPages.estimate("灯", 0, 36)).isInstanceOf(IllegalArgumentException.class);
    }
}
