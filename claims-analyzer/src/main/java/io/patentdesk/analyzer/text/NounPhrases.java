package io.patentdesk.analyzer.text;

import java.util.Arrays;
import java.util.List;

/**
 * Finds the noun phrase that follows a determiner, without a part-of-speech tagger: words up to a boundary word,
 * punctuation or a number; a past participle or gerund ends the phrase once it holds a noun ("a ring-shaped flange
 * projected", but "a first connecting member"). Parenthesised reference signs ("(21)", "(P)") are skipped over.
 */
public final class NounPhrases {

    /** Longest phrase taken; longer runs are prose, not a noun phrase. */
    public static final int MAX_WORDS = 6;

    private NounPhrases() {}

    /**
     * The token indices of the phrase's words starting at {@code from}; empty when there is none. {@code next[0]}
     * receives the index of the first token after the phrase.
     */
    public static int[] after(List<Token> tokens, int from, int[] next) {
        int[] idx = new int[MAX_WORDS];
        int n = 0;
        boolean noun = false;
        int i = from;
        while (i < tokens.size() && n < MAX_WORDS) {
            Token t = tokens.get(i);
            if (t.isPunct('(')) {
                int close = skipReferenceSign(tokens, i);
                if (close > i && n > 0) {
                    i = close + 1;
                    continue;
                }
                break;
            }
            if (!t.isWord() || t.boundary()) {
                break;
            }
            String w = t.lower();
            boolean verbal = w.indexOf('-') < 0 && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
            if (verbal && noun) {
                break;
            }
            idx[n++] = i;
            noun |= !Words.looksAdjectival(w);
            i++;
        }
        if (next != null) {
            next[0] = i;
        }
        return Arrays.copyOf(idx, n);
    }

    /** Index of the ")" closing a short reference sign such as "(21)", "(P)", "(21a, 21b)"; -1 otherwise. */
    public static int skipReferenceSign(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size() && k <= open + 6; k++) {
            Token t = tokens.get(k);
            if (t.isPunct(')')) {
                return k > open + 1 ? k : -1;
            }
            boolean sign = t.isNumber() || (t.isWord() && (t.text().length() <= 3 || t.text().matches("\\d+\\w*")))
                    || t.isPunct(',') || t.isPunct('\'');
            if (!sign) {
                return -1;
            }
        }
        return -1;
    }
}
