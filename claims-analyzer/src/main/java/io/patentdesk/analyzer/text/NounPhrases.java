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
            if (!t.isWord() || t.boundary() && !(noun && collectiveHead(tokens, i))) {
                break;
            }
            String w = t.lower();
            boolean verbal = w.indexOf('-') < 0 && w.length() > 4 && (w.endsWith("ed") || w.endsWith("ing"));
            if (verbal && noun && !attributive(tokens, i)) {
                break;
            }
            if (n > 0 && verbAfterSubject(tokens, idx[n - 1], i)) {
                break; // "the reports identify the ...", "the lever rotates the cam"
            }
            idx[n++] = i;
            noun |= !Words.looksAdjectival(w) && !w.endsWith("ly"); // "immediately" in "the immediately preceding"
            i++;
        }
        if (next != null) {
            next[0] = i;
        }
        return Arrays.copyOf(idx, n);
    }

    /**
     * Whether the participle at {@code i} modifies the noun after it ("the black listed events", "the spring loaded
     * valve") rather than ending the phrase ("the flange projected outward"): a plain noun-like word follows.
     */
    public static boolean attributive(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(i + 1);
        if (!next.isWord() || next.boundary() || !tokens.get(i).lower().endsWith("ed")) {
            return false; // "a memory storing data": an -ing word before a noun is a verb and its object
        }
        String w = next.lower();
        return !(w.endsWith("ed") || w.endsWith("ing") || w.endsWith("ly") || Words.looksAdjectival(w));
    }

    private static final java.util.Set<String> COLLECTIVE_HEADS = java.util.Set.of("set", "pair", "series", "number");

    /** Words after which "set" is a participle, not a noun: "the value set by the user", "the sequence set forth". */
    private static final java.util.Set<String> AFTER_SET_PARTICIPLE = java.util.Set.of("forth", "to", "by", "at", "as",
            "up", "out", "in", "on", "off", "apart", "aside", "into", "within", "for");

    /**
     * Whether the collective word at {@code i}, which starts a phrase of its own after "a" ("a set of rules"), is the
     * head of the compound before it instead: "the first planetary gear set", "the electrode pair", "the part
     * number". Not before "of", and not "set" as a participle ("the value set by the user"). The caller checks that a
     * noun came before.
     */
    public static boolean collectiveHead(List<Token> tokens, int i) {
        if (i == 0 || !COLLECTIVE_HEADS.contains(tokens.get(i).lower())) {
            return false;
        }
        Token prev = tokens.get(i - 1);
        if (!prev.isWord() || prev.boundary() || Words.looksAdjectival(prev.lower()) || prev.lower().endsWith("ly")) {
            return false;
        }
        if (i + 1 >= tokens.size()) {
            return true;
        }
        String next = tokens.get(i + 1).lower();
        return !next.equals("of") && !(tokens.get(i).is("set") && AFTER_SET_PARTICIPLE.contains(next));
    }

    private static final java.util.Set<String> OBJECT_STARTS = java.util.Set.of("the", "a", "an", "said", "each",
            "whether", "that", "any", "all", "one", "its", "their");

    /**
     * Whether the word at {@code i} is a verb whose subject ends at {@code prev}: it is followed by a determiner
     * (the start of its object) and agrees with the noun before it, a plural noun with a bare verb ("the reports
     * identify the") or a singular noun with a verb in -s ("the lever rotates the").
     */
    private static boolean verbAfterSubject(List<Token> tokens, int prev, int i) {
        if (i + 1 >= tokens.size() || !OBJECT_STARTS.contains(tokens.get(i + 1).lower())) {
            return false;
        }
        String subject = tokens.get(prev).lower();
        String verb = tokens.get(i).lower();
        if (Words.looksAdjectival(subject) || verb.endsWith("al") || verb.endsWith("ic") || verb.endsWith("ous")
                || verb.endsWith("ed") || verb.endsWith("ing") || verb.indexOf('-') >= 0) {
            return false; // "receive" is a verb for all its "-ive"
        }
        return Words.looksPlural(subject) != Words.looksPlural(verb);
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
