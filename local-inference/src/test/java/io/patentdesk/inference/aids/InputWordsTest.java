package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.sampling.Sampler;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** InputWords on a made-up vocabulary; the same cases as the pipeline's test_sampling.py. */
class InputWordsTest {

    private static final String[] VOCAB = {" bolt", " head", "s", "1", " the", "A", " ", " Shank", ".", " 9"};

    private static byte[][] tokens() {
        byte[][] t = new byte[VOCAB.length][];
        for (int i = 0; i < VOCAB.length; i++) {
            t[i] = VOCAB[i].getBytes(StandardCharsets.UTF_8);
        }
        return t;
    }

    private static float[] bonus(int[] history, int promptLength) {
        float[] logits = new float[VOCAB.length];
        new InputWords(tokens(), 2.0, promptLength).apply(logits, history, history.length);
        return logits;
    }

    @Test
    void eachTokenOfTheInputThatBeginsAWordGetsTheBoostOnce() {
        // "A bolt head bolt.s 1 9 Shank": " bolt" (twice), " head", " Shank" begin words; "A" has no space before it,
        // "s" continues a word, " 9" is a number, " " is no word.
        int[] prompt = {5, 0, 1, 0, 8, 2, 3, 9, 6, 7};
        int[] history = java.util.Arrays.copyOf(prompt, prompt.length + 1);
        history[prompt.length] = 4;
        assertThat(bonus(history, prompt.length)).containsExactly(2, 2, 0, 0, 0, 0, 0, 2, 0, 0);
    }

    @Test
    void generatedWordsChangeNothing() {
        assertThat(bonus(new int[] {5, 0}, 1)).containsExactly(new float[VOCAB.length]); // " bolt" was generated
    }

    @Test
    void theBoostShiftsTheChoiceTowardTheInputsWordsAndIsChecked() {
        float[] logits = {1, 0, 2.5f, 0, 0, 0, 0, 0, 0, 0};
        Sampling greedy = Sampling.greedy();
        assertThat(Sampler.of(greedy, 1, java.util.List.of(new InputWords(tokens(), 2.0, 1)), java.util.List.of())
                .next(logits.clone(), new int[] {0}, 1)).isEqualTo(0); // " bolt" 1 + 2 beats "s" 2.5
        assertThat(Sampler.of(greedy, 1).next(logits.clone(), new int[] {0}, 1)).isEqualTo(2);
        assertThatThrownBy(() -> PatentAidSettings.NONE.withInputWordBoost(-1)).hasMessageContaining("input-word boost");
        assertThatThrownBy(() -> new InputWords(tokens(), 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
