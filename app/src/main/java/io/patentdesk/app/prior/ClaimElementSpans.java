package io.patentdesk.app.prior;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Span;
import io.patentdesk.app.assist.ClaimElements;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rows of a claim chart: for each claim the analyzer parsed, its preamble, then each element of its body (cut as
 * the drafting aids cut it, {@link ClaimElements#clauses}). Offsets are the analyzer's, so into the claims file.
 */
public final class ClaimElementSpans {

    private ClaimElementSpans() {
    }

    /** One row: the claim's number, the element's text and where it is. */
    public record Element(int claim, String text, int start, int end) {
    }

    /**
     * @param only claim numbers to chart; empty for every claim
     */
    public static List<Element> of(ClaimSet claims, Set<Integer> only) {
        String text = claims.text();
        int origin = claims.origin();
        List<Element> out = new ArrayList<>();
        for (Claim c : claims.claims()) {
            if (c.isCanceled() || (!only.isEmpty() && !only.contains(c.number()))) {
                continue;
            }
            Span local = trimmed(text, shift(c.preamble(), -origin));
            if (local.length() > 0) {
                out.add(element(c, text, local, origin));
            }
            for (Span clause : ClaimElements.clauses(text, shift(c.body(), -origin))) {
                out.add(element(c, text, clause, origin));
            }
        }
        return out;
    }

    private static Element element(Claim c, String text, Span local, int origin) {
        String words = local.of(text).replaceAll("\\s+", " ");
        return new Element(c.number(), words, local.start() + origin, local.end() + origin);
    }

    /** The preamble without the trailing comma or colon and spaces before the transition. */
    private static Span trimmed(String text, Span s) {
        int end = s.end();
        while (end > s.start() && ",:; \t\r\n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return new Span(s.start(), end);
    }

    private static Span shift(Span s, int by) {
        return new Span(s.start() + by, s.end() + by);
    }
}
