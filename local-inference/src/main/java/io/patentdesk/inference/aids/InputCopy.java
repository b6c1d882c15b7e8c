package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.LogitsTransform;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A copy bias, after the pointer-generator idea (See et al., 2017) reduced to a logit bonus: when the last
 * {@value #N} generated tokens also occur in the prompt, each token that followed them there gets {@code boost} added
 * to its logit. Drafting tasks restate their input (an abstract paraphrases claim 1, a dependent claim reuses its
 * parent's terms), and a small model that drifts off into its own phrases reads worse than one that follows the
 * claims. The model still decides: a bonus shifts the odds, it forces nothing.
 */
public final class InputCopy implements LogitsTransform {

    /** How many last generated tokens must match the prompt: two, so "a" alone does not pull in every noun. */
    static final int N = 2;
    /** The largest bonus accepted: beyond this the model no longer chooses at all. */
    public static final double MAX_BOOST = 100;

    private static final int[] NONE = new int[0];

    private final float boost;
    private final int promptLength;
    private Map<Long, int[]> followers;

    /**
     * @param boost        added to the logit of each token that continues the match in the prompt; above 0
     * @param promptLength how many leading history tokens are the prompt, the text copied from
     */
    public InputCopy(double boost, int promptLength) {
        if (!(boost > 0 && boost <= MAX_BOOST)) {
            throw new IllegalArgumentException("copy boost must be in (0, " + (int) MAX_BOOST + "], was " + boost);
        }
        this.boost = (float) boost;
        this.promptLength = Math.max(0, promptLength);
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        if (length - promptLength < N) {
            return; // the match is on generated tokens only: the prompt's own end is the task marker
        }
        if (followers == null) {
            followers = index(history, promptLength);
        }
        for (int token : followers.getOrDefault(key(history[length - 2], history[length - 1]), NONE)) {
            if (token >= 0 && token < logits.length) {
                logits[token] += boost;
            }
        }
    }

    /** For each pair of adjacent prompt tokens, the distinct tokens that followed it, in order of first use. */
    private static Map<Long, int[]> index(int[] prompt, int length) {
        Map<Long, int[]> map = new HashMap<>();
        for (int i = N; i < length; i++) {
            long k = key(prompt[i - 2], prompt[i - 1]);
            int next = prompt[i];
            int[] seen = map.getOrDefault(k, NONE);
            if (Arrays.stream(seen).noneMatch(t -> t == next)) {
                int[] more = Arrays.copyOf(seen, seen.length + 1);
                more[seen.length] = next;
                map.put(k, more);
            }
        }
        return map;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }
}
