package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * The searchable passages of a set of references: BM25 over their words and the embedding model's vectors, ranked
 * together by fusing their normalized scores ({@link #FUSION}). Building embeds every passage (the slow part:
 * about 27 ms a passage on two cores), reports progress and stops when its thread is interrupted; searching is
 * thread-safe.
 */
public final class PassageLibrary implements AutoCloseable {
    /** Passages embedded between progress reports and interruption checks. */
    static final int SLICE = 16;
    /**
     * How deep each ranking goes before fusion: far below this, a ranking adds almost nothing to a rank fusion
     * (1/(60+rank)); a score fusion normalizes over these passages.
     */
    public static final int DEPTH = 200;
    /**
     * The fusion {@link RetrievalMode#HYBRID} searches with: score fusion as tuned on the automatic set of
     * {@code prior-art-bench --fusion-sweep}; it beat the tuned rank fusion there and on the held-out hand-marked set
     * (docs/app-services.md).
     */
    public static final Fusion FUSION = ScoreFusion.TUNED;

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

    /** One reference's passages (their {@code reference} field is 0 until a library numbers them) and vectors. */
    public record IndexedReference(ReferenceText text, List<Passage> passages, float[][] vectors) {
        public IndexedReference {
            passages = List.copyOf(passages);
            if (passages.size() != vectors.length) {
                throw new IllegalArgumentException(passages.size() + " passages but " + vectors.length + " vectors");
            }
        }
    }

    /**
     * Indexes the references.
     *
     * @throws CancellationException when the thread is interrupted while embedding
     */
    public static PassageLibrary build(List<ReferenceText> references, TextEmbedder embedder, IndexProgress progress) {
        int total = 0;
        for (ReferenceText r : references) {
            total += PassageChunker.chunk(0, r.paragraphs()).size(); // cheap beside embedding: one total for all
        }
        int grandTotal = total;
        List<IndexedReference> indexed = new ArrayList<>();
        int[] before = {0};
        for (ReferenceText r : references) {
            IndexedReference ir = index(r, embedder, (done, t) -> progress.passages(before[0] + done, grandTotal));
            before[0] += ir.passages().size();
            indexed.add(ir);
        }
        return of(indexed, embedder);
    }

    /**
     * Cuts one reference into passages and embeds them, reporting progress and checking for interruption every
     * {@link #SLICE} passages.
     *
     * @throws CancellationException when the thread is interrupted
     */
    public static IndexedReference index(ReferenceText reference, TextEmbedder embedder, IndexProgress progress) {
        List<Passage> passages = PassageChunker.chunk(0, reference.paragraphs());
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
        if (Thread.currentThread().isInterrupted()) { // cancelled during the last slice: nothing half-done is kept
            throw new CancellationException("Indexing was cancelled.");
        }
        return new IndexedReference(reference, passages, vectors);
    }

    /** A library of references indexed before (or read back from the {@link PassageCache}), in this order. */
    public static PassageLibrary of(List<IndexedReference> indexed, TextEmbedder embedder) {
        List<ReferenceText> refs = new ArrayList<>();
        List<Passage> passages = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        for (int r = 0; r < indexed.size(); r++) {
            IndexedReference ir = indexed.get(r);
            refs.add(ir.text());
            for (int i = 0; i < ir.passages().size(); i++) {
                Passage p = ir.passages().get(i);
                passages.add(new Passage(r, p.page(), p.paragraph(), p.text()));
                vectors.add(ir.vectors()[i]);
            }
        }
        return new PassageLibrary(refs, passages, vectors.toArray(float[][]::new), embedder);
    }

    /** Passages numbered by reference already, with their vectors (e.g. one reference cut into several). */
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

    /** The unit vector of passage {@code i} (to store it, or to index the passages again in another grouping). */
    public float[] vector(int i) {
        return dense.vector(i);
    }

    /**
     * A passage found by a search, with its score: under {@link RetrievalMode#HYBRID} the score of {@link #FUSION},
     * under BM25 or dense alone its BM25 score or its cosine.
     */
    public record Hit(Passage passage, int index, double score) {
    }

    /** The best {@code perReference} passages of each reference for the query, all of them best first. */
    public List<Hit> search(String query, RetrievalMode mode, int perReference) {
        Rankings r = rankings(query, mode);
        return hits(switch (mode) {
            case HYBRID -> FUSION.fuse(r.lexical(), r.semantic());
            case BM25 -> r.lexical();
            case DENSE -> r.semantic();
        }, perReference);
    }

    /**
     * The top {@link #DEPTH} passages of BM25 (with their BM25 scores) and of the dense index (with their cosines),
     * best first; one a mode leaves out is empty.
     */
    public record Rankings(List<ScoredPassage> lexical, List<ScoredPassage> semantic) {
    }

    /** The two rankings a search fuses (for a benchmark comparing fusions on the same rankings). */
    public Rankings rankings(String query, RetrievalMode mode) {
        List<ScoredPassage> lexical = mode == RetrievalMode.DENSE ? List.of() : bm25.scored(query, DEPTH);
        List<ScoredPassage> semantic = mode == RetrievalMode.BM25 ? List.of()
                : dense.scored(embedder.embed(List.of(query))[0], DEPTH);
        return new Rankings(lexical, semantic);
    }

    /** The ranked passages as hits, at most {@code perReference} of each reference, in the given order. */
    public List<Hit> hits(List<ScoredPassage> ranked, int perReference) {
        int[] taken = new int[references.size()];
        List<Hit> out = new ArrayList<>();
        for (ScoredPassage f : ranked) {
            Passage p = passages.get(f.passage());
            if (taken[p.reference()] < perReference) {
                taken[p.reference()]++;
                out.add(new Hit(p, f.passage(), f.score()));
            }
        }
        return out;
    }

    /** The analysed words (stems, or Chinese words) of a text, analysed for its script. */
    public java.util.Set<String> terms(String text) {
        return bm25.terms(text);
    }

    /** The passage's words, as written, that match the element's once analysed: what a chart highlights. */
    public List<String> matchedWords(String passage, String element) {
        return bm25.matchedWords(passage, element);
    }

    @Override
    public void close() {
        bm25.close();
    }
}
