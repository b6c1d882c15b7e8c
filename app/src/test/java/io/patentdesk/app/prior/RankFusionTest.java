package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    @Test
    void equalWeightsLetAPassageBothRankingsPlaceHighWinOverOneOnlyOneRankingPlacesFirst() {
        List<ScoredPassage> fused = RankFusion.fuse(RankFusion.EQUAL, List.of(7, 3, 9), List.of(3, 5, 7));
        assertThat(fused).extracting(ScoredPassage::passage).containsExactly(3, 7, 5, 9);
        assertThat(fused.get(0).score()).isEqualTo(1.0 / 62 + 1.0 / 61);
    }

    @Test
    void theProductKeepsBm25sFirstPassageFirstWhenDenseOnlyMildlyPrefersAnother() {
        // BM25: 7 then 3; dense: 3 then 7. Equal weights tie them (3 wins on passage order); BM25's weight breaks it.
        List<Integer> lexical = List.of(7, 3, 9);
        List<Integer> semantic = List.of(3, 7, 5);
        assertThat(RankFusion.fuse(RankFusion.EQUAL, lexical, semantic)).first()
                .extracting(ScoredPassage::passage).isEqualTo(3);
        assertThat(RankFusion.fuse(lexical, semantic)).extracting(ScoredPassage::passage)
                .containsExactly(7, 3, 9, 5);
    }

    @Test
    void denseStillLiftsAPassageBm25RanksLowAboveOneOnlyBm25Found() {
        // Passage 5 is BM25's 4th and dense's 1st; passage 8 is BM25's 2nd and nowhere in dense's top.
        List<Integer> lexical = List.of(1, 8, 2, 5);
        List<Integer> semantic = List.of(5, 1, 9);
        List<ScoredPassage> fused = RankFusion.fuse(lexical, semantic);
        assertThat(fused).extracting(ScoredPassage::passage).containsExactly(1, 5, 8, 2, 9);
        double w = RankFusion.TUNED.lexicalWeight();
        int k = RankFusion.TUNED.k();
        assertThat(fused.get(1).score()).isEqualTo(w / (k + 4) + 1.0 / (k + 1));
    }

    @Test
    void oneRankingAloneKeepsItsOwnOrder() {
        assertThat(RankFusion.fuse(List.of(4, 2, 6), List.of())).extracting(ScoredPassage::passage)
                .containsExactly(4, 2, 6);
        assertThat(RankFusion.fuse(List.of(), List.of(6, 4))).extracting(ScoredPassage::passage)
                .containsExactly(6, 4);
        assertThat(RankFusion.fuse(RankFusion.EQUAL, List.of(4), List.of())).extracting(ScoredPassage::score)
                .containsExactly(1.0 / 61);
    }

    @Test
    void aSmallKLetsAFirstPlaceOutweighFourthPlacesInBoth() {
        // Passage 2 is fourth in both rankings; 1 and 3 are first in one each. k = 60: 2/64 > 1/61; k = 1: 2/5 < 1/2.
        List<Integer> lexical = List.of(1, 4, 6, 2);
        List<Integer> semantic = List.of(3, 5, 7, 2);
        assertThat(RankFusion.fuse(new RankFusion.Weights(60, 1.0), lexical, semantic)).first()
                .extracting(ScoredPassage::passage).isEqualTo(2);
        assertThat(RankFusion.fuse(new RankFusion.Weights(1, 1.0), lexical, semantic))
                .extracting(ScoredPassage::passage).startsWith(1, 3, 2);
    }

    @Test
    void weightsMustBeUsable() {
        assertThatThrownBy(() -> new RankFusion.Weights(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankFusion.Weights(60, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RankFusion.Weights(60, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
