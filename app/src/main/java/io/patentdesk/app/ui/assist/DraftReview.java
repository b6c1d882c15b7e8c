package io.patentdesk.app.ui.assist;

import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Severity;
import java.util.List;
import java.util.Locale;

/**
 * A drafted claim as the checker sees it before Accept: the text as it would be inserted (dependents renumbered) and
 * the findings it would add to the matter's claims, not those already there.
 *
 * @param text    the draft as it goes into the document
 * @param checked whether the draft was analyzed with the matter's claims (false for drafts that hold no claim)
 * @param added   the findings the draft would add
 */
public record DraftReview(String text, boolean checked, List<Finding> added) {
    public DraftReview {
        added = List.copyOf(added);
    }

    static DraftReview unchecked(String text) {
        return new DraftReview(text, false, List.of());
    }

    public long errors() {
        return added.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** For the preview: what the checker says the draft would add, one finding a line ("" when not checked). */
    public String summary() {
        if (!checked) {
            return "";
        }
        if (added.isEmpty()) {
            return "Checked with your claims: this draft adds no findings.";
        }
        StringBuilder s = new StringBuilder("Checked with your claims: this draft would add " + count(added.size(), "finding")
                + (errors() > 0 ? " (" + count((int) errors(), "error") + ")" : "") + ":");
        for (Finding f : added.subList(0, Math.min(SHOWN, added.size()))) {
            s.append("\n\u2022 ").append(severity(f)).append(f.claim() == null ? "" : ", claim " + f.claim()).append(": ")
                    .append(f.message()).append(cited(f));
        }
        if (added.size() > SHOWN) {
            s.append("\n\u2026 and ").append(added.size() - SHOWN).append(" more.");
        }
        return s.toString();
    }

    /** The findings listed one by one; the rest are counted (the Findings panel lists all after Accept). */
    static final int SHOWN = 6;

    /** The question before inserting a draft that adds errors: how many, and the first. */
    String question() {
        Finding first = added.stream().filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow();
        return "This draft would add " + count((int) errors(), "error") + " to the claims"
                + (first.claim() == null ? "" : " (claim " + first.claim() + ": " + first.message() + ")")
                + ". Insert it anyway?";
    }

    /** " (MPEP 2173.05(e))"; nothing for a finding without a citation ("" or the analyzer's "\u2014"). */
    private static String cited(Finding f) {
        String c = f.citation() == null ? "" : f.citation().strip();
        return c.isEmpty() || c.equals("\u2014") || c.equals("-") ? "" : " (" + c + ")";
    }

    private static String severity(Finding f) {
        String s = f.severity().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
