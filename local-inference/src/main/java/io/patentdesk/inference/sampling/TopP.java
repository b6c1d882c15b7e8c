package io.patentdesk.inference.sampling;

import java.util.Arrays;

/**
 * Nucleus filtering (Holtzman et al.): keeps the most likely tokens until their probabilities add up to p, always at
 * least one, and excludes the rest.
 */
public final class TopP implements LogitsTransform {

    /** Tokens below this probability are only considered when the tokens above it do not reach p. */
    static final double PRUNE_BELOW = 1e-5;

    private final double p;
    private double[] probs = new double[0];
    private long[] keys = new long[0];

    TopP(double p) {
        if (!(p > 0 && p <= 1)) {
            throw new IllegalArgumentException("p must be in (0, 1]");
        }
        this.p = p;
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        if (p >= 1) {
            return;
        }
        if (probs.length != logits.length) {
            probs = new double[logits.length];
            keys = new long[logits.length];
        }
        Softmax.probabilities(logits, probs);
        // The nucleus lies within any top set whose mass reaches p, so only the tokens above a small threshold need
        // sorting when they carry enough mass (the usual case); otherwise all tokens with any probability are sorted.
        double threshold = PRUNE_BELOW;
        double mass = 0;
        for (double q : probs) {
            if (q >= threshold) {
                mass += q;
            }
        }
        if (mass < p) {
            threshold = Double.MIN_VALUE;
        }
        // Sort (probability, index) pairs packed in longs: non-negative float bits order like the floats.
        int n = 0;
        for (int i = 0; i < logits.length; i++) {
            if (probs[i] >= threshold) {
                keys[n++] = ((long) Float.floatToIntBits((float) probs[i]) << 32) | i;
            }
        }
        Arrays.sort(keys, 0, n);
        double cumulative = 0;
        int kept = 0;
        for (int j = n - 1; j >= 0; j--) {
            cumulative += probs[(int) keys[j]];
            kept++;
            if (cumulative >= p) {
                break;
            }
        }
        for (int j = 0; j < n - kept; j++) {
            logits[(int) keys[j]] = Float.NEGATIVE_INFINITY;
        }
        for (int i = 0; i < logits.length; i++) {
            if (probs[i] < threshold) {
                logits[i] = Float.NEGATIVE_INFINITY;
            }
        }
    }
}
