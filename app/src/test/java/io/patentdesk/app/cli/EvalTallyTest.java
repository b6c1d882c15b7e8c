package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalTallyTest {

    static final String CLAIMS = "1. A lamp comprising a bulb, the cap and the switch.";
    static final LabelledClaimSet SET = new LabelledClaimSet("T", "test", "grant", CLAIMS, List.of(1), Map.of(),
            List.of());

    @Test
    void countsPrecisionOverFindingsAndRecallOverLabelsAndCertainLabels() {
        ProblemLabel cap = label("the cap", "no-antecedent", "certain");
        ProblemLabel sw = label("the switch", "no-antecedent", "possible");
        ProblemLabel bulb = label("a bulb", "plural-to-singular", "certain");
        Finding capFinding = finding("the cap", Severity.ERROR, "antecedent-basis");
        Finding swFinding = finding("the switch", Severity.WARNING, "antecedent-part-of");
        Finding lampFinding = finding("A lamp", Severity.ERROR, "antecedent-basis");
        EvalTally t = new EvalTally();
        t.add(SET, new LabelMatcher.Outcome(
                List.of(new LabelMatcher.Hit(cap, capFinding), new LabelMatcher.Hit(sw, swFinding)), List.of(bulb),
                List.of(lampFinding), List.of(capFinding)));

        assertThat(t.precision()).isEqualTo(new EvalTally.Ratio(2, 3));
        assertThat(t.errorPrecision()).isEqualTo(new EvalTally.Ratio(1, 2));
        assertThat(t.recall()).isEqualTo(new EvalTally.Ratio(2, 3));
        assertThat(t.certainRecall()).isEqualTo(new EvalTally.Ratio(1, 2));
        assertThat(t.recallByKind()).containsEntry("no-antecedent", new EvalTally.Ratio(2, 2))
                .containsEntry("plural-to-singular", new EvalTally.Ratio(0, 1));
        assertThat(t.precisionByRule()).containsEntry("antecedent-basis", new EvalTally.Ratio(1, 2))
                .containsEntry("antecedent-part-of", new EvalTally.Ratio(1, 1));
        assertThat(t.repeats()).isEqualTo(1);
        assertThat(t.misses()).containsExactly(new EvalTally.Miss("T", bulb));
        assertThat(t.falseAlarms()).containsExactly(new EvalTally.FalseAlarm("T", lampFinding, "A lamp"));
    }

    private static ProblemLabel label(String phrase, String kind, String confidence) {
        int s = CLAIMS.indexOf(phrase);
        return new ProblemLabel(1, phrase, s, s + phrase.length(), kind, confidence, "test");
    }

    private static Finding finding(String phrase, Severity severity, String rule) {
        int s = CLAIMS.indexOf(phrase);
        return new Finding(rule, severity, 1, s, s + phrase.length(), Part.CLAIMS, "m", "c", phrase);
    }
}
