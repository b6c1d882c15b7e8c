package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A claim without its final period: cut off in copying (warning: the rest seems missing) or finished without the
 * period (error). The cut-off endings are the ones seen in scraped claim sets of granted patents.
 */
class ClaimCutOffTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "1. A clamp comprising a tooth able to disengage it from said locat (3 | WARNING",
            "1. A crank comprising a fastening nut to fix the crank head to a pedal-s | WARNING",
            "1. A compound substituted by halo, hydroxy, mercapto, C | WARNING",
            "1. A layer heated in excess of 1652 F (900 | WARNING",
            "1. A peptide selected from the group consisting of: (a) Arg-Pro-Pro; (b) Arg-Pro-Pro-Ala; (c) (d) | WARNING",
            "1. A compound selected from the group consisting of: (a) | WARNING",
            "1. A lamp comprising a bulb | ERROR",
            "1. A compound of formula I | ERROR",
            "1. A tube of stainless-steel | ERROR"})
    void tellsACutOffClaimFromAMissingPeriod(String claim, Severity expected) {
        List<Finding> period = ANALYZER.analyze(Document.ofClaims(claim)).findings().stream()
                .filter(f -> f.rule().equals("claim-period")).toList();
        assertThat(period).hasSize(1);
        assertThat(period.get(0).severity()).isEqualTo(expected);
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "1. A resin wherein (ii) is a recurring unit represented by the formula ##STR26##",
        "1. A compound having the following structure: <EMI ID=30.1>",
        "1. A circuit as shown in the table [IMAGE]",
    })
    void aClaimEndingOnAnImageOfAFormulaLacksNoPeriod(String claim) {
        assertThat(ANALYZER.analyze(Document.ofClaims(claim)).findings())
                .noneMatch(f -> f.rule().equals("claim-period"));
    }
}
