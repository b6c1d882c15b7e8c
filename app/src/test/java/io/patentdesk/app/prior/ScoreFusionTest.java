package io.patentdesk.app.prior;

import static io.patentdesk.app.prior.ScoreFusion.Combination.MNZ;
import static io.patentdesk.app.prior.ScoreFusion.Combination.SUM;
import static io.patentdesk.app.prior.ScoreFusion.Normalization.MIN_MAX;
import static io.patentdesk.app.prior.ScoreFusion.Normalization.Z_SCORE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScoreFusionTest {
    /** Passage, score pairs as a ranking, best first. */
    private static List<ScoredPassage> ranking(double... passageScorePairs) {
        List<ScoredPassage> out = new ArrayList<>();
        for (int i = 0; i < passageScorePairs.length; i += 2) {
            out.add(new ScoredPassage((int) passageScorePairs[i], passageScorePairs[i + 1]));
        }
        return out;
    }

    /**
     * Each row: setting, BM25 ranking, dense ranking, then the fused passages and their scores, worked out by hand
     * (min-max: first 1, last 0, absent 0; z-score: absent as the ranking's last).
     */
    static Stream<Arguments> table() {
        // BM25 10 / 6 / 2 → 1, 0.5, 0; dense 0.8 / 0.6 / 0.4 → 1, 0.5, 0.
        List<ScoredPassage> lex = ranking(1, 10, 2, 6, 3, 2);
        List<ScoredPassage> sem = ranking(2, 0.8, 4, 0.6, 1, 0.4);
        return Stream.of(
                Arguments.of("equal weights: BM25's second, dense's first wins",
                        new ScoreFusion.Setting(MIN_MAX, SUM, 0.5), lex, sem,
                        List.of(2, 1, 4, 3), new double[] {0.75, 0.5, 0.25, 0}),
                Arguments.of("BM25 weighted 0.9: its order stands, dense orders what BM25 left out",
                        new ScoreFusion.Setting(MIN_MAX, SUM, 0.9), lex, sem,
                        List.of(1, 2, 4, 3), new double[] {0.9, 0.55, 0.05, 0}),
                Arguments.of("weight 0: dense alone, BM25-only passages last",
                        new ScoreFusion.Setting(MIN_MAX, SUM, 0.0), lex, sem,
                        List.of(2, 4, 1, 3), new double[] {1, 0.5, 0, 0}),
                Arguments.of("score gaps count: a BM25 near tie is decided by dense even at weight 0.7",
                        new ScoreFusion.Setting(MIN_MAX, SUM, 0.7), ranking(1, 20, 2, 19.8, 3, 10),
                        ranking(2, 0.9, 3, 0.8, 1, 0.5),
                        List.of(2, 1, 3), new double[] {0.7 * 0.98 + 0.3, 0.7, 0.3 * 0.75}),
                Arguments.of("CombSUM: one passage first in each ranking ties with one second in both",
                        new ScoreFusion.Setting(MIN_MAX, SUM, 0.5), ranking(1, 10, 2, 5, 3, 0),
                        ranking(4, 1, 2, 0.5, 5, 0),
                        List.of(1, 2, 4, 3, 5), new double[] {0.5, 0.5, 0.5, 0, 0}),
                Arguments.of("CombMNZ: the passage both rankings hold wins the same tie",
                        new ScoreFusion.Setting(MIN_MAX, MNZ, 0.5), ranking(1, 10, 2, 5, 3, 0),
                        ranking(4, 1, 2, 0.5, 5, 0),
                        List.of(2, 1, 4, 3, 5), new double[] {1.0, 0.5, 0.5, 0, 0}),
                Arguments.of("z-score: mean 0, unit deviation; a passage left out counts as the ranking's last",
                        new ScoreFusion.Setting(Z_SCORE, SUM, 0.5), ranking(1, 3, 2, 2, 3, 1),
                        ranking(3, 0.9, 4, 0.1),
                        List.of(1, 3, 2, 4), new double[] {(Math.sqrt(1.5) - 1) / 2, (1 - Math.sqrt(1.5)) / 2,
                                -0.5, (-Math.sqrt(1.5) - 1) / 2}),
                Arguments.of("a ranking of one passage gives it 1, not a division by zero",
                        new ScoreFusion.Setting(MIN_MAX, SUM, 0.6), ranking(7, 3.2), ranking(8, 0.5, 7, 0.4),
                        List.of(7, 8), new double[] {0.6, 0.4}),
                Arguments.of("z-score of equal scores: 1 as well, absent 0; dense's z-scores are ±1",
                        new ScoreFusion.Setting(Z_SCORE, SUM, 0.6), ranking(7, 3.2, 9, 3.2), ranking(8, 0.5, 7, 0.4),
                        List.of(8, 7, 9), new double[] {0.4, 0.6 - 0.4, 0.6 - 0.4}),
                Arguments.of("one ranking alone keeps its order",
                        new ScoreFusion.Setting(MIN_MAX, SUM, 0.5), ranking(4, 9, 2, 3, 6, 1), List.of(),
                        List.of(4, 2, 6), new double[] {0.5, 0.125, 0}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void fusesAsWorkedOutByHand(String why, ScoreFusion.Setting setting, List<ScoredPassage> lexical,
            List<ScoredPassage> semantic, List<Integer> passages, double[] scores) {
        List<ScoredPassage> fused = setting.fuse(lexical, semantic);
        assertThat(fused).extracting(ScoredPassage::passage).containsExactlyElementsOf(passages);
        for (int i = 0; i < scores.length; i++) {
            assertThat(fused.get(i).score()).as("score of passage %d", passages.get(i)).isCloseTo(scores[i], within(1e-9));
        }
    }

    @Test
    void unusableSettingsAreRefused() {
        assertThatThrownBy(() -> new ScoreFusion.Setting(MIN_MAX, SUM, -0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreFusion.Setting(MIN_MAX, SUM, 1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreFusion.Setting(MIN_MAX, SUM, Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScoreFusion.Setting(Z_SCORE, MNZ, 0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rankFusionThroughTheSameInterfaceLooksAtOrdersOnly() {
        // Scores that would reverse the order under score fusion change nothing for rank fusion.
        List<ScoredPassage> lexical = ranking(7, 100, 3, 99.9, 9, 1);
        List<ScoredPassage> semantic = ranking(3, 0.9, 7, 0.1, 5, 0.05);
        assertThat(RankFusion.TUNED.fuse(lexical, semantic))
                .isEqualTo(RankFusion.fuse(RankFusion.TUNED, List.of(7, 3, 9), List.of(3, 7, 5)));
        assertThat(new ScoreFusion.Setting(MIN_MAX, SUM, 0.5).fuse(lexical, semantic)).first()
                .extracting(ScoredPassage::passage).isEqualTo(3);
    }
}
