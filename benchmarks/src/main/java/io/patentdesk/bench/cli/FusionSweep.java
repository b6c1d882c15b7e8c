package io.patentdesk.bench.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.prior.PassageLibrary;
import io.patentdesk.app.prior.Fusion;
import io.patentdesk.app.prior.RankFusion;
import io.patentdesk.app.prior.RetrievalMode;
import io.patentdesk.app.prior.ScoreFusion;
import io.patentdesk.app.prior.ScoredPassage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code prior-art-bench --fusion-sweep}: each query's two rankings are computed once, then fused under every setting
 * of {@link #GRID} (rank fusion) and {@link #SCORE_GRID} (score fusion), and taken alone, and each gets four figures
 * against the query's own patent: recall@1 and @3 (is a passage of it first / in the top 3?) and its share of the top
 * 3 and top 10. The shares still tell settings apart where recall is near 1 (claims reuse their description's words).
 * The best setting of each kind ({@link #better}) is named in the output, so the choice is the sweep's, not a reader's.
 */
final class FusionSweep {
    /** Lexical weights from equal to five times the semantic one, each at a small, the paper's and a large k. */
    static final List<RankFusion.Weights> GRID = grid(new int[] {10, 30, 60, 100}, new double[] {1, 1.5, 2, 3, 5});
    /** Min-max with CombSUM and CombMNZ, and z-score with CombSUM, each at BM25 weights 0.1 to 0.9. */
    static final List<ScoreFusion.Setting> SCORE_GRID = scoreGrid();

    private final PassageLibrary library;
    private final List<PassageLibrary.Rankings> rankings = new ArrayList<>();
    private final List<Integer> owners;

    /** @param owners for each query, the reference (patent) it comes from */
    FusionSweep(PassageLibrary library, List<String> queries, List<Integer> owners) {
        this.library = library;
        this.owners = List.copyOf(owners);
        queries.forEach(q -> rankings.add(library.rankings(q, RetrievalMode.HYBRID)));
    }

    void run(ObjectNode o) {
        o.put("queries", rankings.size());
        figures(o.putObject("bm25"), r -> r.lexical());
        figures(o.putObject("dense"), r -> r.semantic());
        figures(o.putObject("bm25DenseFill"), r -> lexicalFirst(r.lexical(), r.semantic()));
        ArrayNode settings = o.putArray("hybrid");
        ObjectNode bestRank = null;
        for (RankFusion.Weights w : GRID) {
            ObjectNode s = settings.addObject();
            s.put("k", w.k());
            s.put("lexicalWeight", w.lexicalWeight());
            fused(s, w);
            bestRank = bestRank == null || better(s, bestRank) ? s : bestRank;
        }
        ArrayNode scored = o.putArray("scoreFusion");
        ObjectNode bestScore = null;
        for (ScoreFusion.Setting w : SCORE_GRID) {
            ObjectNode s = scored.addObject();
            s.put("normalization", w.normalization().name());
            s.put("combination", w.combination().name());
            s.put("lexicalWeight", w.lexicalWeight());
            fused(s, w);
            bestScore = bestScore == null || better(s, bestScore) ? s : bestScore;
        }
        o.set("bestRankFusion", bestRank.deepCopy());
        o.set("bestScoreFusion", bestScore.deepCopy());
    }

    private void fused(ObjectNode o, Fusion fusion) {
        figures(o, r -> fusion.fuse(r.lexical(), r.semantic()));
    }

    /**
     * The order settings are chosen by, fixed before the sweep was run: recall@1 (the chart's first passage), then
     * recall@3 (its column of 3), then the own patent's share of the top 10, then of the top 3; a tie keeps the
     * earlier setting of the grid.
     */
    static boolean better(ObjectNode a, ObjectNode b) {
        for (String figure : List.of("recallAt1", "recallAt3", "ownShareOfTop10", "ownShareOfTop3")) {
            int c = Double.compare(a.get(figure).asDouble(), b.get(figure).asDouble());
            if (c != 0) {
                return c > 0;
            }
        }
        return false;
    }

    private void figures(ObjectNode o, Function<PassageLibrary.Rankings, List<ScoredPassage>> fusion) {
        int at1 = 0;
        int at3 = 0;
        double share3 = 0;
        double share10 = 0;
        for (int q = 0; q < rankings.size(); q++) {
            List<PassageLibrary.Hit> hits = library.hits(fusion.apply(rankings.get(q)), Integer.MAX_VALUE);
            int owner = owners.get(q);
            int first = -1;
            int in3 = 0;
            int in10 = 0;
            for (int i = 0; i < Math.min(10, hits.size()); i++) {
                if (hits.get(i).passage().reference() == owner) {
                    first = first < 0 ? i : first;
                    in3 += i < 3 ? 1 : 0;
                    in10++;
                }
            }
            at1 += first == 0 ? 1 : 0;
            at3 += first >= 0 && first < 3 ? 1 : 0;
            share3 += in3 / 3.0;
            share10 += in10 / 10.0;
        }
        double n = Math.max(1, rankings.size());
        o.put("recallAt1", round(at1 / n));
        o.put("recallAt3", round(at3 / n));
        o.put("ownShareOfTop3", round(share3 / n));
        o.put("ownShareOfTop10", round(share10 / n));
    }

    /**
     * BM25's order, then the passages only dense ranked in dense's order: the fusion that can never move BM25's
     * first passage (a comparison, not the product's fusion).
     */
    static List<ScoredPassage> lexicalFirst(List<ScoredPassage> lexical, List<ScoredPassage> semantic) {
        List<ScoredPassage> out = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int rank = 0; rank < lexical.size(); rank++) {
            seen.add(lexical.get(rank).passage());
            out.add(new ScoredPassage(lexical.get(rank).passage(), 1 + 1.0 / (rank + 1)));
        }
        for (int rank = 0; rank < semantic.size(); rank++) {
            if (seen.add(semantic.get(rank).passage())) {
                out.add(new ScoredPassage(semantic.get(rank).passage(), 1.0 / (rank + 2)));
            }
        }
        return out;
    }

    private static List<RankFusion.Weights> grid(int[] ks, double[] weights) {
        List<RankFusion.Weights> out = new ArrayList<>();
        for (int k : ks) {
            for (double w : weights) {
                out.add(new RankFusion.Weights(k, w));
            }
        }
        return List.copyOf(out);
    }

    private static List<ScoreFusion.Setting> scoreGrid() {
        List<ScoreFusion.Setting> out = new ArrayList<>();
        double[] weights = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
        for (ScoreFusion.Combination c : ScoreFusion.Combination.values()) {
            for (double w : weights) {
                out.add(new ScoreFusion.Setting(ScoreFusion.Normalization.MIN_MAX, c, w));
            }
        }
        for (double w : weights) {
            out.add(new ScoreFusion.Setting(ScoreFusion.Normalization.Z_SCORE, ScoreFusion.Combination.SUM, w));
        }
        return List.copyOf(out);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
