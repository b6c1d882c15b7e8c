package io.patentdesk.inference.aids;

import static org.assertj.core.api.Assertions.assertThat;

import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Fixtures;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.TokenListener;
import io.patentdesk.inference.generate.ContextGuard;
import io.patentdesk.inference.generate.Decoder;
import io.patentdesk.inference.generate.KvCache;
import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.inference.sampling.Sampler;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Context-aware decoding through the engine picks, at every step, the arg-max of {@code (1 + a) * logits(prompt) -
 * a * logits(prompt without the user's text)} (with the plausibility limit), recomputed here from scratch for both
 * sequences without any cache. A repetition penalty keeps the random-weight model from repeating one token.
 */
class ContextContrastDecodingTest {

    private static final int STEPS = 25;
    private static final double ALPHA = 0.5;
    private static final double PLAUSIBILITY = 0.1;

    private static Engine engine;

    @BeforeAll
    static void load() throws ModelException {
        engine = Engine.load(ModelFolder.open(Fixtures.genai()));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    private static GenerationRequest task(Sampling s, double alpha) {
        return GenerationRequest.forTask(engine.folder(), DraftingTask.CLAIMS_TO_ABSTRACT,
                "1. A fastening device comprising a bolt and a nut, wherein the nut has a flange.", 0)
                .withSampling(s).withMaxNewTokens(STEPS).withIgnoreEos(true).withAids(contrast(alpha));
    }

    private static PatentAidSettings contrast(double alpha) {
        return PatentAidSettings.NONE.withContextContrast(alpha).withPlausibility(alpha > 0 ? PLAUSIBILITY : 0);
    }

    @Test
    void eachTokenIsTheArgmaxOfTheContrastedLogits() throws Exception {
        Sampling greedy = Sampling.greedy().withRepetitionPenalty(3);
        GenerationRequest request = task(greedy, ALPHA);
        GenerationResult r = engine.generate(request, TokenListener.none()).await();

        Prompt p = request.prompt();
        int[] head = engine.tokenize(p.head());
        int[] tail = engine.tokenize(p.tail());
        int[] full = concat(head, engine.tokenize(p.body()), tail);
        int[] without = concat(head, new int[0], tail);
        assertThat(r.promptTokens()).isEqualTo(full.length); // no BOS in this model: the same ids as the engine's

        Decoder d = engine.decoder();
        int vocab = d.logits().vocab();
        int[] seq = Arrays.copyOf(full, full.length + STEPS);
        int[] other = Arrays.copyOf(without, without.length + STEPS);
        Sampler chain = Sampler.of(greedy, full.length);
        float[] given = new float[vocab];
        float[] notGiven = new float[vocab];
        int differsFromPlain = 0;
        for (int i = 0; i < STEPS; i++) {
            lastLogits(d, seq, full.length + i, given);
            lastLogits(d, other, without.length + i, notGiven);
            float max = Float.NEGATIVE_INFINITY;
            for (float v : given) {
                max = Math.max(max, v);
            }
            float[] expected = new float[vocab];
            for (int v = 0; v < vocab; v++) {
                double c = (1 + ALPHA) * given[v] - ALPHA * notGiven[v];
                boolean plausible = Math.exp(given[v] - max) >= PLAUSIBILITY;
                expected[v] = (float) (plausible ? c : c - ContextContrast.IMPLAUSIBLE);
            }
            int plain = chain.next(given.clone(), seq, full.length + i);
            int token = chain.next(expected, seq, full.length + i);
            if (plain != token) {
                differsFromPlain++;
            }
            seq[full.length + i] = token;
            other[without.length + i] = token;
        }
        assertThat(r.tokenIds()).containsExactly(Arrays.copyOfRange(seq, full.length, seq.length));
        assertThat(differsFromPlain).as("the contrast changed some choices").isGreaterThan(0);
    }

    @Test
    void aPromptWithoutTemplateIsDecodedAsWithoutContrast() throws Exception {
        GenerationRequest plain = GenerationRequest.of("1. A fastening device comprising a bolt and a nut, wherein")
                .withMaxNewTokens(STEPS).withIgnoreEos(true).withSampling(Sampling.greedy().withRepetitionPenalty(3));
        int[] off = engine.generate(plain, TokenListener.none()).await().tokenIds();
        GenerationRequest on = plain.withAids(contrast(ALPHA));
        assertThat(engine.generate(on, TokenListener.none()).await().tokenIds()).containsExactly(off);
    }

    @Test
    void aSeedRepeatsAContrastedSample() throws Exception {
        Sampling s = Sampling.greedy().withTemperature(0.8).withTopK(40).withSeed(7);
        int[] first = engine.generate(task(s, ALPHA), TokenListener.none()).await().tokenIds();
        assertThat(engine.generate(task(s, ALPHA), TokenListener.none()).await().tokenIds()).containsExactly(first);
        assertThat(engine.generate(task(s, 0), TokenListener.none()).await().tokenIds())
                .isNotEqualTo(first);
    }

    private static void lastLogits(Decoder d, int[] ids, int n, float[] into) throws Exception {
        try (OrtSession.RunOptions ro = new OrtSession.RunOptions(); KvCache cache = d.newCache()) {
            d.prefill(ids, 0, n, cache, ro);
            d.logits().copyRow(d.lastRow(n), into);
        }
    }

    private static int[] concat(int[] a, int[] b, int[] c) {
        return ContextGuard.concat(ContextGuard.concat(a, b), c);
    }
}
