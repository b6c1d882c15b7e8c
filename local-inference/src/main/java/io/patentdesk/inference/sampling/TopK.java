package io.patentdesk.inference.sampling;

import java.util.Arrays;

/** Keeps the k highest logits (ties at the boundary all kept) and excludes the rest. */
public final class TopK implements LogitsTransform {

    private final int k;

    TopK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        this.k = k;
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        if (k >= logits.length) {
            return;
        }
        float threshold = kthLargest(logits, k);
        for (int i = 0; i < logits.length; i++) {
            if (logits[i] < threshold) {
                logits[i] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    /** The k-th largest value through a min-heap of size k: O(n log k), no full sort of the vocabulary. */
    public static float kthLargest(float[] logits, int k) {
        float[] heap = Arrays.copyOf(logits, k);
        for (int i = k / 2 - 1; i >= 0; i--) {
            siftDown(heap, i);
        }
        for (int i = k; i < logits.length; i++) {
            if (logits[i] > heap[0]) {
                heap[0] = logits[i];
                siftDown(heap, 0);
            }
        }
        return heap[0];
    }

    private static void siftDown(float[] heap, int i) {
        int n = heap.length;
        while (true) {
            int smallest = i;
            int l = 2 * i + 1;
            int r = l + 1;
            if (l < n && heap[l] < heap[smallest]) {
                smallest = l;
            }
            if (r < n && heap[r] < heap[smallest]) {
                smallest = r;
            }
            if (smallest == i) {
                return;
            }
            float t = heap[i];
            heap[i] = heap[smallest];
            heap[smallest] = t;
            i = smallest;
        }
    }
}
