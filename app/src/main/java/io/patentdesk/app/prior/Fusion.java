package io.patentdesk.app.prior;

import java.util.List;

/**
 * A way to merge one query's lexical (BM25) and semantic (dense) rankings into one: {@link RankFusion.Weights} fuses
 * their ranks, {@link ScoreFusion.Setting} their normalized scores.
 */
public interface Fusion {
    /** The passages of both rankings (each best first, with its index's scores), by fused score, best first. */
    List<ScoredPassage> fuse(List<ScoredPassage> lexical, List<ScoredPassage> semantic);
}
