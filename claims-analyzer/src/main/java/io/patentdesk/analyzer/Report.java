package io.patentdesk.analyzer;

import java.util.List;

/**
 * What {@link Analyzer#analyze} found.
 *
 * @param claims     the parsed claims
 * @param tree       their dependency graph
 * @param findings   findings not suppressed, ordered by part, offset and rule
 * @param fees       claim counts for fees
 * @param suppressed how many findings the given {@link Suppressions} silenced
 */
public record Report(ClaimSet claims, ClaimTree tree, List<Finding> findings, Fees fees, int suppressed) {

    public Report {
        findings = List.copyOf(findings);
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Findings tied to one claim. */
    public List<Finding> findingsFor(int claimNumber) {
        return findings.stream().filter(f -> f.claim() != null && f.claim() == claimNumber).toList();
    }

    /** Findings of one rule. */
    public List<Finding> findingsOf(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
