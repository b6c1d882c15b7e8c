package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Score fusion (Fox and Shaw's CombSUM / CombMNZ, with a weight): each ranking's scores are normalized per query,
 * then added as a convex combination {@code w · lexical + (1 − w) · semantic}. Unlike {@link RankFusion} it keeps
 * how far apart the passages are: a BM25 first passage far ahead of its second stays ahead, one barely ahead does not.
 *
 * <p>A ranking is the top {@link PassageLibrary#DEPTH} of its index, so a normalization sees only those scores. A
 * passage a ranking does not hold counts 0 there (min-max: as low as its last passage; z-score: see
 * {@link Normalization#Z_SCORE}). A ranking whose scores are all equal (one passage, say) gives its passages 1.
 */
public final class ScoreFusion {
    /** How one ranking's scores are put on a common scale before they are added. */
    public enum Normalization {
        /** {@code (s − min) / (max − min)}: the ranking's first passage 1, its last 0. */
        MIN_MAX,
        /**
         * {@code (s − mean) / standard deviation} over the ranking; a passage it does not hold gets the ranking's
         * lowest value (as if it were last), so leaving a passage out never helps it.
         */
        Z_SCORE
    }

    /** How the normalized scores add up. */
    public enum Combination {
        /** The weighted sum alone (CombSUM). */
        SUM,
        /** The weighted sum times the number of rankings that hold the passage (CombMNZ): agreement counts twice. */
        MNZ
    }

    /**
     * One score fusion.
     *
     * @param lexicalWeight {@code w} of the convex combination, 0 to 1: the share of BM25's normalized score
     */
    public record Setting(Normalization normalization, Combination combination, double lexicalWeight)
            implements Fusion {
        public Setting {
            if (!(lexicalWeight >= 0 && lexicalWeight <= 1)) {
                throw new IllegalArgumentException("the lexical weight must be between 0 and 1");
            }
            if (normalization == Normalization.Z_SCORE && combination == Combination.MNZ) {
                // z-scores are negative below the mean: multiplying by the count would push agreed passages down.
                throw new IllegalArgumentException("CombMNZ needs scores of one sign: use min-max with it");
            }
        }

        @Override
        public List<ScoredPassage> fuse(List<ScoredPassage> lexical, List<ScoredPassage> semantic) {
            return ScoreFusion.fuse(this, lexical, semantic);
        }
    }

    /**
     * The setting {@code prior-art-bench --fusion-sweep} chose on its automatic set (its {@code bestScoreFusion}, by
     * recall@1, then recall@3, then the own patent's share of the top 10): z-scores, BM25 weighted 0.8.
     */
    public static final Setting TUNED = new Setting(Normalization.Z_SCORE, Combination.SUM, 0.8);

    private ScoreFusion() {
    }

    /** The passages of both rankings by their fused score under {@code s}, best first. */
    public static List<ScoredPassage> fuse(Setting s, List<ScoredPassage> lexical, List<ScoredPassage> semantic) {
        Normalized lex = normalize(s.normalization(), lexical);
        Normalized sem = normalize(s.normalization(), semantic);
        Map<Integer, Integer> holders = new HashMap<>();
        lexical.forEach(p -> holders.merge(p.passage(), 1, Integer::sum));
        semantic.forEach(p -> holders.merge(p.passage(), 1, Integer::sum));
        List<ScoredPassage> out = new ArrayList<>(holders.size());
        holders.forEach((passage, count) -> {
            double sum = s.lexicalWeight() * lex.of(passage) + (1 - s.lexicalWeight()) * sem.of(passage);
            out.add(new ScoredPassage(passage, s.combination() == Combination.MNZ ? sum * count : sum));
        });
        // Equal scores fall back to the passage order, so results are reproducible.
        out.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : Integer.compare(a.passage(), b.passage()));
        return out;
    }

    /** A ranking's normalized scores, and what a passage it does not hold counts. */
    private record Normalized(Map<Integer, Double> scores, double absent) {
        double of(int passage) {
            return scores.getOrDefault(passage, absent);
        }
    }

    private static Normalized normalize(Normalization n, List<ScoredPassage> ranking) {
        Map<Integer, Double> out = new HashMap<>();
        if (ranking.isEmpty()) {
            return new Normalized(out, 0);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        double mean = 0;
        for (ScoredPassage p : ranking) {
            min = Math.min(min, p.score());
            max = Math.max(max, p.score());
            mean += p.score() / ranking.size();
        }
        if (max == min) { // nothing to tell its passages apart by: each is as good as the ranking's best
            ranking.forEach(p -> out.put(p.passage(), 1.0));
            return new Normalized(out, 0);
        }
        if (n == Normalization.MIN_MAX) {
            for (ScoredPassage p : ranking) {
                out.put(p.passage(), (p.score() - min) / (max - min));
            }
            return new Normalized(out, 0);
        }
        double variance = 0;
        for (ScoredPassage p : ranking) {
            variance += (p.score() - mean) * (p.score() - mean) / ranking.size();
        }
        double sd = Math.sqrt(variance);
        for (ScoredPassage p : ranking) {
            out.put(p.passage(), (p.score() - mean) / sd);
        }
        return new Normalized(out, (min - mean) / sd);
    }
}
