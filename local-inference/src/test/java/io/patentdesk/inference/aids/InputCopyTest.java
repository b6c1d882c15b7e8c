package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.sampling.Sampler;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same cases as the pipeline's test_sampling.py, so the two samplers stay alike. */
class InputCopyTest {

    // prompt 5 6 7 5 6 8 1 2 3 1 2 3, then generated tokens
    private static final int[] PROMPT = {5, 6, 7, 5, 6, 8, 1, 2, 3, 1, 2, 3};

    private static int[] history(int... generated) {
        int[] h = java.util.Arrays.copyOf(PROMPT, PROMPT.length + generated.length);
        System.arraycopy(generated, 0, h, PROMPT.length, generated.length);
        return h;
    }

    private static float[] apply(double boost, int... generated) {
        float[] logits = new float[10];
        int[] h = history(generated);
        new InputCopy(boost, PROMPT.length).apply(logits, h, h.length);
        return logits;
    }

    @Test
    void everyTokenThatFollowedTheLastTwoGeneratedTokensInThePromptGetsTheBonusOnce() {
        assertThat(apply(2, 4, 5, 6)).containsExactly(0f, 0f, 0f, 0f, 0f, 0f, 0f, 2f, 2f, 0f);
        // "1 2" is followed by 3 twice in the prompt: one bonus, not two.
        assertThat(apply(2, 1, 2)).containsExactly(0f, 0f, 0f, 2f, 0f, 0f, 0f, 0f, 0f, 0f);
    }

    @Test
    void nothingChangesWhenThePairIsNotInThePromptOrTooFewTokensWereGenerated() {
        assertThat(apply(2, 6, 5)).containsOnly(0f);
        // One generated token: its pair with the prompt's last token is not matched (the prompt ends in the template).
        assertThat(apply(2, 1)).containsOnly(0f);
    }

    @Test
    void theSamplerAppliesTheBonusBeforeThePenaltyAndTheModelStillDecides() {
        float[] logits = new float[10];
        logits[9] = 3f;
        int[] h = history(5, 6);
        Sampling s = Sampling.greedy();
        assertThat(Sampler.of(s, PROMPT.length, List.of(new InputCopy(2.5, PROMPT.length)), List.of())
                .next(logits.clone(), h, h.length)).isEqualTo(9); // 3 > 2.5
        assertThat(Sampler.of(s, PROMPT.length, List.of(new InputCopy(3.5, PROMPT.length)), List.of())
                .next(logits.clone(), h, h.length)).isEqualTo(7);
        // A repetition penalty of 2 halves the bonus of a token already in the text: 3.5 / 2 < 3.
        assertThat(Sampler.of(s.withRepetitionPenalty(2), PROMPT.length, List.of(new InputCopy(3.5, PROMPT.length)),
                List.of()).next(logits.clone(), h, h.length)).isEqualTo(9);
    }

    @Test
    void aBoostOutsideItsRangeIsRefused() {
        assertThatThrownBy(() -> new InputCopy(0, 3)).hasMessageContaining("copy boost");
        assertThatThrownBy(() -> PatentAidSettings.NONE.withCopyBoost(-1)).hasMessageContaining("copy boost");
        assertThatThrownBy(() -> PatentAidSettings.NONE.withCopyBoost(Double.NaN)).hasMessageContaining("copy boost");
        assertThatThrownBy(() -> PatentAidSettings.NONE.withCopyBoost(101)).hasMessageContaining("copy boost");
    }
}
