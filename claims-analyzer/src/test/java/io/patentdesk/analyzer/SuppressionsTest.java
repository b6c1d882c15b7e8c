package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

    private static final String CLAIMS = "1. A lamp comprising a substantially round bulb and a substantially flat base.\n"
            + "2. The lamp of claim 1, wherein the cap is red and the shade is substantially white.";
    private final Analyzer analyzer = new Analyzer();

    @Test
    void aTermSuppressionSilencesTheRuleForThatTermEverywhere() {
        Report before = analyzer.analyze(Document.ofClaims(CLAIMS));
        assertThat(before.findingsOf("indefinite-term")).hasSize(3);
        Suppressions s = Suppressions.none().with(Suppression.ofTerm("indefinite-term", "Substantially"));
        Report after = analyzer.analyze(Document.ofClaims(CLAIMS), Office.USPTO, s);
        assertThat(after.findingsOf("indefinite-term")).isEmpty();
        assertThat(after.suppressed()).isEqualTo(3);
        assertThat(after.findingsOf("antecedent-basis")).hasSize(2);
    }

    @Test
    void aFindingSuppressionSilencesOnlyThatFindingAndSurvivesEditsElsewhere() {
        Report before = analyzer.analyze(Document.ofClaims(CLAIMS));
        Finding cap = before.findingsOf("antecedent-basis").get(0);
        assertThat(CLAIMS.substring(cap.start(), cap.end())).isEqualTo("the cap");
        Suppressions s = Suppressions.of(List.of(Suppression.ofFinding(cap)));
        String edited = "1. A lamp comprising a very substantially round bulb and a substantially flat base.\n"
                + "2. The lamp of claim 1, wherein the cap is red and the shade is substantially white.";
        Report after = analyzer.analyze(Document.ofClaims(edited), Office.USPTO, s);
        assertThat(after.findingsOf("antecedent-basis")).extracting(f -> edited.substring(f.start(), f.end()))
                .containsExactly("the shade");
    }

    @Test
    void suppressionsRoundTripThroughStrings() {
        Finding f = new Finding("antecedent-basis", Severity.ERROR, 2, 5, 12, Part.CLAIMS, "m", "MPEP 2173.05(e)", "cap");
        Suppressions s = Suppressions.of(List.of(Suppression.ofFinding(f), Suppression.ofTerm("indefinite-term", "about")));
        List<String> stored = s.asStrings();
        assertThat(stored).containsExactly("finding:antecedent-basis:antecedent-basis|claims|2|cap",
                "term:indefinite-term:about");
        assertThat(Suppressions.parse(stored)).isEqualTo(s);
        assertThat(Suppressions.parse(stored).suppresses(f)).isTrue();
        assertThat(s.without(Suppression.ofFinding(f)).suppresses(f)).isFalse();
    }
}
