package io.patentdesk.inference.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.inference.Sampling;
import org.junit.jupiter.api.Test;

class NoRepeatNgramTest {

    private static final float NEG = Float.NEGATIVE_INFINITY;

    private static float[] flat(int vocab) {
        float[] l = new float[vocab];
        java.util.Arrays.fill(l, 1f);
        return l;
    }

    @Test
    void bansTheTokenThatWouldRepeatAGeneratedTrigram() {
        // generated: 1 2 3 4 1 2 -> "1 2 3" exists, so 3 may not follow "1 2" again
        int[] h = {1, 2, 3, 4, 1, 2};
        float[] l = flat(6);
        new NoRepeatNgram(3, 0).apply(l, h, h.length);
        assertThat(l).containsExactly(1f, 1f, 1f, NEG, 1f, 1f);
    }

    @Test
    void aNearRepeatIsBannedButThePhraseMayComeBackOutsideTheWindow() {
        // generated: 1 2 3 9 8 7 6 1 2 -> "1 2 3" starts 9 tokens before the end
        int[] h = {1, 2, 3, 9, 8, 7, 6, 1, 2};
        float[] near = flat(10);
        NoRepeatNgram.near(9, 0).apply(near, h, h.length);
        assertThat(near[3]).isEqualTo(NEG);
        float[] far = flat(10);
        NoRepeatNgram.near(6, 0).apply(far, h, h.length);
        assertThat(far[3]).isEqualTo(1f);
        // The window never reaches into the prompt.
        float[] quoted = flat(10);
        NoRepeatNgram.near(9, 3).apply(quoted, h, h.length);
        assertThat(quoted[3]).isEqualTo(1f);
        assertThatThrownBy(() -> NoRepeatNgram.near(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NoRepeatNgram.near(2, 0)).hasMessageContaining("3 or more");
    }

    @Test
    void everyEarlierOccurrenceBansItsFollower() {
        int[] h = {7, 1, 7, 2, 7};
        float[] l = flat(8);
        new NoRepeatNgram(2, 0).apply(l, h, h.length);
        assertThat(l[1]).isEqualTo(NEG);
        assertThat(l[2]).isEqualTo(NEG);
        assertThat(l[7]).isEqualTo(1f);
    }

    @Test
    void thePromptMayBeQuoted() {
        // prompt: 1 2 3 | generated: 1 2 -> repeating the prompt's trigram is allowed
        int[] h = {1, 2, 3, 1, 2};
        float[] l = flat(4);
        new NoRepeatNgram(3, 3).apply(l, h, h.length);
        assertThat(l).containsOnly(1f);
        // ...but once the model has generated it, not a second time
        int[] h2 = {9, 1, 2, 3, 1, 2};
        float[] l2 = flat(10);
        new NoRepeatNgram(3, 1).apply(l2, h2, h2.length);
        assertThat(l2[3]).isEqualTo(NEG);
    }

    @Test
    void aPhraseOfThePromptMayOccurAsOftenAsThePromptHasIt() {
        // The same cases as the pipeline's test_sampling.py. Prompt 1 2 3 4 1 2 3 4 has "1 2 3 4" twice.
        int[] once = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3};
        float[] l = flat(6);
        new NoRepeatNgram(4, 8).apply(l, once, once.length); // generated once so far: a second time is allowed
        assertThat(l).containsOnly(1f);
        int[] twice = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3};
        float[] l2 = flat(6);
        new NoRepeatNgram(4, 8).apply(l2, twice, twice.length); // a third time would be more than the prompt has
        assertThat(l2[4]).isEqualTo(NEG);
        // A prompt that has it once: quoted once, never looped.
        int[] quotedOnce = {1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3};
        float[] l3 = flat(6);
        new NoRepeatNgram(4, 4).apply(l3, quotedOnce, quotedOnce.length);
        assertThat(l3[4]).isEqualTo(NEG);
        // The near-repeat ban ignores the prompt: a tight loop stays banned, quoted or not.
        float[] near = flat(6);
        NoRepeatNgram.near(20, 8).apply(near, once, once.length);
        assertThat(near[4]).isEqualTo(NEG);
    }

    @Test
    void onlyTheGivenLengthCounts() {
        int[] h = {1, 2, 3, 1, 2, 0, 0, 0};
        float[] l = flat(4);
        new NoRepeatNgram(3, 0).apply(l, h, 5);
        assertThat(l[3]).isEqualTo(NEG);
        float[] l2 = flat(4);
        new NoRepeatNgram(3, 0).apply(l2, h, 4);
        assertThat(l2).containsOnly(1f);
    }

    @Test
    void unigramBansEverythingGenerated() {
        int[] h = {5, 0, 2};
        float[] l = flat(6);
        new NoRepeatNgram(1, 1).apply(l, h, h.length);
        assertThat(l).containsExactly(NEG, 1f, NEG, 1f, 1f, 1f);
        assertThatThrownBy(() -> new NoRepeatNgram(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sampling(1, 0, 1, 1, 0, -1)).hasMessageContaining("n-gram");
    }

    @Test
    void greedyWithNoRepeatIsNotPlainArgmax() {
        assertThat(Sampler.of(Sampling.greedy().withNoRepeatNgram(3), 2).isPlainGreedy()).isFalse();
        assertThat(Sampler.of(Sampling.greedy(), 2).isPlainGreedy()).isTrue();
    }
}
