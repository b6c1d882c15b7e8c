package io.patentdesk.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import io.patentdesk.editor.spell.Misspelling;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Turns text and the analyzer's findings into RichTextFX style spans. Pure and thread-safe: the areas call it off
 * the FX thread and only apply the result on it.
 */
public final class Highlighter {
    /** The style class of a misspelt word. */
    public static final String MISSPELLED = "misspelled";

    private Highlighter() {
    }

    /** Which landmarks to look for. */
    public enum Kind {
        CLAIMS,
        SPECIFICATION
    }

    public static StyleSpans<Collection<String>> highlight(Kind kind, String text, List<FindingItem> findings) {
        return toSpans(text.length(), ranges(kind, text, findings));
    }

    /** As {@link #highlight(Kind, String, List)}, with misspelt words underlined too. */
    public static StyleSpans<Collection<String>> highlight(Kind kind, String text, List<FindingItem> findings,
            List<Misspelling> misspellings) {
        List<StyleRange> ranges = ranges(kind, text, findings);
        for (Misspelling m : misspellings) {
            ranges.add(new StyleRange(m.start(), m.end(), MISSPELLED));
        }
        return toSpans(text.length(), ranges);
    }

    /** The style ranges before they are flattened: lexical landmarks, then one underline per finding. */
    public static List<StyleRange> ranges(Kind kind, String text, List<FindingItem> findings) {
        List<StyleRange> ranges = new ArrayList<>(kind == Kind.CLAIMS ? PatentLexicon.claims(text) : PatentLexicon.specification(text));
        for (FindingItem f : findings) {
            int start = Math.min(f.start(), text.length());
            int end = Math.min(f.end(), text.length());
            if (start == end) {
                // A finding about a place rather than a text (a missing word) underlines the word it sits on.
                end = wordEnd(text, start);
                start = Math.min(start, end);
            }
            if (end > start) {
                ranges.add(new StyleRange(start, end, "finding"));
                ranges.add(new StyleRange(start, end, f.severity().styleClass()));
            }
        }
        return ranges;
    }

    /** Flattens possibly overlapping ranges into consecutive spans, each with the union of the classes over it. */
    public static StyleSpans<Collection<String>> toSpans(int length, List<StyleRange> ranges) {
        TreeMap<Integer, List<StyleRange>> starts = new TreeMap<>();
        TreeMap<Integer, List<StyleRange>> ends = new TreeMap<>();
        for (StyleRange r : ranges) {
            if (r.start() >= length || r.end() <= r.start()) {
                continue;
            }
            starts.computeIfAbsent(r.start(), k -> new ArrayList<>()).add(r);
            ends.computeIfAbsent(Math.min(r.end(), length), k -> new ArrayList<>()).add(r);
        }
        TreeMap<Integer, Boolean> cuts = new TreeMap<>();
        starts.keySet().forEach(k -> cuts.put(k, true));
        ends.keySet().forEach(k -> cuts.put(k, true));
        cuts.put(length, true);

        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        Map<String, Integer> active = new TreeMap<>();
        int position = 0;
        boolean any = false;
        for (int cut : cuts.keySet()) {
            if (cut > position) {
                builder.add(List.copyOf(active.keySet()), cut - position);
                any = true;
                position = cut;
            }
            for (StyleRange r : ends.getOrDefault(cut, List.of())) {
                active.computeIfPresent(r.styleClass(), (k, n) -> n == 1 ? null : n - 1);
            }
            for (StyleRange r : starts.getOrDefault(cut, List.of())) {
                active.merge(r.styleClass(), 1, Integer::sum);
            }
        }
        if (!any) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i == from ? Math.min(text.length(), from + 1) : i;
    }
}
