package io.patentdesk.inference.sampling;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Forbids the token that would repeat an n-gram the model has already generated (Hugging Face's
 * {@code no_repeat_ngram_size}, but over the generated text only, and capped at the prompt: an n-gram may occur in
 * the draft as many times as the prompt has it, at least once). So a claim term the input uses five times ("the
 * in-vehicle device") may be restated five times word for word, where a plain ban made the model spell it
 * "in-fhicle", while a clause quoted once cannot loop and the model's own phrases cannot repeat at all. With a
 * window, only the n-grams among the last {@code window} tokens count: {@link #near(int, int)} stops tight loops ("a
 * layer, a layer and a layer") while a term may still come back a sentence later, as patent text needs. The near ban
 * is not capped at the prompt: measured on validation drafts, the cap there let loops of the input's terms back
 * (near repeats 0.66 % -> 2.45 %) for next to no fewer garbled words.
 */
public final class NoRepeatNgram implements LogitsTransform {

    /** The n-gram size of the near-repeat ban: three tokens, about a two-word phrase. */
    public static final int NEAR_N = 3;

    private final int n;
    private final int from;
    private final int window;
    private final boolean capAtPrompt;
    private Map<Gram, Integer> promptCounts;

    /**
     * @param n    the n-gram size (1 bans every token generated so far, unless the prompt has it as often)
     * @param from the first history index that was generated rather than given as the prompt
     */
    NoRepeatNgram(int n, int from) {
        this(n, from, 0, true);
    }

    private NoRepeatNgram(int n, int from, int window, boolean capAtPrompt) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be 1 or more, was " + n);
        }
        if (window < 0) {
            throw new IllegalArgumentException("window must be 0 (all) or more, was " + window);
        }
        this.n = n;
        this.from = Math.max(0, from);
        this.window = window;
        this.capAtPrompt = capAtPrompt;
    }

    /** No {@value #NEAR_N}-gram of the last {@code window} generated tokens repeats. */
    public static NoRepeatNgram near(int window, int from) {
        if (window < NEAR_N) {
            throw new IllegalArgumentException("window must be " + NEAR_N + " or more, was " + window);
        }
        return new NoRepeatNgram(NEAR_N, from, window, false);
    }

    /** The n-gram size. */
    int size() {
        return n;
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        int prefix = n - 1;
        // The n-1 tokens just generated; each earlier occurrence of them is followed by a token that may be banned.
        int tail = length - prefix;
        int first = window > 0 ? Math.max(from, length - window) : from;
        if (tail < first) {
            return;
        }
        Map<Integer, Integer> followers = new HashMap<>();
        for (int start = first; start + prefix < length; start++) {
            if (matches(history, start, tail, prefix)) {
                followers.merge(history[start + prefix], 1, Integer::sum);
            }
        }
        followers.forEach((token, count) -> {
            if (token >= 0 && token < logits.length && count >= allowed(history, tail, token)) {
                logits[token] = Float.NEGATIVE_INFINITY;
            }
        });
    }

    /** How many times the n-gram of the last n-1 tokens and {@code next} may occur: the prompt's count, at least 1. */
    private int allowed(int[] history, int tail, int next) {
        if (!capAtPrompt || from < n) {
            return 1;
        }
        if (promptCounts == null) {
            promptCounts = new HashMap<>();
            for (int i = 0; i + n <= from; i++) {
                promptCounts.merge(new Gram(Arrays.copyOfRange(history, i, i + n)), 1, Integer::sum);
            }
        }
        int[] gram = Arrays.copyOfRange(history, tail, tail + n);
        gram[n - 1] = next;
        return Math.max(1, promptCounts.getOrDefault(new Gram(gram), 0));
    }

    private static boolean matches(int[] h, int a, int b, int count) {
        for (int i = 0; i < count; i++) {
            if (h[a + i] != h[b + i]) {
                return false;
            }
        }
        return true;
    }

    /** An n-gram as a map key (arrays compare by identity). */
    private record Gram(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Gram g && Arrays.equals(ids, g.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }

        @Override
        public String toString() {
            return Arrays.toString(ids);
        }
    }
}
