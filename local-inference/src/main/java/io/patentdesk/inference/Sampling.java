package io.patentdesk.inference;

import io.patentdesk.inference.aids.ContextContrast;
import io.patentdesk.inference.aids.InputCopy;
import io.patentdesk.inference.sampling.NoRepeatNgram;
/**
 * How the next token is chosen.
 *
 * @param temperature       0 means greedy (always the most likely token)
 * @param topK              keep only the k most likely tokens; 0 keeps all
 * @param topP              keep the smallest set of tokens whose probability reaches p; 1 keeps all
 * @param repetitionPenalty above 1 makes tokens already in the text less likely (1 = off)
 * @param seed              seed of the random choice, so a sampled generation can be repeated
 * @param noRepeatNgram     n above 0 forbids repeating any n-gram of the generated text (the prompt may be quoted
 *                          freely); 0 = off. Small models loop without it.
 * @param contextContrast   alpha of context-aware decoding ({@link ContextContrast}): above 0, each step also asks
 *                          the model what it would say without the user's text and leans away from that by alpha,
 *                          so the draft follows the input rather than the model's habits (0 = off; prompts from a
 *                          template only, since only they say which part is the user's)
 * @param plausibility      with context contrast, tokens whose probability given the input is below this fraction of
 *                          the most likely token's are only chosen when nothing else is allowed (0 = no limit)
 * @param minP              after top-p, drop tokens less likely than this fraction of the most likely one (0 = off)
 * @param nearRepeatWindow  3 or more: no 3-token phrase among the last this many generated tokens repeats (tight
 *                          loops such as "a layer, a layer and a layer"); 0 = off
 * @param copyBoost         above 0, a token that continues in the prompt the last two generated tokens gets this
 *                          added to its logit ({@link InputCopy}), so a draft follows its input's wording; 0 = off
 * @param inputWordBoost    above 0, each token of the prompt that begins a word gets this added to its logit
 *                          ({@link InputWords}), so a draft keeps to its input's terms; 0 = off
 */
public record Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed,
        int noRepeatNgram, double contextContrast, double plausibility, double minP, int nearRepeatWindow,
        double copyBoost, double inputWordBoost) {

    /** The limit used when contrast is asked for without naming one: contrastive decoding's usual 0.1. */
    public static final double DEFAULT_PLAUSIBILITY = 0.1;

    public Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed) {
        this(temperature, topK, topP, repetitionPenalty, seed, 0);
    }

    public Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed, int noRepeatNgram) {
        this(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, 0, 0, 0, 0, 0);
    }

    public Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed, int noRepeatNgram,
            double contextContrast, double plausibility, double minP, int nearRepeatWindow, double copyBoost) {
        this(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast, plausibility, minP,
                nearRepeatWindow, copyBoost, 0);
    }

    public Sampling {
        if (!(temperature >= 0) || Double.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be 0 or more, was " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("top-k must be 0 or more, was " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("top-p must be in (0, 1], was " + topP);
        }
        if (!(repetitionPenalty > 0) || Double.isInfinite(repetitionPenalty)) {
            throw new IllegalArgumentException("repetition penalty must be above 0, was " + repetitionPenalty);
        }
        if (noRepeatNgram < 0) {
            throw new IllegalArgumentException("no-repeat n-gram size must be 0 or more, was " + noRepeatNgram);
        }
        if (!(contextContrast >= 0 && contextContrast <= ContextContrast.MAX_ALPHA)) {
            throw new IllegalArgumentException("context contrast must be in [0, " + (int) ContextContrast.MAX_ALPHA
                    + "], was " + contextContrast);
        }
        if (!(plausibility >= 0 && plausibility < 1)) {
            throw new IllegalArgumentException("plausibility must be in [0, 1), was " + plausibility);
        }
        if (!(minP >= 0 && minP < 1)) {
            throw new IllegalArgumentException("min-p must be in [0, 1), was " + minP);
        }
        if (nearRepeatWindow < 0 || (nearRepeatWindow > 0 && nearRepeatWindow < NoRepeatNgram.NEAR_N)) {
            throw new IllegalArgumentException("near-repeat window must be 0 (off) or at least " + NoRepeatNgram.NEAR_N
                    + " tokens, was " + nearRepeatWindow);
        }
        if (!(copyBoost >= 0 && copyBoost <= InputCopy.MAX_BOOST)) {
            throw new IllegalArgumentException("copy boost must be in [0, " + (int) InputCopy.MAX_BOOST + "], was "
                    + copyBoost);
        }
        if (!(inputWordBoost >= 0 && inputWordBoost <= InputCopy.MAX_BOOST)) {
            throw new IllegalArgumentException("input-word boost must be in [0, " + (int) InputCopy.MAX_BOOST
                    + "], was " + inputWordBoost);
        }
    }

    public static Sampling greedy() {
        return new Sampling(0, 0, 1, 1, 0);
    }

    public boolean isGreedy() {
        return temperature == 0;
    }

    public Sampling withTemperature(double t) {
        return new Sampling(t, topK, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast, plausibility,
                minP, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withTopK(int k) {
        return new Sampling(temperature, k, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast,
                plausibility, minP, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withTopP(double p) {
        return new Sampling(temperature, topK, p, repetitionPenalty, seed, noRepeatNgram, contextContrast,
                plausibility, minP, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withRepetitionPenalty(double penalty) {
        return new Sampling(temperature, topK, topP, penalty, seed, noRepeatNgram, contextContrast, plausibility,
                minP, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withSeed(long s) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, s, noRepeatNgram, contextContrast,
                plausibility, minP, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withNoRepeatNgram(int n) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, n, contextContrast, plausibility, minP,
                nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withContextContrast(double alpha) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, alpha, plausibility,
                minP, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withPlausibility(double beta) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast, beta,
                minP, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withMinP(double p) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast,
                plausibility, p, nearRepeatWindow, copyBoost, inputWordBoost);
    }

    public Sampling withNearRepeatWindow(int tokens) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast,
                plausibility, minP, tokens, copyBoost, inputWordBoost);
    }

    public Sampling withCopyBoost(double boost) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast,
                plausibility, minP, nearRepeatWindow, boost, inputWordBoost);
    }

    public Sampling withInputWordBoost(double boost) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, contextContrast,
                plausibility, minP, nearRepeatWindow, copyBoost, boost);
    }
}
