package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Claim sets as text extraction gives them from WO and EP publications (grobid-ep-wo-us of the shared corpus): the
 * whole set on one line, its heading run into claim 1, the next claims run in after a period, sometimes without a
 * blank ("structure.2. A roof") or labelled "Claim 2" without a period.
 */
class ClaimHeadingsTest {

    private static final String BODY = "A roof comprising a tile.2. The roof of claim 1, wherein the tile is red. 3. The"
            + " roof of claim 2, wherein the tile is flat.";

    @ParameterizedTest
    @ValueSource(strings = {
        "WHAT IS CLAIMED IS: 1. ",
        "WHAT IS CLAIMED IS:.1. ",
        "CLAIMS1. ",
        "CLAIMS We claim: 1. ",
        "CLAIMSWhat is claimed is:1. ",
        "/ CLAIM:1. ",
        "Patentansprüche1. ",
        "REVENDICATIONS1. ",
        "REIVINDICACIONES 1. ",
        "AMENDED CLAIMS[received by the International Bureau on 13 March 1995 (13.03.95); original claims 1-21"
                + " replaced by amended claims 1-26 (9 pages)]1. ",
    })
    void aHeadingRunIntoClaimOneIsReadAsAHeading(String heading) {
        String text = heading + BODY;
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2, 3);
        assertThat(set.claims().get(0).text()).startsWith("1.").endsWith("a tile.");
        assertThat(set.claims().get(1).references()).containsExactly(1);
        assertThat(set.unnumberedLeader()).isNull();
        List<Finding> errors = new Analyzer().analyze(Document.ofClaims(text)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "WHAT IS CLAIMED IS: Claim 1 A roof comprising a tile. Claim 2 The roof of Claim 1, wherein the tile is red.",
        "Claim 1 A roof comprising a tile. Claim 2 The roof of Claim 1 , wherein the tile is red.",
    })
    void claimsLabelledClaimNWithoutAPeriodAreSplit(String text) {
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2);
        assertThat(set.claims().get(1).references()).containsExactly(1);
        assertThat(set.claims().get(0).text()).endsWith("a tile.");
    }

    @Test
    void aSentenceThatOnlyStartsLikeAHeadingStaysClaimText() {
        // no claim 1 label follows "Claims": the line is one unnumbered claim, as any unlabelled text is
        ClaimSet set = ClaimSet.parse("Claims are made. 1. A roof comprising a tile.");
        assertThat(set.claims()).hasSize(1);
        assertThat(set.claims().get(0).text()).startsWith("Claims are made.");
    }

    @Test
    void aHeadingIsReadOnlyBeforeClaimOne() {
        ClaimSet set = ClaimSet.parse("WHAT IS CLAIMED IS: 2. A roof comprising a tile.");
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1);
        assertThat(set.claims().get(0).text()).startsWith("WHAT IS CLAIMED IS: 2.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1. A roof comprising a tile. STATEMENT UNDER ARTICLE 19 The amended claim 1 defines over the art cited.",
        "CLAIMS1. A roof comprising a tile. STATEMENT UNDER ARTICLE19As will be understood, the roof differs.",
    })
    void anArticle19StatementAfterTheClaimsIsNotClaimText(String text) {
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).hasSize(1);
        assertThat(set.claims().get(0).analysisText().strip()).endsWith("a tile.");
        List<Finding> errors = new Analyzer().analyze(Document.ofClaims(text)).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void aTwoDigitLabelSplitByABlankIsReadAndNamedAsMisread() {
        // WO2008070025A1 as extracted: "... silicon-on- insulator wafer. 1 1. The system of claim 9 ..."
        StringBuilder text = new StringBuilder("1. A system comprising a wafer.");
        for (int n = 2; n <= 10; n++) {
            text.append(' ').append(n).append(". The system of claim 1, wherein the wafer is thin.");
        }
        text.append(" 1 1. The system of claim 9, wherein the wafer is flat. 12. The system of claim 11, wherein the"
                + " wafer is round.");
        ClaimSet set = ClaimSet.parse(text.toString());
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(set.claims().get(10).references()).containsExactly(9);
        assertThat(set.inputQuality().spots()).anyMatch(s -> s.kind() == InputQuality.Kind.MISREAD_NUMBER);
    }

    @Test
    void aLabelGluedToTheWordBeforeItIsReadWhereItIsTheNextNumber() {
        // WO2003000066A1 and WO1995010595A1 as extracted: "... is zinc gluconate3. The chewing gum of claim 1 ...",
        // "... of the chewing gum of claim 1.8. A method ..."
        String text = "1. A chewing gum comprising a zinc salt.\n2. The chewing gum of claim 1 wherein the zinc salt is"
                + " zinc gluconate3. The chewing gum of claim 1 wherein the gum is sugar-free.4. A method of chewing"
                + " the chewing gum of claim 1.5. The method of claim 4 comprising chewing for 10 minutes. The"
                + " residue 2. A gum base3. It is soft.";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(set.claims().get(1).analysisText().strip()).endsWith("zinc gluconate");
        assertThat(set.claims().get(3).references()).containsExactly(1);
        assertThat(set.claims().get(4).analysisText()).contains("gum base3. It is soft"); // 6 is due, not 3
    }

    @Test
    void anArticle19StatementRunIntoTheLastClaimIsNotClaimText() {
        String text = "1. A pump comprising a casing.\n2. The pump of claim 1, comprising an outlet located within the"
                + " casing; and STATEMENT UNDER ARTICLE 19Original claim 1 has been amended. See claim 3.";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2);
        assertThat(set.claims().get(1).analysisText().strip()).endsWith("casing; and");
        assertThat(new Analyzer().analyze(Document.ofClaims(text)).findings())
                .noneMatch(f -> f.rule().equals("dependency-missing"));
    }
}
