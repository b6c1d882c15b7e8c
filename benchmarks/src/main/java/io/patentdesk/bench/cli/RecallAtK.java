package io.patentdesk.bench.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Recall@k over a set of queries: the share of queries with at least one right answer among their first k results
 * (a query with several right answers counts once, found or not).
 */
final class RecallAtK {
    /** Per query, the 0-based rank of its first right answer, or -1 when no result is right. */
    private final List<Integer> firstRight = new ArrayList<>();

    /** Adds one query's results, best first. */
    <T> void add(List<T> ranked, Predicate<T> right) {
        int rank = -1;
        for (int i = 0; i < ranked.size(); i++) {
            if (right.test(ranked.get(i))) {
                rank = i;
                break;
            }
        }
        firstRight.add(rank);
    }

    int queries() {
        return firstRight.size();
    }

    /** The share of queries answered right within their first {@code k} results; 0 before any query. */
    double at(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        if (firstRight.isEmpty()) {
            return 0;
        }
        long found = firstRight.stream().filter(r -> r >= 0 && r < k).count();
        return found / (double) firstRight.size();
    }
}
