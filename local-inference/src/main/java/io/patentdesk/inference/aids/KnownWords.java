package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.LogitsTransform;
import io.patentdesk.inference.sampling.TopK;
import io.patentdesk.inference.tokenize.ByteLevelTokens;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every word the draft writes is a word of the model's {@link Lexicon} or of the prompt (the user's text and the
 * lead), so a small model that loses its way inside a word ("microspers", "Hneumatic", "handchen") has to finish a real
 * one instead. A word is a run of ASCII letters; anything else (space, digit, hyphen, punctuation, a non-ASCII byte, a
 * special token) ends it, and one letter alone is always a word ("a", the "b" of "10b"). Capitalised and all-capital
 * spellings of a lexicon word count as the word ("Tire", "TIRE"), other mixed cases only when the prompt has them
 * ("iPhone"). A token is allowed when the word it finishes is known and the word it leaves open can still become
 * one; the end of the text (a special token) must not cut a word.
 *
 * <p>Only the {@value #WINDOW} most likely tokens are checked (ties at the boundary included; the whole vocabulary
 * only when none of them is allowed), and everything else is excluded: a top-64 cut, wider than any top-k the model
 * folders suggest, that keeps the rule's cost small beside a decoding step (checking all 16,384 tokens of
 * PatentGPT-mini each step took longer than the step itself; the 64 take about 60 microseconds, a twelfth of it).
 */
public final class KnownWords implements LogitsTransform {

    static final int WINDOW = 64;

    private final byte[][] tokens;
    private final Lexicon lexicon;
    private final Lexicon promptWords;
    private final String[] mixedCase;
    // Per token, what does not depend on the text before it, worked out when first needed: how many letters it
    // begins with, and whether the words after those are known and the last one can still become one (0: not yet).
    private final int[] leadingLetters;
    private final byte[] rest;

    /**
     * @param tokens the bytes of each token id (byte-level BPE)
     * @param prompt the prompt's token ids: its words are known too
     */
    public KnownWords(byte[][] tokens, Lexicon lexicon, int[] prompt) {
        this.tokens = tokens;
        this.lexicon = lexicon;
        List<String> words = wordsOf(prompt);
        this.promptWords = Lexicon.of(words);
        this.mixedCase = words.stream().filter(w -> !plainCase(w)).distinct().sorted().toArray(String[]::new);
        this.leadingLetters = new int[tokens.length];
        this.rest = new byte[tokens.length];
        Arrays.fill(leadingLetters, -1);
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        String open = openWord(history, length);
        Filter filter = new Filter(open);
        int n = Math.min(logits.length, tokens.length);
        float[] scored = n == logits.length ? logits : Arrays.copyOf(logits, n);
        float threshold = n <= WINDOW ? Float.NEGATIVE_INFINITY : TopK.kthLargest(scored, WINDOW);
        int[] kept = allowed(logits, n, threshold, filter, false, open);
        if (kept.length == 0 && threshold != Float.NEGATIVE_INFINITY) { // rare: none of the likely tokens spells a word
            kept = allowed(logits, n, Float.NEGATIVE_INFINITY, filter, true, open);
        }
        if (kept.length == 0) {
            return; // nothing spells a known word (a vocabulary without single letters): the rule stands aside
        }
        float[] values = new float[kept.length];
        for (int i = 0; i < kept.length; i++) {
            values[i] = logits[kept[i]];
        }
        Arrays.fill(logits, Float.NEGATIVE_INFINITY);
        for (int i = 0; i < kept.length; i++) {
            logits[kept[i]] = values[i];
        }
    }

