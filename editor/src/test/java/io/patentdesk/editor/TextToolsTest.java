package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextToolsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|0",
        "A lever.|2",
        "a self-locking lever's pivot|4",
        "claims 1 - 3|3",
        "  spaced   out  text  |3",
    })
    void countsWords(String text, int words) {
        assertThat(WordCount.of(text)).isEqualTo(words);
    }

    @Test
    void searchWrapsAroundBothWays() {
        TextSearch s = new TextSearch("Lever, lever, LEVER", "lever", false);
        assertThat(s.all()).containsExactly(0, 7, 14);
        assertThat(s.next(1)).isEqualTo(7);
        assertThat(s.next(15)).isZero();
        assertThat(s.previous(7)).isZero();
        assertThat(s.previous(0)).isEqualTo(14);
        assertThat(new TextSearch("Lever, lever", "lever", true).all()).containsExactly(7);
        assertThat(new TextSearch("abc", "", false).next(0)).isEqualTo(-1);
    }

    @Test
    void numbersOnlyNonBlankParagraphs() {
        String[] paragraphs = {"Intro", "", "  ", "Second", "Third"};
        int[] numbers = ParagraphNumbering.compute(paragraphs.length, i -> paragraphs[i].isBlank(), 7);
        assertThat(numbers).containsExactly(7, 0, 0, 8, 9);
        assertThat(ParagraphNumbering.format(8)).isEqualTo("[0008]");
        assertThat(ParagraphNumbering.countNumbered("a\n\nb\n ")).isEqualTo(2);
    }
}
