package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.ClaimTree;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {

    static final String CLAIMS = """
            1. A gear train comprising a first gear and a second gear, the gear meshing with a pinion.
            2. The gear train of claim 1, wherein the housing holds the gears.
            3. The gear train of claim 2, wherein the housing is cast and the lever turns.
            4. The gear train of claim 1, wherein the shaft is steel and the housing is light.""".strip();

    final ClaimTree tree = new Analyzer().analyze(CLAIMS).tree();

    @Test
    void aFindingOverlappingALabelInTheSameClaimIsAHit() {
        ProblemLabel gear = label(1, "the gear", "ambiguous");
        LabelledClaimSet set = set(List.of(gear), Map.of());
        Finding f = finding(1, "the gear meshing"); // a wider span than the label's
        LabelMatcher.Outcome o = LabelMatcher.match(set, List.of(f), tree);
        assertThat(o.hits()).containsExactly(new LabelMatcher.Hit(gear, f));
        assertThat(o.misses()).isEmpty();
        assertThat(o.falseAlarms()).isEmpty();
    }

    @Test
    void theSameHeadNounInAClaimThatIsNeitherTheLabelsNorItsDependentIsAFalseAlarm() {
        ProblemLabel housing = label(2, "the housing", "no-antecedent");
        LabelledClaimSet set = set(List.of(housing), Map.of());
        Finding housingIn4 = finding(4, "the housing"); // claim 4 depends on claim 1 only
        LabelMatcher.Outcome o = LabelMatcher.match(set, List.of(housingIn4), tree);
        assertThat(o.hits()).isEmpty();
        assertThat(o.misses()).containsExactly(housing);
        assertThat(o.falseAlarms()).containsExactly(housingIn4);
        assertThat(o.repeats()).isEmpty();
    }

    @Test
    void withoutOverlapTheSameHeadNounInTheSameClaimIsAHit() {
        ProblemLabel gears = label(2, "the gears", "plural-to-singular");
        LabelledClaimSet set = set(List.of(gears), Map.of());
        Finding elsewhere = new Finding("antecedent-basis", Severity.ERROR, 2, 0, 0, Part.CLAIMS, "m", "c", "gear");
        LabelMatcher.Outcome o = LabelMatcher.match(set, List.of(elsewhere), tree);
        assertThat(o.hits()).hasSize(1);
    }

    @Test
    void pairsOneToOneAndCountsASecondReportOfALabelledProblemAsARepeat() {
        ProblemLabel housing = label(2, "the housing", "no-antecedent");
        LabelledClaimSet set = set(List.of(housing), Map.of());
        Finding first = finding(2, "the housing");
        Finding twice = new Finding("ambiguous-antecedent", Severity.ERROR, 2, first.start(), first.end(), Part.CLAIMS,
                "m", "c", "housing");
        Finding inDependent = finding(3, "the housing"); // claim 3 depends on claim 2
        LabelMatcher.Outcome o = LabelMatcher.match(set, List.of(first, twice, inDependent), tree);
        assertThat(o.hits()).containsExactly(new LabelMatcher.Hit(housing, first));
        assertThat(o.repeats()).containsExactly(twice, inDependent);
        assertThat(o.falseAlarms()).isEmpty();
    }

    @Test
    void findingsInAnExcludedClaimAreNotScored() {
        LabelledClaimSet set = set(List.of(), Map.of(3, "text damaged in the source"));
        LabelMatcher.Outcome o = LabelMatcher.match(set, List.of(finding(3, "the lever")), tree);
        assertThat(o.falseAlarms()).isEmpty();
        assertThat(o.repeats()).isEmpty();
    }

    @Test
    void aFindingWithoutAClaimIsAFalseAlarm() {
        Finding loose = new Finding("antecedent-basis", Severity.WARNING, null, 0, 2, Part.CLAIMS, "m", "c", null);
        LabelMatcher.Outcome o = LabelMatcher.match(set(List.of(), Map.of()), List.of(loose), tree);
        assertThat(o.falseAlarms()).containsExactly(loose);
    }

    @Test
    void headNounIsTheLastWordBeforeAPrepositionOrNumeral() {
        assertThat(LabelMatcher.headNoun("the first gears of the train")).isEqualTo("gear");
        assertThat(LabelMatcher.headNoun("said spoke ( 2 )")).isEqualTo("spoke");
        assertThat(LabelMatcher.headNoun("The method of claim 1")).isEqualTo("method");
        assertThat(LabelMatcher.headNoun("the sinusoidal acceleration and deceleration")).isEqualTo("acceleration");
        assertThat(LabelMatcher.headNoun("the two movable scissor lift legs")).isEqualTo("leg");
        assertThat(LabelMatcher.headNoun("the batteries")).isEqualTo("battery");
        assertThat(LabelMatcher.headNoun("the glass")).isEqualTo("glass");
        assertThat(LabelMatcher.headNoun("the switches")).isEqualTo("switch");
    }

    private static ProblemLabel label(int claim, String phrase, String kind) {
        int start = at(claim, phrase);
        return new ProblemLabel(claim, phrase, start, start + phrase.length(), kind, "certain", "test");
    }

    private static Finding finding(int claim, String phrase) {
        int start = at(claim, phrase);
        return new Finding("antecedent-basis", Severity.ERROR, claim, start, start + phrase.length(), Part.CLAIMS,
                "no antecedent", "MPEP 2173.05(e)", phrase.substring(4));
    }

    /** Where the phrase first occurs in the given claim's line. */
    private static int at(int claim, String phrase) {
        int line = CLAIMS.indexOf(claim + ". ");
        int i = CLAIMS.indexOf(phrase, line);
        assertThat(i).as(phrase).isGreaterThan(line);
        return i;
    }

    private static LabelledClaimSet set(List<ProblemLabel> labels, Map<Integer, String> excluded) {
        List<Integer> judged = new ArrayList<>(List.of(1, 2, 3, 4));
        judged.removeAll(excluded.keySet());
        return new LabelledClaimSet("TEST", "test", "application", CLAIMS, judged, excluded, labels);
    }
}
