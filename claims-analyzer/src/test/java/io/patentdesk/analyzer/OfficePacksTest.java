package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The same claims checked under each office: shared rules keep their ids and take the office's citation. */
class OfficePacksTest {

    private static final Analyzer ANALYZER = new Analyzer();

    /** Claim 4 is a multiple dependent claim on the multiple dependent claim 3. */
    private static final String CHAIN = """
            1. A lamp comprising a bulb.
            2. The lamp of claim 1, wherein the bulb is red.
            3. The lamp of claim 1 or 2, wherein the bulb is round.
            4. The lamp of claim 2 or 3, wherein the bulb is hot.
            """;

    private static Report check(String claims, Office office) {
        return ANALYZER.analyze(Document.ofClaims(claims), office, Suppressions.none());
    }

    @Test
    void aMultipleDependentClaimOnAMultipleDependentClaimIsAnErrorAtTheUsptoAndJpoButNotTheEpo() {
        Finding us = check(CHAIN, Office.USPTO).findingsOf("multiple-dependent-chain").getFirst();
        assertThat(us.citation()).isEqualTo("37 CFR 1.75(c)");
        assertThat(us.severity()).isEqualTo(Severity.ERROR);
        Finding jp = check(CHAIN, Office.JPO).findingsOf("multiple-dependent-chain").getFirst();
        assertThat(jp.severity()).isEqualTo(Severity.ERROR);
        assertThat(jp.citation()).contains("Art. 24-3(v)").contains("1 April 2022");
        assertThat(jp.claim()).isEqualTo(4);
        assertThat(jp.start()).isEqualTo(us.start());
        assertThat(check(CHAIN, Office.EPO).findingsOf("multiple-dependent-chain")).isEmpty();
    }

    @Test
    void usptoOnlyRulesDoNotRunForTheEpo() {
        String mpf = "1. A lamp comprising means for emitting light.\n";
        assertThat(check(mpf, Office.USPTO).findingsOf("means-plus-function")).isNotEmpty();
        assertThat(check(mpf, Office.EPO).findingsOf("means-plus-function")).isEmpty();
    }

    @Test
    void theEpoStatesACapAndItsOwnCitationForASharedRule() {
        String twoPeriods = "1. A lamp comprising a bulb. The bulb is red.\n";
        Finding us = check(twoPeriods, Office.USPTO).findingsOf("claim-period").getFirst();
        Finding ep = check(twoPeriods, Office.EPO).findingsOf("claim-period").getFirst();
        assertThat(us.severity()).isEqualTo(Severity.ERROR);
        assertThat(ep.severity()).isEqualTo(Severity.WARNING);
        assertThat(ep.citation()).startsWith("Art. 84 EPC");
        assertThat(ep.start()).isEqualTo(us.start());
    }

    @Test
    void everyRuleAPackNamesExistsAndEveryRuleRunsSomewhere() {
        Set<String> known = Analyzer.defaultRules().stream().map(Rule::id).collect(Collectors.toSet());
        for (Office o : Office.values()) {
            assertThat(known).as(o.id()).containsAll(o.pack().rules().keySet());
        }
        for (String id : known) {
            assertThat(Set.of(Office.values())).as(id).anyMatch(o -> o.pack().applies(id));
        }
        // The USPTO pack keeps each rule's own severity and citation.
        for (Rule r : Analyzer.defaultRules()) {
            OfficePack.RuleSetting s = Office.USPTO.pack().rules().get(r.id());
            if (s != null) {
                assertThat(s.highest()).as(r.id()).isEqualTo(r.severity());
                assertThat(s.citation()).as(r.id()).isEqualTo(r.citation());
            }
        }
    }

    @Test
    void unknownOfficesAreRefusedNamingTheKnownOnes() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Office.fromId("wipo"))
                .hasMessage("unknown office 'wipo' (known: uspto, epo, jpo, cnipa)");
        assertThat(Office.fromId(" EPO ")).isEqualTo(Office.EPO);
    }
}
