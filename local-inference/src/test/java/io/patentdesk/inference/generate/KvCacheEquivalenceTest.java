package io.patentdesk.inference.generate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.inference.sampling.Sampler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Greedy decoding through the KV cache picks exactly the tokens a full recompute of the sequence picks, with logits
 * equal to float rounding. A random-weight model tends to repeat one token under plain arg-max, so the greedy choice
 * here carries a repetition penalty (still deterministic) to make the 50 steps visit varied tokens and positions.
 */
class KvCacheEquivalenceTest {

    private static final int STEPS = 50;

    /**
     * Every layout the engine reads, as the project's exporter writes it (onnx-models/training/patentgpt), and a
     * mixture-of-experts model (tiny-moe: each step routes its tokens to 2 of 4 experts).
     */
    static final String[] LAYOUTS = {"tiny-genai", "tiny-optimum", "tiny-merged", "tiny-external", "tiny-genai-fp16",
        "tiny-combined", "tiny-int32", "tiny-bf16", "tiny-gqa", "tiny-gqa-int4", "tiny-gqa-seqlens", "tiny-moe"};

    static String[] layouts() {
        return LAYOUTS;
    }

    /**
     * How far two runs' logits may differ: float32 rounding, or one step of the 16-bit type the graph gives its
     * logits in (the cached path also reads a cache rounded to that type, which recomputation does not).
     */
    private static float rounding(Engine engine) {
        return switch (engine.info().cacheType()) {
            case "float16" -> 2e-3f;
            case "bfloat16" -> 1.6e-2f;
            default -> 1e-4f;
        };
    }

    @ParameterizedTest
    @MethodSource("layouts")
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
            assertThat(maxDiff).isLessThan(rounding(engine));
            assertThat(Arrays.stream(withCache, prompt.length, withCache.length).distinct().count()).isGreaterThan(10);
        }
    }

    /**
     * A prompt prefilled a few tokens per run (as a long prompt is, so a run's activations and logits stay bounded)
     * leaves the same cache as one run over it all: the next greedy steps and their logits agree.
     */
    @ParameterizedTest
    @MethodSource("layouts")
    void aPromptPrefilledInChunksDecodesAsOnePass(String model) throws Exception {
        try (Engine engine = Engine.load(ModelFolder.open(Fixtures.model(model)));
                Decoder chunked = engine.decoder().withMaxChunk(5)) {
            Decoder whole = engine.decoder();
            int[] prompt = engine.tokenize("1. A fastening device comprising a bolt, a nut and a washer, wherein the "
                    + "bolt is at most 5 mm long and the washer is between the nut and the housing.");
            assertThat(prompt.length).isGreaterThan(4 * chunked.maxChunk());
            int vocab = whole.logits().vocab();
            Sampler greedy = Sampler.of(Sampling.greedy().withRepetitionPenalty(3));
            int[][] tokens = {Arrays.copyOf(prompt, prompt.length + 10), Arrays.copyOf(prompt, prompt.length + 10)};
            float[][] rows = new float[2][vocab];
            float maxDiff = 0;
            try (OrtSession.RunOptions ro = new OrtSession.RunOptions(); KvCache a = whole.newCache();
                    KvCache b = chunked.newCache()) {
                whole.prefill(tokens[0], 0, prompt.length, a, ro);
                chunked.prefill(tokens[1], 0, prompt.length, b, ro);
                for (int i = 0; i < 10; i++) {
                    int n = prompt.length + i;
                    if (i > 0) {
                        whole.forward(tokens[0], n - 1, n, a, ro);
                        chunked.forward(tokens[1], n - 1, n, b, ro);
                    }
                    whole.logits().copyRow(i == 0 ? whole.lastRow(n) : 0, rows[0]);
                    chunked.logits().copyRow(i == 0 ? chunked.lastRow(n) : 0, rows[1]);
                    for (int v = 0; v < vocab; v++) {
                        maxDiff = Math.max(maxDiff, Math.abs(rows[0][v] - rows[1][v]));
                    }
                    tokens[0][n] = greedy.next(rows[0], tokens[0], n);
                    tokens[1][n] = greedy.next(rows[1], tokens[1], n);
                }
            }
            assertThat(tokens[1]).containsExactly(tokens[0]);
            assertThat(maxDiff).isLessThan(rounding(engine));
        }
    }

    /**
     * The GroupQueryAttention fixtures exported for a shared past/present buffer run with one (so the tests above
     * decode through it, growing it from 32 positions past 64), the one without keeps the growing cache, and a graph
     * that appends to its past never shares, whatever its genai_config says.
     */
    @Test
    void sharedKvBuffersWhereTheExportAndTheGraphAllowThem() throws Exception {
        try (Engine shared = Engine.load(ModelFolder.open(Fixtures.model("tiny-gqa")));
                Engine int4 = Engine.load(ModelFolder.open(Fixtures.model("tiny-gqa-int4")));
                Engine growing = Engine.load(ModelFolder.open(Fixtures.model("tiny-gqa-seqlens")))) {
            assertThat(shared.decoder().sharesKvBuffers()).isTrue();
            assertThat(int4.decoder().sharesKvBuffers()).isTrue();
            assertThat(growing.decoder().sharesKvBuffers()).isFalse();
        }
        assertThat(SharedKvBuffers.MIN_CAPACITY).isLessThan(64);
    }

    @Test
    void aGraphThatAppendsToItsPastNeverSharesItsBuffer(@TempDir Path tmp) throws Exception {
        Path dir = Fixtures.copy(Fixtures.genai(), tmp.resolve("m"));
        Path config = dir.resolve("genai_config.json");
        Files.writeString(config, Files.readString(config)
                .replace("\"past_present_share_buffer\": false", "\"past_present_share_buffer\": true"));
        ModelFolder folder = ModelFolder.open(dir);
        assertThat(folder.sharesKvBuffer()).isTrue();
        try (Engine engine = Engine.load(folder)) {
            assertThat(engine.decoder().sharesKvBuffers()).isFalse();
        }
    }
}
