package io.patentdesk.inference.sampling;

/** Numerically stable softmax and log-softmax over float logits, in double precision. */
public final class Softmax {

    private Softmax() {
    }

    static double[] probabilities(float[] logits) {
        double[] out = new double[logits.length];
        probabilities(logits, out);
        return out;
    }

    /**
     * Writes softmax(logits) into {@code out} and returns it. Excluded entries (negative infinity) get 0 without an
     * exp call, which matters once top-k has excluded nearly the whole vocabulary.
     */
    static double[] probabilities(float[] logits, double[] out) {
        float max = max(logits);
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double e = logits[i] == Float.NEGATIVE_INFINITY ? 0 : Math.exp(logits[i] - max);
            out[i] = e;
            sum += e;
        }
        double inv = 1 / sum;
        for (int i = 0; i < logits.length; i++) {
            out[i] *= inv;
        }
        return out;
    }

    /** The largest logit (negative infinity for none). */
    public static float max(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        return max;
    }

    /** log p(target) under the logits. */
    public static double logProbability(float[] logits, int target) {
        float max = max(logits);
        double sum = 0;
        for (float l : logits) {
            sum += Math.exp(l - max);
        }
        return logits[target] - max - Math.log(sum);
    }
}
