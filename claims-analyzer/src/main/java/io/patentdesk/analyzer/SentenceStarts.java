package io.patentdesk.analyzer;

import java.util.function.IntPredicate;

/**
 * Where lines and sentences begin in a claims text: at its start, after a line break, and after ".", ";" or ":" (OCR
 * runs lines together), blanks skipped. Headings and back matter are looked for only there, which costs one pass
 * over the characters instead of a pattern tried at every position.
 */
final class SentenceStarts {

    private SentenceStarts() {}

    /** Calls {@code at} with each start in text order until it returns false. */
    static void each(String s, IntPredicate at) {
        int n = s.length();
        int last = -1;
        int next = 0;
        for (int i = 0; i <= n; i++) {
            if (i == next) {
                int k = i;
                while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
                    k++;
                }
                if (k < n && k != last) {
                    last = k;
                    if (!at.test(k)) {
                        return;
                    }
                }
            }
            if (i < n) {
                char c = s.charAt(i);
                if (c == '\n' || c == '.' || c == ';' || c == ':') {
                    next = i + 1;
                }
            }
        }
    }
}
