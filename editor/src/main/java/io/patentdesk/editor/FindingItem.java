package io.patentdesk.editor;

import java.util.Objects;

/**
 * One finding as the editor shows it: where it is (a part of the document and character offsets into that part's
 * text), what it says, and the rule and legal citation behind it.
 *
 * @param key      stable identity, used to keep the selection across re-analysis and to suppress the finding
 * @param part     the part of the document the offsets refer to, e.g. {@code claims}, {@code abstract}
 * @param claim    the claim number the finding is about, or 0 when it is not about one claim
 * @param start    first character, inclusive, in the part's text
 * @param end      last character, exclusive; equal to start for a finding that has no text of its own
 * @param possible whether the analyzer is only unsure of it (the findings panel hides these unless asked)
 */
public record FindingItem(
        String key,
        Severity severity,
        String rule,
        String ruleTitle,
        String part,
        int claim,
        int start,
        int end,
        String message,
        String citation,
        boolean possible) {

    public FindingItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(part, "part");
        ruleTitle = ruleTitle == null || ruleTitle.isBlank() ? rule : ruleTitle;
        message = message == null ? "" : message;
        citation = citation == null ? "" : citation;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    /** A finding the analyzer is sure enough of to show by default. */
    public FindingItem(String key, Severity severity, String rule, String ruleTitle, String part, int claim, int start,
                       int end, String message, String citation) {
        this(key, severity, rule, ruleTitle, part, claim, start, end, message, citation, false);
    }

    /** Whether the character at {@code index} lies inside this finding's text. */
    public boolean covers(int index) {
        return index >= start && (index < end || (start == end && index == start));
    }

    /**
     * Where the finding is, in words: "Claim 3", "Abstract", "Detailed description". The part's key
     * ("detailed_description") is an internal label and is never shown as it is.
     */
    public String location() {
        if (claim > 0) {
            return "Claim " + claim;
        }
        String words = part.replace('_', ' ').replace('-', ' ').strip();
        return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
