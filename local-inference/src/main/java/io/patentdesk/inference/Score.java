package io.patentdesk.inference;

/**
 * The model's log-probability of a continuation given a prompt.
 *
 * @param logProbability sum of log p(token | everything before it) over the continuation's tokens, in nats
 * @param tokens         number of continuation tokens
 */
public record Score(double logProbability, int tokens) {

    /** Per-token average, which compares continuations of different lengths more fairly. */
    public double meanLogProbability() {
        return tokens == 0 ? 0 : logProbability / tokens;
    }
}
