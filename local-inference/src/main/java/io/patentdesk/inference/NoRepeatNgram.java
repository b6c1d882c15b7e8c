package io.patentdesk.inference;

/**
 * Forbids the token that would repeat an n-gram the model has already generated (Hugging Face's
 * {@code no_repeat_ngram_size}, but over the generated text only: an abstract may quote its claims word for word,
 * yet must not loop over its own phrases, which small models otherwise do).
 */
final class NoRepeatNgram implements LogitsTransform {

    private final int n;
    private final int from;

    /**
     * @param n    the n-gram size (1 bans every token generated so far)
     * @param from the first history index that was generated rather than given as the prompt
     */
    NoRepeatNgram(int n, int from) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more, was " + n);
        }
        this.n = n;
        this.from = Math.max(0, from);
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        int prefix = n - 1;
        // The n-1 tokens just generated; each earlier occurrence of them bans the token that followed it.
        int tail = length - prefix;
        if (tail < from) {
            return;
        }
        for (int start = from; start + prefix < length; start++) {
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
