package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusClaimSetsTest {

    @Test
    void claimsWithoutANumberLabelAreNumberedAfterTheLabelBeforeThem() {
        // a scraped application: canceled claims 1-5, claim 6 lost its opening words, so did claim 9
        assertThat(CorpusClaimSets.claimsText(List.of("1 - 5 . (canceled)", "a tread portion;", "7 . The tire of claim 6.",
                "8 . The tire of claim 6.", "the undertread layer is thin.", "10 . The tire of claim 6.")))
                .isEqualTo("1 - 5 . (canceled)\n6. a tread portion;\n7 . The tire of claim 6.\n8 . The tire of claim 6."
                        + "\n9. the undertread layer is thin.\n10 . The tire of claim 6.");
        assertThat(CorpusClaimSets.claimsText(List.of("1 .- 15 . (canceled)", "a tire.")))
                .isEqualTo("1 .- 15 . (canceled)\n16. a tire.");
    }

    @Test
    void aFirstClaimWithoutALabelIsClaimOne() {
        assertThat(CorpusClaimSets.claimsText(List.of("an axle body.", "2 . The spoke according to claim 1 .")))
                .isEqualTo("1. an axle body.\n2 . The spoke according to claim 1 .");
    }

    @Test
    void aRangeOfCanceledClaimsKeepsItsOwnLabelInEitherSpacing() {
        assertThat(CorpusClaimSets.claimsText(List.of("1 - 15 . (canceled)", "16 . A tire.")))
                .isEqualTo("1 - 15 . (canceled)\n16 . A tire.");
        assertThat(CorpusClaimSets.claimsText(List.of("1 .- 15 . (canceled)", "16 . A tire.")))
                .isEqualTo("1 .- 15 . (canceled)\n16 . A tire.");
    }

    @Test
    void aWholeSetUnderItsHeadingInOneElementGetsNoLabelOfItsOwn() {
        // grobid-ep-wo-us: a WO publication's claims as one text under its heading; the parser reads the labels
        assertThat(CorpusClaimSets.claimsText(List.of("CLAIMS1. A roof.2. The roof of claim 1.")))
                .isEqualTo("CLAIMS1. A roof.2. The roof of claim 1.");
        assertThat(CorpusClaimSets.claimsText(List.of("WHAT IS CLAIMED IS: Claim 1 A roof. Claim 2 The roof of Claim 1.")))
                .startsWith("WHAT IS CLAIMED IS:");
        // a claim that merely opens with "the" is still numbered
        assertThat(CorpusClaimSets.claimsText(List.of("The roof.", "2. The roof of claim 1."))).startsWith("1. The roof.");
    }
}