    /** The ids at or above {@code threshold} whose tokens write known words ({@code quick}: try the filter first). */
    private int[] allowed(float[] logits, int n, float threshold, Filter filter, boolean quick, String open) {
        int[] out = new int[Math.min(n, WINDOW * 2)];
        int m = 0;
        for (int id = 0; id < n; id++) {
            float l = logits[id];
            if (l >= threshold && l != Float.NEGATIVE_INFINITY && (!quick || filter.mayPass(tokens[id]))
                    && writesKnownWords(open, filter.openIsWord, id)) {
                if (m == out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[m++] = id;
            }
        }
        return Arrays.copyOf(out, m);
    }

    /**
     * A quick first test of a token for a pass over the whole vocabulary, that only turns away tokens
     * {@link #writesKnownWords} would turn away too: after an open word that is no word yet, a token must go on with a
     * letter, and with one that some known word has next ("imag" + "e", not "imag" + "x").
     */
    private final class Filter {
        final boolean openIsWord;
        private final String open;
        private boolean[] next; // by lower-case letter

        Filter(String open) {
            this.open = open;
            openIsWord = isKnown(open, true);
        }

        /** The letters that some known word has after the open word, worked out at the first token that needs them. */
        private boolean[] next() {
            if (next == null) {
                next = new boolean[128];
                String lower = open.toLowerCase(Locale.ROOT);
                for (char c = 'a'; c <= 'z'; c++) {
                    next[c] = lexicon.begins(lower + c) || promptWords.begins(lower + c);
                }
                for (String w : mixedCase) {
                    if (w.length() > open.length() && w.startsWith(open)) {
                        next[Character.toLowerCase(w.charAt(open.length())) & 0x7f] = true;
                    }
                }
            }
            return next;
        }

        boolean mayPass(byte[] token) {
            if (token.length == 0 || !ByteLevelTokens.isLetter(token[0])) {
                return openIsWord;
            }
            return open.isEmpty() || next()[Character.toLowerCase((char) token[0])];
        }
    }

    /** Whether appending token {@code id} to a text whose last word so far is {@code open} writes only known words. */
    boolean writesKnownWords(String open, boolean openIsWord, int id) {
        byte[] t = tokens[id];
        int lead = leadingLetters(id);
        if (lead == t.length) { // letters only (or a special token, which ends the text: the open word must be whole)
            return t.length == 0 ? openIsWord : isKnown(open + ascii(t, 0, lead), false);
        }
        boolean headKnown = lead == 0 ? openIsWord : isKnown(open + ascii(t, 0, lead), true);
        return headKnown && restKnown(id, lead);
    }

    private int leadingLetters(int id) {
        if (leadingLetters[id] < 0) {
            byte[] t = tokens[id];
            int i = 0;
            while (i < t.length && ByteLevelTokens.isLetter(t[i])) {
                i++;
            }
            leadingLetters[id] = i;
        }
        return leadingLetters[id];
    }

    /** After the first non-letter of the token: whole words known, the last one a known beginning. */
    private boolean restKnown(int id, int lead) {
        if (rest[id] == 0) {
            byte[] t = tokens[id];
            boolean ok = true;
            int start = lead + 1;
            for (int i = lead + 1; i <= t.length && ok; i++) {
                if (i == t.length) {
                    ok = isKnown(ascii(t, start, i), false);
                } else if (!ByteLevelTokens.isLetter(t[i])) {
                    ok = isKnown(ascii(t, start, i), true);
                    start = i + 1;
                }
            }
            rest[id] = (byte) (ok ? 1 : 2);
        }
        return rest[id] == 1;
    }

    private static String ascii(byte[] t, int from, int to) {
        return new String(t, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /**
     * Whether {@code w} is a known word ({@code whole}) or the beginning of one; "" and single letters always are, a
     * mixed-case word only as the prompt spells it.
     */
    private boolean isKnown(String w, boolean whole) {
        if (w.length() <= 1) {
            return true;
        }
        if (!plainCase(w)) {
            int at = Arrays.binarySearch(mixedCase, w);
            return at >= 0 || !whole && -at - 1 < mixedCase.length && mixedCase[-at - 1].startsWith(w);
        }
        String lower = w.toLowerCase(Locale.ROOT);
        return whole ? lexicon.contains(lower) || promptWords.contains(lower)
                : lexicon.begins(lower) || promptWords.begins(lower);
    }

    /** "tire", "Tire" or "TIRE" (not "TiRe"). */
    private static boolean plainCase(String w) {
        boolean restLower = true;
        boolean allUpper = true;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i > 0 && Character.isUpperCase(c)) {
                restLower = false;
            }
            if (Character.isLowerCase(c)) {
                allUpper = false;
            }
        }
        return restLower || allUpper;
    }

    /** The letters at the end of the text (prompt included: a lead may end inside a word); "" after a non-letter. */
    private String openWord(int[] history, int length) {
        StringBuilder reversed = new StringBuilder();
        for (int i = length - 1; i >= 0; i--) {
            int id = history[i];
            byte[] t = id >= 0 && id < tokens.length ? tokens[id] : new byte[0];
            if (t.length == 0) {
                break;
            }
            for (int j = t.length - 1; j >= 0; j--) {
                if (!ByteLevelTokens.isLetter(t[j])) {
                    return reversed.reverse().toString();
                }
                reversed.append((char) t[j]);
            }
        }
        return reversed.reverse().toString();
    }

    /** The words (letter runs) of the prompt, as written. */
    private List<String> wordsOf(int[] prompt) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int id : prompt) {
            byte[] t = id >= 0 && id < tokens.length ? tokens[id] : new byte[0];
            if (t.length == 0) {
                flush(word, out);
            }
            for (byte b : t) {
                if (ByteLevelTokens.isLetter(b)) {
                    word.append((char) b);
                } else {
                    flush(word, out);
                }
            }
        }
        flush(word, out);
        return out;
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 1) {
            out.add(word.toString());
        }
        word.setLength(0);
    }
}
