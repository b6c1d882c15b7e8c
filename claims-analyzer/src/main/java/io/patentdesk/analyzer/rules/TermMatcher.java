package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches word-list terms (one or more words, any case) against tokens. A trailing "#" in a term means the term must
 * be followed by a number ("about #"); a trailing "= info" or "= warning" sets the severity its findings get.
 */
final class TermMatcher {

    /** One list entry; {@code severity} is null when the line does not set one. */
    record Term(String text, String[] words, boolean needsNumber, Severity severity) {}

    record Match(Term term, int first, int last) {}

    private final Map<String, List<Term>> byFirstWord = new HashMap<>();

    TermMatcher(List<String> entries) {
        for (String e : entries) {
            String t = e.strip();
            Severity severity = null;
            int eq = t.lastIndexOf('=');
            if (eq > 0) {
                severity = switch (t.substring(eq + 1).strip()) {
                    case "info" -> Severity.INFO;
                    case "warning" -> Severity.WARNING;
                    case "error" -> Severity.ERROR;
                    default -> null;
                };
                if (severity != null) {
                    t = t.substring(0, eq).strip();
                }
            }
            boolean number = t.endsWith("#");
            if (number) {
                t = t.substring(0, t.length() - 1).strip();
            }
            if (t.isEmpty()) {
                continue;
            }
            String[] words = t.split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Term(t, words, number, severity));
        }
        for (List<Term> l : byFirstWord.values()) {
            // longest match first; of two equal ones, the one that needs a number ("approximately #" before
            // "approximately")
            l.sort(Comparator.comparingInt((Term t) -> -t.words().length)
                    .thenComparing(t -> !t.needsNumber()));
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
