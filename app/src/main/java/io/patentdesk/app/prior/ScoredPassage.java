package io.patentdesk.app.prior;

/**
 * A passage (its index in the {@link PassageLibrary}) with a score, higher better: a BM25 score or a cosine from one
 * index, or a fused score from a {@link Fusion}.
 */
public record ScoredPassage(int passage, double score) {
}
