package io.patentdesk.inference;

/**
 * How the next token is chosen: the standard settings of Hugging Face's {@code generation_config.json} and
 * onnxruntime-genai's {@code search}. Decoding aids that go beyond them travel in the request's opaque
 * {@link io.patentdesk.inference.spi.AidSettings}.
 *
 * @param temperature       0 means greedy (always the most likely token)
 * @param topK              keep only the k most likely tokens; 0 keeps all
 * @param topP              keep the smallest set of tokens whose probability reaches p; 1 keeps all
 * @param repetitionPenalty above 1 makes tokens already in the text less likely (1 = off)
 * @param seed              seed of the random choice, so a sampled generation can be repeated
 * @param noRepeatNgram     n above 0 forbids repeating any n-gram of the generated text (the prompt may be quoted
 *                          as often as it has it); 0 = off
 * @param minP              after top-p, drop tokens less likely than this fraction of the most likely one (0 = off)
 */
public record Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed,
        int noRepeatNgram, double minP) {

    public Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed) {
        this(temperature, topK, topP, repetitionPenalty, seed, 0);
    }

    public Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed, int noRepeatNgram) {
        this(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, 0);
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
        if (!(minP >= 0 && minP < 1)) {
            throw new IllegalArgumentException("min-p must be in [0, 1), was " + minP);
        }
    }

    public static Sampling greedy() {
        return new Sampling(0, 0, 1, 1, 0);
    }

    public boolean isGreedy() {
        return temperature == 0;
    }

    public Sampling withTemperature(double t) {
        return new Sampling(t, topK, topP, repetitionPenalty, seed, noRepeatNgram, minP);
    }

    public Sampling withTopK(int k) {
        return new Sampling(temperature, k, topP, repetitionPenalty, seed, noRepeatNgram, minP);
    }

    public Sampling withTopP(double p) {
        return new Sampling(temperature, topK, p, repetitionPenalty, seed, noRepeatNgram, minP);
    }

    public Sampling withRepetitionPenalty(double penalty) {
        return new Sampling(temperature, topK, topP, penalty, seed, noRepeatNgram, minP);
    }

    public Sampling withSeed(long s) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, s, noRepeatNgram, minP);
    }

    public Sampling withNoRepeatNgram(int n) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, n, minP);
    }

    public Sampling withMinP(double p) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, noRepeatNgram, p);
    }
}
