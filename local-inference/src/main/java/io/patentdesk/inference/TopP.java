package io.patentdesk.inference;

import java.util.Arrays;

/**
 * Nucleus filtering (Holtzman et al.): keeps the most likely tokens until their probabilities add up to p, always at
 * least one, and excludes the rest.
 */
final class TopP implements LogitsTransform {

    private final double p;

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
        double[] probs = Softmax.probabilities(logits);
        // Sort (probability, index) pairs packed in longs: non-negative float bits order like the floats.
        long[] keys = new long[logits.length];
        int n = 0;
        for (int i = 0; i < logits.length; i++) {
            if (probs[i] > 0) {
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
            if (probs[i] == 0) {
                logits[i] = Float.NEGATIVE_INFINITY;
            }
        }
    }
}
