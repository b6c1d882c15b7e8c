package io.patentdesk.inference;

/** Numerically stable softmax and log-softmax over float logits, in double precision. */
final class Softmax {

    private Softmax() {
    }

    static double[] probabilities(float[] logits) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] out = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < logits.length; i++) {
            double e = logits[i] == Float.NEGATIVE_INFINITY ? 0 : Math.exp(logits[i] - max);
            out[i] = e;
            sum += e;
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    /** log p(target) under the logits. */
    static double logProbability(float[] logits, int target) {
        float max = Float.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double sum = 0;
        for (float l : logits) {
            sum += Math.exp(l - max);
        }
        return logits[target] - max - Math.log(sum);
    }
}
