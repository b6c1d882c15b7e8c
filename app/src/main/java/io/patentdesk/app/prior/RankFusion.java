package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal-rank fusion (Cormack, Clarke and Büttcher 2009, with a weight per ranking): the lexical ranking
 * gives a passage {@code lexicalWeight / (k + rank)}, the semantic one {@code 1 / (k + rank)}, and the scores add up.
 * Ranks, not scores, are fused, so BM25's unbounded scores and cosines need no calibration.
 *
 * <p>Why BM25 weighs more: on claim elements the claim's own words are the stronger evidence (BM25 alone ranked a
 * marked paragraph first more often than dense alone, and equal weights let a passage dense alone liked push BM25's
 * first one down). With weight {@code w > 1} the lexical first passage is overtaken only when dense ranks another
 * passage well and BM25 does not dismiss it; dense still breaks BM25's near ties and lifts what BM25 missed.
 * The setting ({@link #TUNED}) was chosen on the automatic set of {@code prior-art-bench --fusion-sweep}, not on the
 * hand-marked set (see docs/app-services.md). The product searched with it until {@link ScoreFusion#TUNED} did better
 * on both sets ({@link PassageLibrary#FUSION}); it stays as the rank fusion the benchmarks compare against.
 */
public final class RankFusion {
    /** The constant of the original paper; it damps the weight of the very first ranks. */
    static final int PAPER_K = 60;

    /** The fusion's two settings: {@code k} and how much more a lexical rank counts than a semantic one. */
    public record Weights(int k, double lexicalWeight) implements Fusion {
        public Weights {
            if (k < 0 || !(lexicalWeight > 0)) {
                throw new IllegalArgumentException("k must be 0 or more and the lexical weight above 0");
            }
        }

        /** Fuses the rankings' orders; their scores are not looked at. */
        @Override
        public List<ScoredPassage> fuse(List<ScoredPassage> lexical, List<ScoredPassage> semantic) {
            return RankFusion.fuse(this, order(lexical), order(semantic));
        }

        private static List<Integer> order(List<ScoredPassage> ranking) {
            return ranking.stream().map(ScoredPassage::passage).toList();
        }
    }

    /** The original, unweighted fusion (k = 60, equal weights): kept to compare against. */
    public static final Weights EQUAL = new Weights(PAPER_K, 1.0);
    /**
     * The rank fusion tuned on the automatic set: BM25's ranks count twice, and k = 10 keeps the first ranks apart,
     * so dense can lift a passage above BM25's first one only from BM25's own top 11 (2 / (10 + r) + 1 / 11 > 2 / 11
     * needs r < 12); with k = 60 it could from the top 61.
     */
    public static final Weights TUNED = new Weights(10, 2.0);

    private RankFusion() {
    }

    /** A lexical and a semantic ranking (each best first) fused under {@link #TUNED}, best first. */
    public static List<ScoredPassage> fuse(List<Integer> lexical, List<Integer> semantic) {
        return fuse(TUNED, lexical, semantic);
    }

    /** The passages of both rankings (each best first), by fused score under {@code w}, best first. */
    public static List<ScoredPassage> fuse(Weights w, List<Integer> lexical, List<Integer> semantic) {
        Map<Integer, Double> scores = new HashMap<>();
        add(scores, lexical, w.k(), w.lexicalWeight());
        add(scores, semantic, w.k(), 1.0);
        List<ScoredPassage> out = new ArrayList<>();
        scores.forEach((p, s) -> out.add(new ScoredPassage(p, s)));
        // Ties (a passage ranked equally by both) fall back to the passage order, so results are reproducible.
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : Integer.compare(a.passage(), b.passage()));
        return out;
    }

    private static void add(Map<Integer, Double> scores, List<Integer> ranking, int k, double weight) {
        for (int rank = 0; rank < ranking.size(); rank++) {
            scores.merge(ranking.get(rank), weight / (k + rank + 1), Double::sum);
        }
    }
}
