package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** BannedOpenings on a made-up vocabulary; the same cases as the pipeline's test_word_rules.py. */
class BannedOpeningsTest {

    private static final String[] VOCAB = {"[", " [", "[00", "09", "]", " The", " ", "\n", "A", " ["};

    private static List<Integer> allowed(List<String> openings, int... draft) {
        byte[][] tokens = new byte[VOCAB.length][];
        for (int i = 0; i < VOCAB.length; i++) {
            tokens[i] = VOCAB[i].getBytes(StandardCharsets.UTF_8);
        }
        int[] h = new int[2 + draft.length];
        h[0] = 5;
        h[1] = 5;
        System.arraycopy(draft, 0, h, 2, draft.length);
        float[] logits = new float[VOCAB.length];
        new BannedOpenings(tokens, openings, 2).apply(logits, h, h.length);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] != Float.NEGATIVE_INFINITY) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void noTokenThatBeginsWithTheOpeningBeginsTheDraft() {
        assertThat(allowed(List.of("["))).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(allowed(List.of("["), 6, 7)).containsExactly(3, 4, 5, 6, 7, 8); // whitespace has not begun it
    }

    @Test
    void onceTheDraftHasBegunAnythingGoes() {
        List<Integer> all = IntStream.range(0, VOCAB.length).boxed().toList();
        assertThat(allowed(List.of("["), 5)).isEqualTo(all);
        assertThat(allowed(List.of("["), 6, 8)).isEqualTo(all);
    }

    @Test
    void aTokenThatIsTheStartOfALongerOpeningIsBannedToo() {
        assertThat(allowed(List.of("[0009]"))).containsExactly(3, 4, 5, 6, 7, 8);
        assertThat(allowed(List.of("The"))).containsExactly(0, 1, 2, 3, 4, 6, 7, 8, 9);
        assertThat(allowed(List.of(" ["))).isEqualTo(allowed(List.of("["))); // an opening's own leading space is dropped
    }

    @Test
    void aBlankOpeningIsRefused() {
        assertThatThrownBy(() -> new WordRules(List.of(), false, null, List.of(" ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BannedOpenings(new byte[0][], List.of(" "), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new WordRules(List.of(), false, null, List.of("[")).isEmpty()).isFalse();
    }
}
