package io.patentdesk.app.cli;

import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds up {@link LabelMatcher.Outcome}s over the evaluation set: precision over the findings (overall, errors only and
 * per rule id) and recall over the labels (overall, "certain" labels only and per kind), with the misses and false
 * alarms kept for developers.
 */
final class EvalTally {

    /** {@code hits} of {@code total}, with its 95 % Wilson interval. */
    record Ratio(int hits, int total) {
        double value() {
            return total == 0 ? Double.NaN : (double) hits / total;
        }

        WilsonInterval interval() {
            return WilsonInterval.of(hits, total);
        }
    }

    /** A label no finding hit. */
    record Miss(String setId, ProblemLabel label) {}

    /** A finding no label supports. */
    record FalseAlarm(String setId, Finding finding, String phrase) {}

    private int labels;
    private int labelsHit;
    private int certain;
    private int certainHit;
    private int findings;
    private int findingsHit;
    private int errors;
    private int errorsHit;
    private int repeats;
    private final Map<String, int[]> byKind = new TreeMap<>();
    private final Map<String, int[]> byRule = new TreeMap<>();
    private final List<Miss> misses = new ArrayList<>();
    private final List<FalseAlarm> falseAlarms = new ArrayList<>();

    void add(LabelledClaimSet set, LabelMatcher.Outcome o) {
        for (LabelMatcher.Hit h : o.hits()) {
            countLabel(h.label(), true);
            countFinding(h.finding(), true);
        }
        for (ProblemLabel l : o.misses()) {
            countLabel(l, false);
            misses.add(new Miss(set.id(), l));
        }
        for (Finding f : o.falseAlarms()) {
            countFinding(f, false);
            falseAlarms.add(new FalseAlarm(set.id(), f, LabelMatcher.phrase(set, f)));
        }
        repeats += o.repeats().size();
    }

    private void countLabel(ProblemLabel l, boolean hit) {
        int h = hit ? 1 : 0;
        labels++;
        labelsHit += h;
        if (l.certain()) {
            certain++;
            certainHit += h;
        }
        int[] k = byKind.computeIfAbsent(l.kind(), x -> new int[2]);
        k[0] += h;
        k[1]++;
    }

    private void countFinding(Finding f, boolean hit) {
        int h = hit ? 1 : 0;
        findings++;
        findingsHit += h;
        if (f.severity() == Severity.ERROR) {
            errors++;
            errorsHit += h;
        }
        int[] r = byRule.computeIfAbsent(f.rule(), x -> new int[2]);
        r[0] += h;
        r[1]++;
    }

    /** Findings that hit a label, of all findings of the chosen rules (repeats left out). */
    Ratio precision() {
        return new Ratio(findingsHit, findings);
    }

    /** The same over error findings only. */
    Ratio errorPrecision() {
        return new Ratio(errorsHit, errors);
    }

    /** Labels hit, of all labels. */
    Ratio recall() {
        return new Ratio(labelsHit, labels);
    }

    /** Labels hit, of the labels an examiner would clearly cite. */
    Ratio certainRecall() {
        return new Ratio(certainHit, certain);
    }

    Map<String, Ratio> recallByKind() {
        Map<String, Ratio> out = new TreeMap<>();
        byKind.forEach((k, v) -> out.put(k, new Ratio(v[0], v[1])));
        return out;
    }

    Map<String, Ratio> precisionByRule() {
        Map<String, Ratio> out = new TreeMap<>();
        byRule.forEach((k, v) -> out.put(k, new Ratio(v[0], v[1])));
        return out;
    }

    int repeats() {
        return repeats;
    }

    List<Miss> misses() {
        return List.copyOf(misses);
    }

    List<FalseAlarm> falseAlarms() {
        return List.copyOf(falseAlarms);
    }
}
