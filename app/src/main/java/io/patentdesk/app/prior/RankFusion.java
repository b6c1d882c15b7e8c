package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal-rank fusion (Cormack, Clarke and Büttcher 2009): each ranking gives a passage {@code 1 / (K + rank)}, the
 * scores add up. Ranks, not scores, are fused, so BM25's unbounded scores and cosines need no calibration.
 */
public final class RankFusion {
    /** The constant of the original paper; it damps the weight of the very first ranks. */
    static final int K = 60;

    private RankFusion() {
    }

    /** A passage and its fused score. */
    public record Fused(int passage, double score) {
    }

    /** The passages of all rankings (each best first), by fused score, best first. */
    @SafeVarargs
    public static List<Fused> fuse(List<Integer>... rankings) {
        Map<Integer, Double> scores = new HashMap<>();
        for (List<Integer> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                scores.merge(ranking.get(rank), 1.0 / (K + rank + 1), Double::sum);
            }
        }
        List<Fused> out = new ArrayList<>();
        scores.forEach((p, s) -> out.add(new Fused(p, s)));
        // Ties (a passage ranked equally by both) fall back to the passage order, so results are reproducible.
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : Integer.compare(a.passage(), b.passage()));
        return out;
    }
}
