package io.patentdesk.analyzer;

/**
 * One problem found. {@code start}/{@code end} are offsets into the text of {@code part} as the caller passed it (for
 * claims and spec read from one file by {@link DocumentReader}: into that file's text).
 *
 * @param rule     rule id, e.g. "antecedent-basis"
 * @param severity error, warning or info
 * @param claim    the claim number, or null when the finding is not tied to a claim
 * @param start    first character
 * @param end      one past the last character
 * @param part     which part of the document the offsets point into
 * @param message  what is wrong, in words a drafter understands
 * @param citation the rule's source, e.g. "MPEP 2173.05(e)"
 * @param term     the normalized term the finding is about ("bulb"), or null; suppressions match on it
 * @param confidence how sure the finding is; an error is certain or likely
 */
public record Finding(String rule, Severity severity, Integer claim, int start, int end, Part part, String message,
                      String citation, String term, Confidence confidence) {

    public Finding {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets [" + start + ", " + end + ") for " + rule);
        }
        java.util.Objects.requireNonNull(confidence, "confidence");
        if (severity == Severity.ERROR && confidence == Confidence.POSSIBLE) {
            throw new IllegalArgumentException("an error cannot be only possible: " + rule);
        }
    }

    /** A finding the analyzer is certain of. */
    public Finding(String rule, Severity severity, Integer claim, int start, int end, Part part, String message,
                   String citation, String term) {
        this(rule, severity, claim, start, end, part, message, citation, term, Confidence.CERTAIN);
    }

    /**
     * A fingerprint that survives edits elsewhere in the document: rule, part, claim and term (or, without a term,
     * the message). The editor can store it to suppress exactly this finding.
     */
    public String fingerprint() {
        return rule + "|" + part.id() + "|" + (claim == null ? "-" : claim) + "|" + (term != null ? term : message);
    }
}
