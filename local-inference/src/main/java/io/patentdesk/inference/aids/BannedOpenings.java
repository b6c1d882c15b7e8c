package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.LogitsTransform;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Strings a draft never begins with: until the draft has a character other than whitespace, no token may begin with
 * one of them (after its own leading whitespace), nor be the start of one. PatentGPT-mini began half its description
 * paragraphs with a paragraph label copied from its training text ("[0009] The present invention provides ..."),
 * which the editor numbers itself. Byte-level vocabularies only.
 */
public final class BannedOpenings implements LogitsTransform {

    private final boolean[] banned;
    private final boolean[] blank;
    private final int promptLength;

    /**
     * @param tokens       the bytes of each token id (byte-level BPE)
     * @param openings     the strings (none blank)
     * @param promptLength how many leading history tokens are the prompt
     */
    public BannedOpenings(byte[][] tokens, List<String> openings, int promptLength) {
        this.banned = new boolean[tokens.length];
        this.blank = new boolean[tokens.length];
        this.promptLength = Math.max(0, promptLength);
        // Compared after the token's own leading whitespace, so an opening's own is dropped (" [" is "[").
        List<byte[]> starts = openings.stream().map(o -> o.strip().getBytes(StandardCharsets.UTF_8)).toList();
        if (starts.stream().anyMatch(s -> s.length == 0)) {
            throw new IllegalArgumentException("a banned opening must have a character other than whitespace");
        }
        for (int id = 0; id < tokens.length; id++) {
            byte[] t = tokens[id];
            int from = 0;
            while (from < t.length && isSpace(t[from])) {
                from++;
            }
            blank[id] = from == t.length;
            for (byte[] s : starts) {
                int n = Math.min(s.length, t.length - from);
                if (n > 0 && java.util.Arrays.equals(t, from, from + n, s, 0, n)) {
                    banned[id] = true; // "[" for "[", and "[00" for "[0009]"
                }
            }
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\t' || b == '\r';
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        for (int i = promptLength; i < length; i++) {
            int t = history[i];
            if (t < 0 || t >= blank.length || !blank[t]) {
                return; // the draft has begun
            }
        }
        for (int id = 0; id < Math.min(banned.length, logits.length); id++) {
            if (banned[id]) {
                logits[id] = Float.NEGATIVE_INFINITY;
            }
        }
    }
}
