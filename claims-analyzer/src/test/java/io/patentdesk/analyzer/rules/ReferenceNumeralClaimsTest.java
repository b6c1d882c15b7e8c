package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference numerals in parentheses in the claims, against the description and the other claims (issue 22). */
class ReferenceNumeralClaimsTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final String SPEC = "The valve 10 has a housing 12, a valve member 20 that rests on a seat 22 and a"
            + " spring 24 that presses the valve member 20 onto the seat 22.";

    private static List<Finding> numerals(String spec, String claims) {
        return ANALYZER.analyze(Document.of("Valve", "", spec, claims)).findingsOf("reference-numeral");
    }

    @Test
    void aPartWithAnotherNumeralThanInTheDescription() {
        String claims = "1. A valve comprising a housing (12), a valve member (21) and a seat (22), wherein the valve"
                + " member (21) rests on the seat (22).";
        List<Finding> f = numerals(SPEC, claims);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.part()).isEqualTo(Part.CLAIMS);
            assertThat(x.claim()).isEqualTo(1);
            assertThat(claims.substring(x.start(), x.end())).isEqualTo("valve member (21)");
            assertThat(x.start()).isEqualTo(claims.indexOf("valve member (21)"));
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.message()).contains("21").contains("20").contains("description");
        });
    }

    @Test
    void aNumeralOfAnotherPartInTheDescription() {
        String claims = "1. A valve comprising a housing (12) and a lever (22).";
        List<Finding> f = numerals(SPEC, claims);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(claims.substring(x.start(), x.end())).isEqualTo("lever (22)");
            assertThat(x.message()).contains("'seat'");
        });
    }

    @Test
    void claimsThatAgreeWithTheDescriptionAndEachOther() {
        String claims = "1. A valve comprising a housing (12), a first valve member (20) and a seat (22).\n"
                + "2. The valve of claim 1, wherein the valve member (20) is pressed by a spring (24).";
        assertThat(numerals(SPEC, claims)).isEmpty();
    }

    @Test
    void withoutADescriptionTheClaimsAreCheckedAgainstEachOther() {
        String claims = "1. A valve comprising a valve member (20).\n2. The valve of claim 1, wherein the valve member"
                + " (21) is steel.";
        assertThat(numerals("", claims)).singleElement().satisfies(x -> {
            assertThat(x.claim()).isEqualTo(2);
            assertThat(claims.substring(x.start(), x.end())).isEqualTo("valve member (21)");
            assertThat(x.message()).contains("earlier claim");
        });
    }
}
