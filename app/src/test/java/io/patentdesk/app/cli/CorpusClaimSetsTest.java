package io.patentdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusClaimSetsTest {

    @Test
    void claimsWithoutANumberLabelAreNumberedByPosition() {
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
}
