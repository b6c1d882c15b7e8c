package io.patentdesk.bench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.prior.IndexProgress;
import io.patentdesk.app.prior.PassageLibrary;
import io.patentdesk.app.prior.RankFusion;
import io.patentdesk.app.prior.ReferenceParagraph;
import io.patentdesk.app.prior.ReferenceText;
import io.patentdesk.app.prior.RetrievalMode;
import io.patentdesk.app.prior.ScoreFusion;
import io.patentdesk.app.prior.ScoredPassage;
import io.patentdesk.app.prior.TextEmbedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hand-marked part of {@code prior-art-bench}: each labelled patent's description is a reference among the
 * descriptions of other corpus patents (distractors); each labelled claim element is searched as the claim chart
 * searches it, by the product's hybrid (and the other fusions of {@link #FUSIONS}), BM25 alone and dense alone, and a
 * result is right when it is a passage of a paragraph the reader marked. Two recalls: over the results of all references pooled (is a marked paragraph the best passage of
 * the whole library?), and over the results of the element's own reference alone (the column the chart shows); each
 * for all elements and for the "reworded" ones alone ({@link #REWORDED_BELOW}).
 */
final class HandMarkedRetrieval {
    private final List<PriorArtLabels.Label> labels;
    private final Map<String, PriorArtCorpus.Patent> byId = new LinkedHashMap<>();
    private final List<PriorArtCorpus.Patent> distractors = new ArrayList<>();

    /**
     * @param corpus      the usable corpus patents, in file order
     * @param distractors how many patents that no label names join the library, the first in file order
     * @throws IllegalStateException when a label does not match the corpus (the message lists where)
     */
    HandMarkedRetrieval(List<PriorArtLabels.Label> labels, List<PriorArtCorpus.Patent> corpus, int distractors) {
        this.labels = List.copyOf(labels);
        Map<String, PriorArtCorpus.Patent> all = new LinkedHashMap<>();
        corpus.forEach(p -> all.put(p.id(), p));
        List<String> wrong = PriorArtLabels.mismatches(labels, all);
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("the hand-marked set does not match the corpus (" + wrong.size()
                    + " problems), first: " + wrong.get(0));
        }
        labels.forEach(l -> byId.put(l.record(), all.get(l.record())));
        for (PriorArtCorpus.Patent p : corpus) {
            if (this.distractors.size() < distractors && !byId.containsKey(p.id())) {
                this.distractors.add(p);
            }
        }
    }

    /** Indexes the descriptions, runs every labelled element in each mode and writes the figures into {@code o}. */
    void run(ObjectNode o, TextEmbedder encoder) {
        List<String> ids = new ArrayList<>(byId.keySet());
        List<ReferenceText> refs = new ArrayList<>();
        byId.values().forEach(p -> refs.add(reference(p)));
        distractors.forEach(p -> refs.add(reference(p)));
        try (PassageLibrary lib = PassageLibrary.build(refs, encoder, IndexProgress.NONE)) {
            o.put("labelledPatents", byId.size());
            o.put("distractors", distractors.size());
            o.put("passages", lib.passages().size());
            o.put("elements", labels.size());
            o.put("markedParagraphs", labels.stream().mapToInt(l -> l.marked().size()).sum());
            int reworded = 0;
            Map<String, Recalls> all = new LinkedHashMap<>();
            Map<String, Recalls> rewordedOnly = new LinkedHashMap<>();
            for (String fusion : FUSIONS) {
                all.put(fusion, new Recalls());
                rewordedOnly.put(fusion, new Recalls());
            }
            for (PriorArtLabels.Label l : labels) {
                int reference = ids.indexOf(l.record());
                String element = PriorArtLabels.elements(byId.get(l.record()), l.claim()).get(l.element()).text();
                boolean isReworded = overlap(lib, element, byId.get(l.record()), l) < REWORDED_BELOW;
                reworded += isReworded ? 1 : 0;
                // One pair of rankings per element, fused each way: the modes differ by their fusion alone.
                PassageLibrary.Rankings r = lib.rankings(element, RetrievalMode.HYBRID);
                for (String fusion : FUSIONS) {
                    List<PassageLibrary.Hit> hits = lib.hits(fuse(fusion, r), Integer.MAX_VALUE);
                    all.get(fusion).add(hits, reference, l);
                    if (isReworded) {
                        rewordedOnly.get(fusion).add(hits, reference, l);
                    }
                }
            }
            o.put("rewordedElements", reworded);
            for (String fusion : FUSIONS) {
                ObjectNode m = o.putObject(fusion);
                all.get(fusion).write(m);
                rewordedOnly.get(fusion).write(m.putObject("reworded"));
            }
        }
    }

    /**
     * The rankings compared: the product's hybrid ({@link PassageLibrary#FUSION}), the rank fusion tuned on the
     * automatic set ({@link RankFusion#TUNED}), the former unweighted one ({@link RankFusion#EQUAL}), the score
     * fusion tuned on the automatic set ({@link ScoreFusion#TUNED}), BM25 alone, BM25's order with dense filling in
     * ({@link FusionSweep#lexicalFirst}) and dense alone.
     */
    static final List<String> FUSIONS = List.of("hybrid", "hybridRankFusion", "hybridEqualWeights",
            "hybridScoreFusion", "bm25", "bm25DenseFill", "dense");

    static List<ScoredPassage> fuse(String fusion, PassageLibrary.Rankings r) {
        return switch (fusion) {
            case "hybrid" -> PassageLibrary.FUSION.fuse(r.lexical(), r.semantic());
            case "hybridRankFusion" -> RankFusion.TUNED.fuse(r.lexical(), r.semantic());
            case "hybridEqualWeights" -> RankFusion.EQUAL.fuse(r.lexical(), r.semantic());
            case "hybridScoreFusion" -> ScoreFusion.TUNED.fuse(r.lexical(), r.semantic());
            case "bm25" -> r.lexical();
            case "bm25DenseFill" -> FusionSweep.lexicalFirst(r.lexical(), r.semantic());
            case "dense" -> r.semantic();
            default -> throw new IllegalArgumentException(fusion);
        };
    }

    /**
     * An element is "reworded" when no marked paragraph holds this share of its analysed words (BM25's stems): its
     * disclosure has to be found by meaning more than by the claim's own words.
     */
    static final double REWORDED_BELOW = 0.6;

    /** The largest share of the element's analysed words that one of its marked paragraphs holds. */
    private static double overlap(PassageLibrary lib, String element, PriorArtCorpus.Patent p,
            PriorArtLabels.Label l) {
        java.util.Set<String> words = lib.terms(element);
        List<String> paragraphs = PriorArtLabels.paragraphs(p.description());
        double best = 0;
        for (int n : l.marked().keySet()) {
            java.util.Set<String> in = lib.terms(paragraphs.get(n - 1));
            best = Math.max(best, words.stream().filter(in::contains).count() / (double) Math.max(1, words.size()));
        }
        return best;
    }

    /** Recall over the pooled results of all references, and over the element's own reference's results alone. */
    private static final class Recalls {
        final RecallAtK pooled = new RecallAtK();
        final RecallAtK own = new RecallAtK();

        void add(List<PassageLibrary.Hit> hits, int reference, PriorArtLabels.Label l) {
            pooled.add(hits, h -> marked(h, reference, l));
            // Within one reference the library keeps the fused order: its first hits are the chart's column.
            own.add(hits.stream().filter(h -> h.passage().reference() == reference).toList(),
                    h -> marked(h, reference, l));
        }

        void write(ObjectNode o) {
            figures(o.putObject("pooled"), pooled);
            figures(o.putObject("ownReference"), own);
        }
    }

    private static boolean marked(PassageLibrary.Hit h, int reference, PriorArtLabels.Label l) {
        return h.passage().reference() == reference
                && l.marked().containsKey(Integer.parseInt(h.passage().paragraph()));
    }

    private static void figures(ObjectNode o, RecallAtK r) {
        o.put("recallAt1", Math.round(r.at(1) * 1000) / 1000.0);
        o.put("recallAt3", Math.round(r.at(3) * 1000) / 1000.0);
    }

    /** The patent's description as a reference whose paragraph labels are their numbers ("1", "2", ...). */
    private static ReferenceText reference(PriorArtCorpus.Patent p) {
        List<String> paragraphs = PriorArtLabels.paragraphs(p.description());
        List<ReferenceParagraph> ps = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            ps.add(new ReferenceParagraph(0, String.valueOf(i + 1), paragraphs.get(i)));
        }
        return new ReferenceText(Path.of(p.id()), 0, ps);
    }
}
