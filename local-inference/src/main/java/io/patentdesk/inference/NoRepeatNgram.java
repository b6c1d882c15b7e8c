package io.patentdesk.inference;

/**
 * Forbids the token that would repeat an n-gram the model has already generated (Hugging Face's
 * {@code no_repeat_ngram_size}, but over the generated text only: an abstract may quote its claims word for word,
 * yet must not loop over its own phrases, which small models otherwise do). With a window, only the n-grams among
 * the last {@code window} tokens count: {@link #near(int, int)} stops tight loops ("a layer, a layer and a layer")
 * while a term may still come back a sentence later, as patent text needs.
 */
final class NoRepeatNgram implements LogitsTransform {

    /** The n-gram size of the near-repeat ban: three tokens, about a two-word phrase. */
    static final int NEAR_N = 3;

    private final int n;
    private final int from;
    private final int window;

    /**
     * @param n    the n-gram size (1 bans every token generated so far)
     * @param from the first history index that was generated rather than given as the prompt
     */
    NoRepeatNgram(int n, int from) {
        this(n, from, 0);
    }

    private NoRepeatNgram(int n, int from, int window) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more, was " + n);
        }
        if (window < 0) {
            throw new IllegalArgumentException("window must be 0 (all) or more, was " + window);
        }
        this.n = n;
        this.from = Math.max(0, from);
        this.window = window;
    }

    /** No {@value #NEAR_N}-gram of the last {@code window} generated tokens repeats. */
    static NoRepeatNgram near(int window, int from) {
        if (window < NEAR_N) {
            throw new IllegalArgumentException("window must be " + NEAR_N + " or more, was " + window);
        }
        return new NoRepeatNgram(NEAR_N, from, window);
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        int prefix = n - 1;
        // The n-1 tokens just generated; each earlier occurrence of them bans the token that followed it.
        int tail = length - prefix;
        int first = window > 0 ? Math.max(from, length - window) : from;
        if (tail < first) {
            return;
        }
        for (int start = first; start + prefix < length; start++) {
            if (matches(history, start, tail, prefix)) {
                int banned = history[start + prefix];
                if (banned >= 0 && banned < logits.length) {
                    logits[banned] = Float.NEGATIVE_INFINITY;
                }
            }
        }
    }

    private static boolean matches(int[] h, int a, int b, int count) {
        for (int i = 0; i < count; i++) {
            if (h[a + i] != h[b + i]) {
                return false;
            }
        }
        return true;
    }
}
