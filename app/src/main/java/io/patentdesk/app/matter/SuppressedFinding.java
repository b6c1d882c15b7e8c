package io.patentdesk.app.matter;

import java.util.Objects;

/**
 * A finding the user chose to hide. It is keyed by the rule and the text the finding points at (not by offsets,
 * which shift with every edit), so the suppression survives edits elsewhere in the document.
 *
 * @param ruleId the analyzer rule's id
 * @param anchor the exact text the finding covered (e.g. "said lever")
 * @param note   why the user suppressed it; may be empty
 */
public record SuppressedFinding(String ruleId, String anchor, String note) {
    public SuppressedFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(anchor, "anchor");
        note = note == null ? "" : note;
    }

    public SuppressedFinding(String ruleId, String anchor) {
        this(ruleId, anchor, "");
    }

    /** Whether this suppression hides a finding of {@code findingRuleId} covering {@code findingText}. */
    public boolean matches(String findingRuleId, String findingText) {
        return ruleId.equals(findingRuleId) && anchor.equals(findingText);
    }
}
