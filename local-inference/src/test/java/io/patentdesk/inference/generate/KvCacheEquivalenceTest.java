package io.patentdesk.inference.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.inference.sampling.Sampler;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Greedy decoding through the KV cache picks exactly the tokens a full recompute of the sequence picks, with logits
 * equal to float rounding. A random-weight model tends to repeat one token under plain arg-max, so the greedy choice
 * here carries a repetition penalty (still deterministic) to make the 50 steps visit varied tokens and positions.
 */
class KvCacheEquivalenceTest {

    private static final int STEPS = 50;

    @ParameterizedTest
    @ValueSource(strings = {"tiny-genai", "tiny-optimum", "tiny-merged"})
    void fiftyGreedyStepsWithTheCacheEqualFullRecomputation(String model) throws Exception {
        try (Engine engine = Engine.load(ModelFolder.open(Fixtures.model(model)))) {
            Decoder d = engine.decoder();
            int vocab = d.logits().vocab();
            int[] prompt = engine.tokenize("1. A fastening device comprising a bolt ≤ 5 mm, wherein");
            int[] withCache = Arrays.copyOf(prompt, prompt.length + STEPS);
            int[] recomputed = Arrays.copyOf(prompt, prompt.length + STEPS);
            float[][] cachedLogits = new float[STEPS][vocab];
            Sampler greedy = Sampler.of(Sampling.greedy().withRepetitionPenalty(3));
            try (OrtSession.RunOptions ro = new OrtSession.RunOptions(); KvCache cache = d.newCache()) {
                d.prefill(withCache, 0, prompt.length, cache, ro);
                for (int i = 0; i < STEPS; i++) {
                    int n = prompt.length + i;
                    if (i > 0) {
                        d.forward(withCache, n - 1, n, cache, ro);
                    }
                    d.logits().copyRow(i == 0 ? d.lastRow(n) : 0, cachedLogits[i]);
                    withCache[n] = greedy.next(cachedLogits[i].clone(), withCache, n);
                    assertThat(cache.length()).isEqualTo(n);
                }
            }
            float maxDiff = 0;
            float[] row = new float[vocab];
            for (int i = 0; i < STEPS; i++) {
                int n = prompt.length + i;
                try (OrtSession.RunOptions ro = new OrtSession.RunOptions(); KvCache fresh = d.newCache()) {
                    d.prefill(recomputed, 0, n, fresh, ro); // no cache: the whole sequence every step
                    d.logits().copyRow(d.lastRow(n), row);
                }
                for (int v = 0; v < vocab; v++) {
                    maxDiff = Math.max(maxDiff, Math.abs(row[v] - cachedLogits[i][v]));
                }
                recomputed[n] = greedy.next(row, recomputed, n);
            }
            assertThat(withCache).containsExactly(recomputed);
            assertThat(maxDiff).isLessThan(1e-3f);
            assertThat(Arrays.stream(withCache, prompt.length, withCache.length).distinct().count()).isGreaterThan(10);
        }
    }
}
