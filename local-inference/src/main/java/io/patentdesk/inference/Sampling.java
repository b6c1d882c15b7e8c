package io.patentdesk.inference;

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
 */
public record Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed, int noRepeatNgram) {

    public Sampling(double temperature, int topK, double topP, double repetitionPenalty, long seed) {
        this(temperature, topK, topP, repetitionPenalty, seed, 0);
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
    }

    public static Sampling greedy() {
        return new Sampling(0, 0, 1, 1, 0);
    }

    public boolean isGreedy() {
        return temperature == 0;
    }

    public Sampling withTemperature(double t) {
        return new Sampling(t, topK, topP, repetitionPenalty, seed, noRepeatNgram);
    }

    public Sampling withTopK(int k) {
        return new Sampling(temperature, k, topP, repetitionPenalty, seed, noRepeatNgram);
    }

    public Sampling withTopP(double p) {
        return new Sampling(temperature, topK, p, repetitionPenalty, seed, noRepeatNgram);
    }

    public Sampling withRepetitionPenalty(double penalty) {
        return new Sampling(temperature, topK, topP, penalty, seed, noRepeatNgram);
    }

    public Sampling withSeed(long s) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, s, noRepeatNgram);
    }

    public Sampling withNoRepeatNgram(int n) {
        return new Sampling(temperature, topK, topP, repetitionPenalty, seed, n);
    }
}
