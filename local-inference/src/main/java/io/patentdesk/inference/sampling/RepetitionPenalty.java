package io.patentdesk.inference.sampling;

import java.util.BitSet;

/**
 * Makes tokens already present less likely, as in Keskar et al. (CTRL) and Hugging Face: a positive logit is divided
 * by the penalty, a negative one multiplied, so the token always loses probability.
 */
public final class RepetitionPenalty implements LogitsTransform {

    private final float penalty;
    private final BitSet seen = new BitSet();

    RepetitionPenalty(double penalty) {
        this.penalty = (float) penalty;
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        seen.clear();
        for (int i = 0; i < length; i++) {
            int id = history[i];
            if (id >= 0 && id < logits.length && !seen.get(id)) {
                seen.set(id);
                float l = logits[id];
                logits[id] = l > 0 ? l / penalty : l * penalty;
            }
        }
    }
}
