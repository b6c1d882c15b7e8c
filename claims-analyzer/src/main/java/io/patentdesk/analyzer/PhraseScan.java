package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds every occurrence of a list of lower-case phrases in a lower-case text, as the word-list patterns match them:
 * whole words (a phrase starting or ending with an ASCII letter or digit needs a word boundary there, as {@code \b};
 * a Chinese phrase needs none), a blank in a phrase matching any run of whitespace, the longest phrase first at each
 * place, no overlaps. A scan over a whole claim set (the editor's highlighting, up to a megabyte) looks at each
 * character once and tries only the phrases starting with it, where a regex of alternatives tries them all.
 */
final class PhraseScan {

    /** A phrase found at {@code [start, end)}. */
    record Hit(String phrase, int start, int end) {}

    /** The phrases by their first character, longest first. */
    private final Map<Character, List<String>> byFirst = new HashMap<>();

    PhraseScan(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.removeIf(String::isEmpty);
        sorted.sort((a, b) -> b.length() - a.length());
        for (String p : sorted) {
            byFirst.computeIfAbsent(p.charAt(0), k -> new ArrayList<>()).add(p);
        }
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    List<Hit> all(String lower) {
        List<Hit> out = new ArrayList<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            List<String> candidates = byFirst.get(lower.charAt(i));
            int end = -1;
            if (candidates != null && (i == 0 || !isWordChar(lower.charAt(i)) || !isWordChar(lower.charAt(i - 1)))) {
                for (String p : candidates) {
                    end = matchAt(lower, i, p);
                    if (end >= 0) {
                        out.add(new Hit(p, i, end));
                        break;
                    }
                }
            }
            i = end >= 0 ? end : i + 1;
        }
        return out;
    }

    /** Where {@code p} ends when it is written at {@code at}, or -1. */
    private static int matchAt(String s, int at, String p) {
        int k = at;
        int n = s.length();
        for (int j = 0; j < p.length(); j++) {
            char c = p.charAt(j);
            if (c == ' ') {
                if (k >= n || !isSpace(s.charAt(k))) {
                    return -1;
                }
                while (k < n && isSpace(s.charAt(k))) {
                    k++;
                }
            } else if (k < n && s.charAt(k) == c) {
                k++;
            } else {
                return -1;
            }
        }
        boolean boundaryNeeded = isWordChar(p.charAt(p.length() - 1));
        return boundaryNeeded && k < n && isWordChar(s.charAt(k)) ? -1 : k;
    }

    /** What {@code \s} matches. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** What {@code \w} (and so {@code \b}) counts as a word character: ASCII letters, digits and "_". */
    static boolean isWordChar(char c) {
        return c < 0x80 && (Character.isLetterOrDigit(c) || c == '_');
    }
}
