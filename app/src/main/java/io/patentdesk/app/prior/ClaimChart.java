package io.patentdesk.app.prior;

import java.nio.file.Path;
import java.util.List;

/**
 * A claim chart: the references searched, and for each claim element (in claim order) its best passages.
 *
 * @param references the references, indexed by {@link Match#reference()}
 * @param elements   the claim elements in claim order
 */
public record ClaimChart(List<Reference> references, List<Row> elements) {
    public ClaimChart {
        references = List.copyOf(references);
        elements = List.copyOf(elements);
    }

    /** A reference and its page count (0 for a document without pages). */
    public record Reference(Path file, int pages) {
    }

    /** One element of a claim with its matches, best first; offsets into the claims file. */
    public record Row(int claim, String text, int start, int end, List<Match> matches) {
        public Row {
            matches = List.copyOf(matches);
        }
    }

    /**
     * A passage of a reference that may disclose the element.
     *
     * @param page    1-based page for a PDF; null for a document without pages
     * @param words   the passage's words that match the element's (analysed alike), for highlighting
     * @param score   the hybrid search's fused score ({@link PassageLibrary#FUSION}): 0.8 × the passage's BM25 z-score
     *                plus 0.2 × its cosine's z-score, each against the query's top 200 passages of its index (a
     *                passage one index did not rank counts as that index's last); higher is better, 0 is about the
     *                top 200's average, and it compares passages of one element only
     */
    public record Match(int reference, Integer page, String paragraph, String text, double score, List<String> words) {
        public Match {
            words = List.copyOf(words);
        }
    }
}
