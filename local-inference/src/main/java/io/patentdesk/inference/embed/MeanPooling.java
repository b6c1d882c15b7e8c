package io.patentdesk.inference.embed;

/**
 * Sentence-transformers' pooling for MiniLM-style encoders: the mean of the token vectors under the attention mask
 * (padding contributes nothing), then scaled to unit length so that a dot product is the cosine similarity.
 */
public final class MeanPooling {

    private MeanPooling() {
    }

    /**
     * @param hidden the graph's {@code last_hidden_state}, row-major {@code [batch, length, dim]}
     * @return one unit vector of {@code dim} floats per text of the batch
     */
    public static float[][] pool(float[] hidden, TokenBatch batch, int dim) {
        float[][] out = new float[batch.size()][];
        for (int b = 0; b < batch.size(); b++) {
            double[] sum = new double[dim];
            int counted = 0;
            for (int t = 0; t < batch.length(); t++) {
                if (batch.attentionMask()[b * batch.length() + t] == 0) {
                    continue;
                }
                int base = (b * batch.length() + t) * dim;
                for (int d = 0; d < dim; d++) {
                    sum[d] += hidden[base + d];
                }
                counted++;
            }
            out[b] = normalized(sum, Math.max(counted, 1));
        }
        return out;
    }

    /** The mean vector ({@code sum / count}) scaled to length 1; the mean's scale cancels, so only the sum counts. */
    static float[] normalized(double[] sum, int count) {
        double norm = 0;
        for (double v : sum) {
            norm += (v / count) * (v / count);
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[sum.length];
        for (int d = 0; d < sum.length; d++) {
            // An all-zero vector stays zero (sentence-transformers clamps the norm at 1e-12 the same way).
            unit[d] = (float) ((sum[d] / count) / Math.max(norm, 1e-12));
        }
        return unit;
    }

    /** Dot product of two vectors: their cosine similarity when both have unit length. */
    public static float dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return (float) s;
    }
}
