package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Passage vectors searched by exact cosine (dot products of unit vectors). Exact search over every vector is cheap at
 * a matter's scale: ten 300-page references are about 20,000 passages, 7.7 million multiply-adds a query.
 */
public final class DenseIndex {
    private final float[][] vectors;

    public DenseIndex(float[][] vectors) {
        this.vectors = vectors;
    }

    /** Passage indices, best first, at most {@code n}. */
    public List<Integer> search(float[] query, int n) {
        return scored(query, n).stream().map(ScoredPassage::passage).toList();
    }

    /** The passages closest to the unit vector {@code query} with their cosines, best first, at most {@code n}. */
    public List<ScoredPassage> scored(float[] query, int n) {
        PriorityQueue<double[]> best = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int i = 0; i < vectors.length; i++) {
            double s = dot(query, vectors[i]);
            if (best.size() < n) {
                best.add(new double[] {s, i});
            } else if (s > best.peek()[0]) {
                best.poll();
                best.add(new double[] {s, i});
            }
        }
        List<ScoredPassage> out = new ArrayList<>(best.size());
        while (!best.isEmpty()) {
            double[] b = best.poll();
            out.add(new ScoredPassage((int) b[1], b[0]));
        }
        java.util.Collections.reverse(out); // the queue gives the worst first
        return out;
    }

    public float cosine(float[] query, int passage) {
        return (float) dot(query, vectors[passage]);
    }

    float[] vector(int i) {
        return vectors[i];
    }

    public int size() {
        return vectors.length;
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
