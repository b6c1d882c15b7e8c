package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.text.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches word-list terms (one or more words, any case) against tokens. A trailing "#" in a term means the term must
 * be followed by a number ("about #").
 */
final class TermMatcher {

    record Term(String text, String[] words, boolean needsNumber) {}

    record Match(Term term, int first, int last) {}

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();

    TermMatcher(List<String> entries) {
        for (String e : entries) {
            String t = e.strip();
            boolean number = t.endsWith("#");
            if (number) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (t.isEmpty()) {
                continue;
            }
            String[] words = t.split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(t, words, number));
        }
        for (List<Term> l : byFirstWord.values()) {
            l.sort((a, b) -> b.words().length - a.words().length); // longest match first
        }
    }

    /** The term starting at token {@code i}, or null. */
    Match at(List<Token> tokens, int i) {
        List<Term> candidates = byFirstWord.get(tokens.get(i).lower());
        if (candidates == null) {
            return null;
        }
        for (Term t : candidates) {
            int k = 1;
            while (k < t.words().length && i + k < tokens.size() && tokens.get(i + k).lower().equals(t.words()[k])) {
                k++;
            }
            if (k < t.words().length) {
                continue;
            }
            if (t.needsNumber() && (i + k >= tokens.size() || !tokens.get(i + k).isNumber())) {
                continue;
            }
            return new Match(t, i, i + k - 1);
        }
        return null;
    }
}
