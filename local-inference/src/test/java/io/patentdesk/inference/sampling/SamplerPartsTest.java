package io.patentdesk.inference.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.Sampling;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SamplerPartsTest {

    private static final float NEG = Float.NEGATIVE_INFINITY;

    @Test
    void greedyTakesTheHighestLogitAndTheLowestIndexOnTies() {
        assertThat(TokenChooser.greedy().choose(new float[] {0.1f, 3f, -2f, 3f})).isEqualTo(1);
        assertThat(TokenChooser.argmax(new float[] {-5f, -4f, -6f})).isEqualTo(1);
    }

    @Test
    void temperatureDividesTheLogits() {
        float[] l = {2f, -4f, 1f};
        new Temperature(0.5).apply(l, new int[0], 0);
        assertThat(l).containsExactly(4f, -8f, 2f);
        assertThatThrownBy(() -> new Temperature(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void topKKeepsTheKHighest() {
        float[] l = {1f, 5f, 3f, 4f, 2f};
        new TopK(2).apply(l, new int[0], 0);
        assertThat(l).containsExactly(NEG, 5f, NEG, 4f, NEG);
    }

    @Test
    void minPKeepsTokensAtLeastThatFractionOfTheBest() {
        float[] l = {(float) Math.log(0.5), (float) Math.log(0.3), (float) Math.log(0.15), (float) Math.log(0.05)};
        new MinP(0.25).apply(l, new int[0], 0);
        assertThat(l[0]).isEqualTo((float) Math.log(0.5));
        assertThat(l[2]).isEqualTo((float) Math.log(0.15));
        assertThat(l[3]).isEqualTo(NEG); // 0.05 < 0.25 x 0.5
        assertThatThrownBy(() -> new MinP(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sampling.greedy().withMinP(1)).hasMessageContaining("min-p");
    }

    @Test
    void topKLargerThanTheVocabularyKeepsAll() {
        float[] l = {1f, 2f};
        new TopK(10).apply(l, new int[0], 0);
        assertThat(l).containsExactly(1f, 2f);
    }

    @Test
    void topPKeepsTheSmallestSetReachingP() {
        // probabilities 0.5, 0.25, 0.125, 0.125
        float[] l = {(float) Math.log(4), (float) Math.log(2), 0f, 0f};
        new TopP(0.7).apply(l, new int[0], 0);
        assertThat(l[0]).isFinite();
        assertThat(l[1]).isFinite();
        assertThat(l[2]).isEqualTo(NEG);
        assertThat(l[3]).isEqualTo(NEG);
    }

    @Test
    void topPOverAFlatTailIsExactWhetherOrNotItPrunes() {
        // 8,000 tokens: two likely ones and a long tail too thin to matter (pruned) ...
        float[] l = new float[8000];
        java.util.Arrays.fill(l, -20f);
        l[7] = 5f;
        l[3000] = 4f;
        new TopP(0.9).apply(l, new int[0], 0);
        assertThat(l[7]).isEqualTo(5f);
        assertThat(l[3000]).isEqualTo(4f);
        assertThat(java.util.stream.IntStream.range(0, l.length).filter(i -> l[i] != NEG).count()).isEqualTo(2);
        // ... and a flat distribution where every token is below the pruning threshold: p = 0.5 keeps half.
        float[] flat = new float[200_000];
        new TopP(0.5).apply(flat, new int[0], 0);
        assertThat(java.util.stream.IntStream.range(0, flat.length).filter(i -> flat[i] != NEG).count()).isBetween(99_999L, 100_001L); // rounding of the sum
    }

    @Test
    void topPAlwaysKeepsTheMostLikelyToken() {
        float[] l = {0f, 10f, 0f};
        new TopP(0.01).apply(l, new int[0], 0);
        assertThat(l).containsExactly(NEG, 10f, NEG);
    }

    @Test
    void repetitionPenaltyLowersSeenTokensWhateverTheirSign() {
        float[] l = {2f, -2f, 2f};
        new RepetitionPenalty(2).apply(l, new int[] {0, 1, 0, 1}, 4);
        assertThat(l).containsExactly(1f, -4f, 2f); // each seen token penalised once, unseen token unchanged
    }

    @Test
    void repetitionPenaltyOnlyLooksAtTheGivenLength() {
        float[] l = {2f, 2f};
        new RepetitionPenalty(2).apply(l, new int[] {0, 1}, 1);
        assertThat(l).containsExactly(1f, 2f);
    }

    @Test
    void aSeedRepeatsTheDrawsAndAnotherSeedDoesNot() {
        float[] flat = new float[50];
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        StringBuilder c = new StringBuilder();
        TokenChooser ra = TokenChooser.random(42);
        TokenChooser rb = TokenChooser.random(42);
        TokenChooser rc = TokenChooser.random(43);
        for (int i = 0; i < 20; i++) {
            a.append(ra.choose(flat.clone())).append(',');
            b.append(rb.choose(flat.clone())).append(',');
            c.append(rc.choose(flat.clone())).append(',');
        }
        assertThat(a.toString()).isEqualTo(b.toString()).isNotEqualTo(c.toString());
    }

    @Test
    void randomDrawsFollowTheDistribution() {
        float[] l = {(float) Math.log(3), 0f, NEG}; // 0.75, 0.25, 0
        TokenChooser r = TokenChooser.random(1);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 0; i < 20_000; i++) {
            counts.merge(r.choose(l.clone()), 1, Integer::sum);
        }
        assertThat(counts.get(0) / 20_000.0).isBetween(0.73, 0.77);
        assertThat(counts).doesNotContainKey(2);
    }

    @Test
    void greedySamplingIsPlainArgmaxUnlessPenalised() {
        assertThat(Sampler.of(Sampling.greedy()).isPlainGreedy()).isTrue();
        assertThat(Sampler.of(Sampling.greedy().withRepetitionPenalty(1.2)).isPlainGreedy()).isFalse();
        assertThat(Sampler.of(Sampling.greedy().withTemperature(0.7)).isPlainGreedy()).isFalse();
    }

    @Test
    void theChainAppliesPenaltyBeforeChoosing() {
        Sampler s = Sampler.of(Sampling.greedy().withRepetitionPenalty(10));
        assertThat(s.next(new float[] {5f, 4f}, new int[] {0}, 1)).isEqualTo(1);
    }

    @Test
    void samplingSettingsRejectNonsense() {
        assertThatThrownBy(() -> new Sampling(-1, 0, 1, 1, 0)).hasMessageContaining("temperature");
        assertThatThrownBy(() -> new Sampling(1, 0, 0, 1, 0)).hasMessageContaining("top-p");
        assertThatThrownBy(() -> new Sampling(1, -1, 1, 1, 0)).hasMessageContaining("top-k");
        assertThatThrownBy(() -> new Sampling(1, 0, 1, 0, 0)).hasMessageContaining("penalty");
    }
}
