package io.patentdesk.inference;

/**
 * How surprised the model is by a text.
 *
 * @param negativeLogLikelihood sum of -log p(token | preceding tokens) over the scored tokens, in nats
 * @param tokens                number of scored tokens
 */
public record Perplexity(double negativeLogLikelihood, long tokens) {

    public double perplexity() {
        return tokens == 0 ? Double.NaN : Math.exp(negativeLogLikelihood / tokens);
    }

    /** Pools two measurements as if their texts had been scored together (per-token average over both). */
    public Perplexity plus(Perplexity other) {
        return new Perplexity(negativeLogLikelihood + other.negativeLogLikelihood, tokens + other.tokens);
    }

    public static Perplexity none() {
        return new Perplexity(0, 0);
    }
}
