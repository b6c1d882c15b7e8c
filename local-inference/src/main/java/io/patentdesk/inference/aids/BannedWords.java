package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.LogitsTransform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Hugging Face's {@code bad_words_ids} over the generated text: a banned token sequence's last token is forbidden
 * wherever the draft already ends with the rest of it (a one-token sequence is forbidden everywhere).
 */
public final class BannedWords implements LogitsTransform {

    private final List<int[]> sequences;
    private final int promptLength;

    /**
     * @param sequences    token ids of each banned spelling (none empty)
     * @param promptLength how many leading history tokens are the prompt: a sequence is only matched on generated text
     */
    public BannedWords(List<int[]> sequences, int promptLength) {
        for (int[] s : sequences) {
            if (s.length == 0) {
                throw new IllegalArgumentException("a banned sequence must have at least one token");
            }
        }
        this.sequences = sequences.stream().map(int[]::clone).toList();
        this.promptLength = Math.max(0, promptLength);
    }

    /**
     * The sequences of each word in its usual forms: with and without a leading space, as written and capitalised
     * ("said", " said", "Said", " Said"); duplicates once.
     */
    public static List<int[]> spellings(List<String> words, Function<String, int[]> encode) {
        Set<List<Integer>> seen = new LinkedHashSet<>();
        List<int[]> out = new ArrayList<>();
        for (String w : words) {
            String cap = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            for (String form : List.of(" " + w, w, " " + cap, cap)) {
                int[] ids = encode.apply(form);
                if (ids.length > 0 && seen.add(Arrays.stream(ids).boxed().toList())) {
                    out.add(ids);
                }
            }
        }
        return out;
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        for (int[] s : sequences) {
            int prefix = s.length - 1;
            if (length - prefix < promptLength || !endsWith(history, length, s, prefix)) {
                continue;
            }
            int last = s[prefix];
            if (last >= 0 && last < logits.length) {
                logits[last] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    private static boolean endsWith(int[] history, int length, int[] s, int prefix) {
        for (int i = 0; i < prefix; i++) {
            if (history[length - prefix + i] != s[i]) {
                return false;
            }
        }
        return true;
    }
}
