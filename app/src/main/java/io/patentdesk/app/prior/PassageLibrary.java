package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The searchable passages of a set of references: BM25 over their words and the embedding model's vectors, ranked
 * together by reciprocal-rank fusion. Building embeds every passage (the slow part: about 27 ms a passage on two
 * cores), reports progress and stops when its thread is interrupted; searching is thread-safe.
 */
public final class PassageLibrary implements AutoCloseable {
    /** Passages embedded between progress reports and interruption checks. */
    static final int SLICE = 16;
    /** How deep each ranking goes before fusion: far below this, a ranking adds almost nothing (1/(60+rank)). */
    static final int DEPTH = 200;

    private final List<ReferenceText> references;
    private final List<Passage> passages;
    private final Bm25Index bm25;
    private final DenseIndex dense;
    private final TextEmbedder embedder;

    private PassageLibrary(List<ReferenceText> references, List<Passage> passages, float[][] vectors,
            TextEmbedder embedder) {
        this.references = List.copyOf(references);
        this.passages = List.copyOf(passages);
        this.bm25 = new Bm25Index(passages);
        this.dense = new DenseIndex(vectors);
        this.embedder = embedder;
    }

    /**
     * Indexes the references.
     *
     * @throws CancellationException when the thread is interrupted while embedding
     */
    public static PassageLibrary build(List<ReferenceText> references, TextEmbedder embedder, IndexProgress progress) {
        List<Passage> passages = new ArrayList<>();
        for (int r = 0; r < references.size(); r++) {
            passages.addAll(PassageChunker.chunk(r, references.get(r).paragraphs()));
        }
        float[][] vectors = new float[passages.size()][];
        progress.passages(0, passages.size());
        for (int from = 0; from < passages.size(); from += SLICE) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("Indexing was cancelled.");
            }
            int to = Math.min(passages.size(), from + SLICE);
            float[][] slice = embedder.embed(passages.subList(from, to).stream().map(Passage::text).toList());
            System.arraycopy(slice, 0, vectors, from, slice.length);
            progress.passages(to, passages.size());
        }
        return new PassageLibrary(references, passages, vectors, embedder);
    }

    /** Indexes passages whose vectors are already known (read back from the workspace). */
    public static PassageLibrary of(List<ReferenceText> references, List<Passage> passages, float[][] vectors,
            TextEmbedder embedder) {
        if (passages.size() != vectors.length) {
            throw new IllegalArgumentException(passages.size() + " passages but " + vectors.length + " vectors");
        }
        return new PassageLibrary(references, passages, vectors, embedder);
    }

    public List<ReferenceText> references() {
        return references;
    }

    public List<Passage> passages() {
        return passages;
    }

    /** A passage found by a search, with its fused score (or its BM25 / cosine rank score under one mode alone). */
    public record Hit(Passage passage, int index, double score) {
    }

    /** The best {@code perReference} passages of each reference for the query, all of them best first. */
    public List<Hit> search(String query, RetrievalMode mode, int perReference) {
        List<Integer> lexical = mode == RetrievalMode.DENSE ? List.of() : bm25.search(query, DEPTH);
        List<Integer> semantic = mode == RetrievalMode.BM25 ? List.of()
                : dense.search(embedder.embed(List.of(query))[0], DEPTH);
        int[] taken = new int[references.size()];
        List<Hit> out = new ArrayList<>();
        for (RankFusion.Fused f : RankFusion.fuse(lexical, semantic)) {
            Passage p = passages.get(f.passage());
            if (taken[p.reference()] < perReference) {
                taken[p.reference()]++;
                out.add(new Hit(p, f.passage(), f.score()));
            }
        }
        return out;
    }

    /** The analysed words (stems) of a text, to mark which words of a passage matched an element. */
    public java.util.Set<String> terms(String text) {
        return bm25.terms(text);
    }

    @Override
    public void close() {
        bm25.close();
    }
}
