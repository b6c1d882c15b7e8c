package io.patentdesk.inference.sampling;

/**
 * Min-p filtering (Nguyen et al., 2024): excludes tokens less likely than {@code minP} times the most likely token.
 * Unlike top-p the cut follows the model's confidence: where one token dominates, the tail (often word fragments) is
 * gone; where many are plausible, many stay.
 */
public final class MinP implements LogitsTransform {

    private final double logMinP;

    MinP(double minP) {
        if (!(minP > 0 && minP < 1)) {
            throw new IllegalArgumentException("min-p must be in (0, 1)");
        }
        this.logMinP = Math.log(minP);
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        float max = Softmax.max(logits);
        // p_i / p_max = exp(logit_i - logit_max): the limit needs no softmax. The best token always stays.
        double floor = max + logMinP;
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] < floor) {
                logits[i] = Float.NEGATIVE_INFINITY;
            }
        }
    }
}
