package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.Softmax;
/**
 * Context-aware decoding (Shi et al., 2023, "Trusting Your Evidence"): the logits given the whole prompt are pushed
 * away from the logits given the prompt without the user's text, {@code (1 + alpha) * withInput - alpha *
 * withoutInput}, so tokens the input makes likely gain and tokens the model would write anyway (a generic title, a
 * term from another patent) lose. A small model otherwise drifts from the claims to its favourite subjects.
 *
 * <p>The contrast also lifts tokens the model finds unlikely in both cases (word fragments); the plausibility limit
 * of contrastive decoding (Li et al., 2023) keeps them out: a token whose probability given the input is below
 * {@code plausibility} times the best token's drops by {@link #IMPLAUSIBLE} logits, so it is chosen only if every
 * plausible token is banned later in the chain (by the n-gram or near-repeat rule).
 */
public final class ContextContrast {

    /** How far an implausible token falls: far below any plausible one, yet finite so a choice always exists. */
    static final float IMPLAUSIBLE = 1e4f;

    /** Largest alpha accepted: far beyond any useful contrast, and small enough that the arithmetic stays finite. */
    public static final double MAX_ALPHA = 100;

    private final float alpha;
    private final double logPlausibility;

    public ContextContrast(double alpha, double plausibility) {
        if (!(alpha > 0 && alpha <= MAX_ALPHA)) {
            throw new IllegalArgumentException("alpha must be in (0, " + (int) MAX_ALPHA + "], was " + alpha);
        }
        if (!(plausibility >= 0 && plausibility < 1)) {
            throw new IllegalArgumentException("plausibility must be in [0, 1), was " + plausibility);
        }
        this.alpha = (float) alpha;
        this.logPlausibility = Math.log(plausibility);
    }

    /** Replaces {@code withInput} by the contrasted logits; both rows have the vocabulary's length. */
    public void apply(float[] withInput, float[] withoutInput) {
        float max = Softmax.max(withInput);
        // log p_i - log p_max = logit_i - logit_max, so the limit needs no softmax.
        double floor = max + logPlausibility;
        for (int i = 0; i < withInput.length; i++) {
            float given = withInput[i];
            float contrasted = (1 + alpha) * given - alpha * withoutInput[i];
            withInput[i] = given >= floor ? contrasted : contrasted - IMPLAUSIBLE;
        }
    }
}
