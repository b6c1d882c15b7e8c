package io.patentdesk.app.ui.analysis;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.editor.ClaimNode;
import io.patentdesk.editor.FeeLine;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import java.util.List;

/**
 * The analyzer's report for one matter value, translated for the editor controls.
 *
 * @param analyzed   the exact matter value analyzed (its strings identify the texts the offsets refer to)
 * @param findings   findings not suppressed, each with the part (area) its offsets point into
 * @param claimTree  independent claims with their dependents
 * @param fees       fee lines for the claim set
 * @param feeCurrency ISO 4217 code of the fee amounts
 * @param feeNote    the fee schedule and assumptions, in words
 * @param suppressed how many findings the matter's suppressions hid
 * @param millis     how long the analysis took
 */
public record AnalysisResult(Matter analyzed, List<FindingItem> findings, List<ClaimNode> claimTree, List<FeeLine> fees,
        String feeCurrency, String feeNote, int suppressed, long millis) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        claimTree = List.copyOf(claimTree);
        fees = List.copyOf(fees);
    }

    public List<FindingItem> findingsIn(String part) {
        return findings.stream().filter(f -> f.part().equals(part)).toList();
    }

    public long count(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
