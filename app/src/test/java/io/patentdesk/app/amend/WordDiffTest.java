package io.patentdesk.app.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Word-level diffs, written the way the text listing shows them: {@code <u>added</u>}, {@code <s>deleted</s>}, [[x]]. */
class WordDiffTest {

    static String marked(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(switch (p.kind()) {
                case SAME -> p.text();
                case ADDED -> "<u>" + p.text() + "</u>";
                case DELETED -> p.bracketed() ? "[[" + p.text() + "]]" : "<s>" + p.text() + "</s>";
            });
        }
        return sb.toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // older | newer | marked up
        "a red bulb | a blue bulb | a [[red]]<u>blue</u> bulb",
        "a red glass bulb | a blue plastic bulb | a <s>red glass</s><u>blue plastic</u> bulb",
        "one or more bulbs. | one or more bulb. | one or more bulb[[s]].",
        "The lamp of claim 3, wherein | The lamp of claim 2, wherein | The lamp of claim [[3]]<u>2</u>, wherein",
        "a frame and a wheel. | a frame, a fork and a wheel. | a frame<u>, a fork</u> and a wheel.",
        "a non-woven layer | a woven layer | a [[non-]]woven layer",
        "the bulb | the bulbs | the bulb<u>s</u>",
        "a red bulb | a ruby bulb | a [[red]]<u>ruby</u> bulb",
        "a frame; | a frame and a fork; | a frame<u> and a fork</u>;",
        "a thickness of 2.5 mm | a thickness of 3.5 mm | a thickness of [[2.5]]<u>3.5</u> mm",
        "substantially rigid housing | rigid housing | <s>substantially </s>rigid housing",
        "a hub | a hub | a hub",
    })
    void marksWholeWords(String older, String newer, String expected) {
        List<Piece> pieces = WordDiff.between(older, newer);
        assertThat(marked(pieces)).isEqualTo(expected);
        assertThat(text(pieces, Piece.Kind.ADDED)).isEqualTo(older);
        assertThat(text(pieces, Piece.Kind.DELETED)).isEqualTo(newer);
    }

    /** The text without the pieces of {@code left}: the older version without additions, the newer without deletions. */
    private static String text(List<Piece> pieces, Piece.Kind left) {
        StringBuilder sb = new StringBuilder();
        pieces.stream().filter(p -> p.kind() != left).forEach(p -> sb.append(p.text()));
        return sb.toString();
    }
}
