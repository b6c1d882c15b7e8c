package io.patentdesk.app.prior;

import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A second look, with the embedding model, at the analyzer's {@code unsupported-term} warnings (a claim term whose
 * words never occur in the description): when a passage of the description is close in meaning to the term, the
 * warning becomes an {@code info} that names the passage, since the description may support the term in other
 * words ("fastener" claimed, "clip" described). The analyzer stays free of inference; this runs after it, in the app
 * and in {@code patentdesk check --semantic-support}, off the UI thread (it embeds the whole description once).
 */
public final class SemanticSupport {
    public static final String RULE = "semantic-support";
    static final String UNSUPPORTED = "unsupported-term";

    /**
     * The cosine (all-MiniLM-L6-v2, term against its best passage) at or above which a term counts as described in
     * other words. Calibrated on 20 patents of ../shared/corpus/us-fulltext by {@code SemanticSupportCalibrationTest}:
     * claim terms against the descriptions of the other patents, where they are not described (1,653 pairs), score
     * p50 0.24, p95 0.40, p99 0.49, and 0.4% reach 0.55; two-word claim phrases found literally in their own
     * description score p50 0.55. A false info hides a real warning, so the threshold sits above the unrelated
     * p99 rather than at it; at 0.55, 3 of the 26 unsupported-term warnings of those patents became infos.
     */
    public static final double THRESHOLD = 0.55;
    /** How much of the passage the info quotes. */
    private static final int QUOTE = 140;

    private final List<Passage> passages;
    private final float[][] vectors;
    private final TextEmbedder embedder;

    private SemanticSupport(List<Passage> passages, float[][] vectors, TextEmbedder embedder) {
        this.passages = passages;
        this.vectors = vectors;
        this.embedder = embedder;
    }

    /** The description cut into passages (printed [0023] numbers kept) and embedded. */
    public static SemanticSupport of(String description, TextEmbedder embedder) {
        List<Passage> passages = passages(description);
        float[][] vectors = passages.isEmpty() ? new float[0][]
                : embedder.embed(passages.stream().map(Passage::text).toList());
        return new SemanticSupport(passages, vectors, embedder);
    }

    private static List<Passage> passages(String description) {
        return PassageChunker.chunk(0, ReferenceTextReader.unpaged(description));
    }

    /** The texts of the description's passages: what {@link #of} embeds. */
    static List<String> passageTexts(String description) {
        return passages(description).stream().map(Passage::text).toList();
    }

    /** The description's passage closest to a term, with its cosine; empty for an empty description. */
    public record Closest(Passage passage, int index, double cosine) {
    }

    /** The closest passage to each text, in order. */
    public List<Optional<Closest>> closest(List<String> texts) {
        return texts.isEmpty() ? List.of() : closest(embedder.embed(texts));
    }

    /** The closest passage to each of the texts' unit vectors (embedded by the same model), in order. */
    public List<Optional<Closest>> closest(float[][] queries) {
        List<Optional<Closest>> out = new ArrayList<>();
        DenseIndex dense = new DenseIndex(vectors);
        for (float[] q : queries) {
            List<Integer> best = dense.search(q, 1);
            out.add(best.isEmpty() ? Optional.empty()
                    : Optional.of(new Closest(passages.get(best.get(0)), best.get(0), dense.cosine(q, best.get(0)))));
        }
        return out;
    }

    /**
     * The report with each unsupported-term warning whose term has a passage at or above {@link #THRESHOLD}
     * replaced, in place, by an info pointing at that passage; every other finding as it was. Embeds the
     * description only when there is such a warning.
     */
    public static Report revise(Report report, String description, TextEmbedder embedder) {
        List<Finding> unsupported = report.findingsOf(UNSUPPORTED).stream().filter(f -> f.term() != null).toList();
        if (unsupported.isEmpty() || description == null || description.isBlank()) {
            return report;
        }
        SemanticSupport support = of(description, embedder);
        List<Optional<Closest>> closest = support.closest(unsupported.stream().map(Finding::term).toList());
        List<Finding> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            int i = unsupported.indexOf(f);
            Optional<Closest> c = i < 0 ? Optional.empty() : closest.get(i).filter(x -> x.cosine() >= THRESHOLD);
            findings.add(c.isPresent() ? info(f, c.get()) : f);
        }
        return new Report(report.claims(), report.tree(), findings, report.fees(), report.suppressed());
    }

    private static Finding info(Finding warning, Closest c) {
        String where = c.passage().paragraph() != null ? "paragraph " + c.passage().paragraph()
                : "passage " + (c.index() + 1) + " of the description";
        String text = c.passage().text();
        String quote = text.length() <= QUOTE ? text : text.substring(0, QUOTE).strip() + "\u2026";
        String message = String.format(Locale.ROOT, "'%s'%s is not used in the description, but %s is close in "
                + "meaning (similarity %.2f): \"%s\"; check that it describes the claimed %s, or use the claim's "
                + "words there", warning.term(), warning.claim() == null ? "" : " in claim " + warning.claim(),
                where, c.cosine(), quote, warning.term());
        return new Finding(RULE, Severity.INFO, warning.claim(), warning.start(), warning.end(), warning.part(),
                message, warning.citation(), warning.term(), Confidence.POSSIBLE);
    }
}
