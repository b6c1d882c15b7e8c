package io.patentdesk.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text search used by find/replace: next/previous match with wrap-around, and all matches. */
public final class TextSearch {
    private final String haystack;
    private final String needle;

    public TextSearch(String text, String query, boolean matchCase) {
        this.haystack = matchCase ? text : text.toLowerCase(Locale.ROOT);
        this.needle = matchCase ? query : query.toLowerCase(Locale.ROOT);
    }

    /** First match at or after {@code from}, wrapping to the start; -1 when there is none. */
    public int next(int from) {
        if (needle.isEmpty()) {
            return -1;
        }
        int i = haystack.indexOf(needle, Math.max(0, from));
        return i >= 0 ? i : haystack.indexOf(needle);
    }

    /** Last match that starts before {@code before}, wrapping to the end; -1 when there is none. */
    public int previous(int before) {
        if (needle.isEmpty()) {
            return -1;
        }
        int i = before <= 0 ? -1 : haystack.lastIndexOf(needle, before - 1);
        return i >= 0 ? i : haystack.lastIndexOf(needle);
    }

    /** Start offsets of all non-overlapping matches, in order. */
    public List<Integer> all() {
        List<Integer> hits = new ArrayList<>();
        if (needle.isEmpty()) {
            return hits;
        }
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            hits.add(i);
        }
        return hits;
    }

    public int length() {
        return needle.length();
    }
}
