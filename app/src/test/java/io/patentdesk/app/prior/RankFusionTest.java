package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankFusionTest {
    @Test
    void aPassageBothRankingsPlaceHighWinsOverOneOnlyOneRankingPlacesFirst() {
        List<RankFusion.Fused> fused = RankFusion.fuse(List.of(7, 3, 9), List.of(3, 5, 7));
        assertThat(fused).extracting(RankFusion.Fused::passage).containsExactly(3, 7, 5, 9);
        assertThat(fused.get(0).score()).isEqualTo(1.0 / 62 + 1.0 / 61);
        assertThat(RankFusion.fuse(List.of(4), List.of())).extracting(RankFusion.Fused::score).containsExactly(1.0 / 61);
    }
}
