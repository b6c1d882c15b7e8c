package io.patentdesk.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.ModelException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token-by-token decoding with the fixtures' real byte-level BPE tokenizer never shows a broken character. */
class IncrementalDetokenizerTest {

    private static TextTokenizer tokenizer;

    @BeforeAll
    static void load() throws ModelException {
        tokenizer = TextTokenizer.load(Fixtures.genai().resolve("tokenizer.json"));
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "中文专利权利要求书",
        "a temperature ≤ 40 °C and a pressure ≥ 2 bar",
        "1. A device comprising: a housing; and a sensor, wherein the sensor measures ±0.5 µm.",
        "emoji 🙂 and Ümläute, naïve café",
        "  leading spaces and\nnew lines\n\n"
    })
    void piecesJoinToTheTextAndNeverSplitACharacter(String text) {
        check(text, tokenizer.generalStreaming());
        check(text, tokenizer.streaming());
    }

    private static void check(String text, StreamingDetokenizer d) {
        int[] ids = tokenizer.encode(text, false);
        List<String> pieces = new ArrayList<>();
        for (int id : ids) {
            pieces.add(d.push(id));
        }
        pieces.add(d.flush());
        assertThat(String.join("", pieces)).isEqualTo(text);
        assertThat(pieces).noneMatch(p -> p.indexOf('\uFFFD') >= 0);
        assertThat(pieces).noneMatch(p -> !p.isEmpty() && Character.isLowSurrogate(p.charAt(0)));
    }

    @org.junit.jupiter.api.Test
    void theTokenizerReallySplitsMultiByteCharactersSoTheTestMeansSomething() {
        int[] ids = tokenizer.encode("≤°中", false);
        boolean someTokenIsAPartialCharacter = false;
        for (int i = 0; i < ids.length; i++) {
            someTokenIsAPartialCharacter |= tokenizer.decode(ids, i, i + 1).indexOf('\uFFFD') >= 0;
        }
        assertThat(someTokenIsAPartialCharacter).isTrue();
    }

    @org.junit.jupiter.api.Test
    void anIncompleteCharacterAtTheVeryEndIsDropped() {
        for (StreamingDetokenizer d : List.of(tokenizer.generalStreaming(), tokenizer.streaming())) {
            dropsTheIncompleteEnd(d);
        }
    }

    private static void dropsTheIncompleteEnd(StreamingDetokenizer d) {
        int[] ids = tokenizer.encode("ab中", false);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < ids.length - 1; i++) {
            out.append(d.push(ids[i]));
        }
        out.append(d.flush());
        assertThat(out.toString()).startsWith("ab").doesNotContain("\uFFFD");
    }
}
