package io.patentdesk.inference.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.ModelException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pure-Java byte-level detokenizer gives exactly the text of the tokenizer's own (native) decoder. */
class ByteLevelDetokenizerTest {

    private static TextTokenizer tokenizer;

    @BeforeAll
    static void load() throws ModelException {
        tokenizer = TextTokenizer.load(Fixtures.genai().resolve("tokenizer.json"));
    }

    @AfterAll
    static void close() {
        tokenizer.close();
    }

    private static String stream(StreamingDetokenizer d, int[] ids) {
        StringBuilder sb = new StringBuilder();
        for (int id : ids) {
            sb.append(d.push(id));
        }
        return sb.append(d.flush()).toString();
    }

    private static String stripTrailingReplacement(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\uFFFD') {
            end--;
        }
        return s.substring(0, end);
    }

    @Test
    void theFixtureTokenizerTakesTheFastPath() {
        assertThat(tokenizer.isByteLevel()).isTrue();
        assertThat(tokenizer.streaming()).isInstanceOf(ByteLevelDetokenizer.class);
    }

    @Test
    void randomTokenSequencesDecodeAsTheNativeDecoderDoes() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int trial = 0; trial < 300; trial++) {
            int[] ids = random.ints(1 + random.nextInt(40), 0, tokenizer.vocabSize()).toArray();
            // At the very end an invalid byte (which the byte-level path already shows as U+FFFD) and an unfinished
            // character (which both paths drop) look alike to the native decoder, so trailing U+FFFD is set aside.
            String expected = stripTrailingReplacement(tokenizer.decode(ids, 0, ids.length));
            assertThat(stripTrailingReplacement(stream(tokenizer.streaming(), ids)))
                    .as("ids %s", java.util.Arrays.toString(ids)).isEqualTo(expected);
            assertThat(stream(tokenizer.generalStreaming(), ids)).isEqualTo(expected);
        }
    }

    @Test
    void textWithSpecialTokensLeavesThemOut() {
        int[] ids = tokenizer.encode("<|claims_to_title|>1. A bolt ≤ 5 mm<|response|>Bolt<|endoftext|>", false);
        assertThat(stream(tokenizer.streaming(), ids)).isEqualTo("1. A bolt ≤ 5 mmBolt");
    }

    @Test
    void completePrefixHoldsBackOnlyAnUnfinishedCharacter() {
        byte[] b = "a中°".getBytes(StandardCharsets.UTF_8); // 1 + 3 + 2 bytes
        assertThat(ByteLevelDetokenizer.completePrefix(b, 6)).isEqualTo(6);
        assertThat(ByteLevelDetokenizer.completePrefix(b, 5)).isEqualTo(4);
        assertThat(ByteLevelDetokenizer.completePrefix(b, 3)).isEqualTo(1);
        assertThat(ByteLevelDetokenizer.completePrefix(b, 2)).isEqualTo(1);
        assertThat(ByteLevelDetokenizer.completePrefix(new byte[] {(byte) 0x80}, 1)).isEqualTo(1); // invalid: shown
        assertThat(ByteLevelDetokenizer.completePrefix(new byte[] {(byte) 0xFF}, 1)).isEqualTo(1);
        byte[] emoji = "🙂".getBytes(StandardCharsets.UTF_8);
        assertThat(ByteLevelDetokenizer.completePrefix(emoji, 3)).isZero();
        assertThat(ByteLevelDetokenizer.completePrefix(emoji, 4)).isEqualTo(4);
    }
}
