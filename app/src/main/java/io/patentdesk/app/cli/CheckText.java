package io.patentdesk.app.cli;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimKind;
import io.patentdesk.analyzer.ClaimOutline;
import io.patentdesk.analyzer.ClaimTree;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.FeeEstimate;
import io.patentdesk.analyzer.Fees;
import io.patentdesk.analyzer.OfficePack;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import java.util.List;
import java.util.Locale;

/** The human-readable check report: findings grouped by claim, then the claim tree and the fee summary. */
final class CheckText {

    private final Document doc;
    private final String fileText;
    private final String specText;

    /**
     * @param fileText the checked file's text when claims offsets point into it (null for XML)
     * @param specText the text description offsets point into (null when unknown)
     */
    CheckText(Document doc, String fileText, String specText) {
        this.doc = doc;
        this.fileText = fileText;
        this.specText = specText;
    }

    String write(String name, Report r, FeeEstimate estimate) {
        StringBuilder sb = new StringBuilder();
        Fees fees = r.fees();
        sb.append(String.format(Locale.ROOT, "%s: %d claim%s (%d independent): %d error%s, %d warning%s, %d info%n",
                name, fees.totalClaims(), plural(fees.totalClaims()), fees.independentClaims(),
                r.count(Severity.ERROR), plural(r.count(Severity.ERROR)), r.count(Severity.WARNING),
                plural(r.count(Severity.WARNING)), r.count(Severity.INFO)));
        List<Finding> untied = r.findings().stream().filter(f -> f.claim() == null).toList();
        java.util.Map<Integer, List<Finding>> byClaim = new java.util.HashMap<>();
        for (Finding f : r.findings()) {
            if (f.claim() != null) {
                byClaim.computeIfAbsent(f.claim(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
        java.util.Set<Integer> shown = new java.util.HashSet<>();
        for (Claim c : r.claims().claims()) {
            if (!shown.add(c.number())) {
                continue;
            }
            List<Finding> fs = byClaim.getOrDefault(c.number(), List.of());
            if (fs.isEmpty()) {
                continue;
            }
            sb.append(String.format("%nClaim %d (%s)%n", c.number(), describe(c)));
            fs.forEach(f -> line(sb, f));
        }
        if (!untied.isEmpty()) {
            sb.append(String.format("%nNot tied to a claim%n"));
            untied.forEach(f -> line(sb, f));
        }
        if (r.findings().isEmpty()) {
            sb.append(String.format("%nNo findings.%n"));
        }
        if (r.suppressed() > 0) {
            sb.append(String.format("(%d finding%s suppressed)%n", r.suppressed(), plural(r.suppressed())));
        }
        sb.append(String.format("%nClaim tree%n"));
        tree(sb, r);
        fees(sb, fees, estimate);
        return sb.toString();
    }

    /** The fee counts and what the claims cost, as the office's pack counts them. */
    private static void fees(StringBuilder sb, Fees fees, FeeEstimate e) {
        OfficePack pack = fees.office().pack();
        sb.append(String.format(Locale.ROOT, "%nFees (%s, schedule effective %s, %s entity): %d claims, %d counted for fees%s, "
                        + "%d independent, %d multiple dependent%n  excess: %d over %d total",
                fees.office().id().toUpperCase(Locale.ROOT), e.effective(), e.entity(), fees.totalClaims(),
                fees.feeCountedClaims(),
                pack.multipleDependentCountsEachReference() ? " (multiple dependent claims count as the claims they refer to)" : "",
                fees.independentClaims(), fees.multipleDependentClaims(), fees.excessTotal(), pack.freeTotal()));
        if (pack.higherFeeFrom() > 0) {
            sb.append(String.format(Locale.ROOT, ", %d over %d", fees.excessTotalHigher(), pack.higherFeeFrom()));
        }
        if (pack.freeIndependent() > 0) {
            sb.append(String.format(Locale.ROOT, ", %d over %d independent", fees.excessIndependent(), pack.freeIndependent()));
        }
        sb.append(String.format("%n"));
        for (FeeEstimate.Item i : e.items()) {
            if (i.perClaim()) {
                sb.append(String.format(Locale.ROOT, "  %s: %d x %s = %s %s%n", i.label(), i.count(),
                        i.each().toPlainString(), i.amount().toPlainString(), e.currency()));
            }
        }
        sb.append(String.format(Locale.ROOT, "  claim fees: %s %s%n", e.claimsAmount().toPlainString(), e.currency()));
        if (fees.descriptionPages() > 0) {
            sb.append(String.format(Locale.ROOT, "  description: about %d pages (estimated from the text), %d over %d%n",
                    fees.descriptionPages(), fees.excessPages(), pack.freePages()));
            for (FeeEstimate.Item i : e.items()) {
                if (i.basis() == FeeEstimate.Basis.PAGES) {
                    sb.append(String.format(Locale.ROOT, "  %s: %d x %s = %s %s%n", i.label(), i.count(),
                            i.each().toPlainString(), i.amount().toPlainString(), e.currency()));
                }
            }
            sb.append(String.format(Locale.ROOT, "  description page fees: %s %s%n", e.pagesAmount().toPlainString(),
                    e.currency()));
        }
    }

    private static String describe(Claim c) {
        String refs = c.references().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
        if (c.isCanceled()) {
            return "canceled";
        }
        return switch (c.kind()) {
            case INDEPENDENT -> "independent, " + c.category().id();
            case DEPENDENT -> "dependent on " + refs;
            case MULTIPLE_DEPENDENT -> "multiple dependent on " + refs;
        };
    }

    private void line(StringBuilder sb, Finding f) {
        // Most findings are certain; only the others say how sure they are, so the usual line stays short.
        String sure = f.confidence() == Confidence.CERTAIN ? "" : "(" + f.confidence().id() + ") ";
        sb.append(String.format(Locale.ROOT, "  %-7s %-24s %s  %s%s [%s]%n", f.severity().id(), f.rule(), where(f),
                sure, f.message(), f.citation()));
    }

    /** "line 3:14" when the offsets point into a text we have, else the part and offsets. */
    private String where(Finding f) {
        String text = switch (f.part()) {
            case CLAIMS, TITLE, ABSTRACT -> fileText;
            case DESCRIPTION -> specText;
        };
        if (text == null || f.end() > text.length()) {
            return f.part().id() + " " + f.start() + "-" + f.end();
        }
        int[] starts = lineStarts(text);
        int idx = java.util.Arrays.binarySearch(starts, f.start());
        int line = idx >= 0 ? idx + 1 : -idx - 1;
        int lineStart = starts[line - 1];
        String prefix = f.part() == Part.DESCRIPTION && text != fileText ? "spec " : "";
        return prefix + "line " + line + ":" + (f.start() - lineStart + 1);
    }

    private final java.util.Map<String, int[]> lineStartCache = new java.util.IdentityHashMap<>();

    /** Offsets where lines begin, computed once per text, so a large file does not cost a scan per finding. */
    private int[] lineStarts(String text) {
        return lineStartCache.computeIfAbsent(text, t -> {
            int n = 1;
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '\n') {
                    n++;
                }
            }
            int[] starts = new int[n];
            int k = 1;
            for (int i = 0; i < t.length(); i++) {
                if (t.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            return starts;
        });
    }

    /**
     * The claim tree as {@link ClaimOutline} lays it out: bounded for any claim set, so a chain of thousands of claims
     * or a web of multiple dependent claims prints in time proportional to its size.
     */
    private static void tree(StringBuilder sb, Report r) {
        ClaimTree t = r.tree();
        String nl = System.lineSeparator();
        // indents[d]: what precedes the branch mark of a row at depth d
        String[] indents = new String[ClaimOutline.MAX_DEPTH + 2];
        indents[1] = "  ";
        for (ClaimOutline.Row row : ClaimOutline.of(t)) {
            Claim c = t.claim(row.claim());
            if (row.depth() == 0) {
                String note = row.note() == ClaimOutline.Note.CONTINUED ? "  (continued: nested too deep above)"
                        : c.references().isEmpty() ? "" : "  (refers to missing or later claim "
                        + c.references().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")";
                sb.append("  ").append(row.claim()).append(note).append(nl);
                continue;
            }
            String md = c.kind() == ClaimKind.MULTIPLE_DEPENDENT ? "  (multiple dependent)" : "";
            String note = switch (row.note()) {
                case DEPENDENTS_ABOVE -> "  (dependents shown above)";
                case DEPENDENTS_BELOW -> "  (dependents continued below)";
                default -> "";
            };
            sb.append(indents[row.depth()]).append(row.last() ? "└─ " : "├─ ").append(row.claim()).append(md)
                    .append(note).append(nl);
            if (row.depth() + 1 < indents.length) {
                indents[row.depth() + 1] = indents[row.depth()] + (row.last() ? "   " : "│  ");
            }
        }
    }

    private static String plural(long n) {
        return n == 1 ? "" : "s";
    }
}
