package io.patentdesk.editor;

import io.patentdesk.analyzer.ClaimGrammar;
import io.patentdesk.analyzer.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lexical landmarks of patent text. Claim grammar (claim numbers, claim references, transitions, function
 * links) is the analyzer's ({@link ClaimGrammar}: the parser's own rules and word lists, in English, German, French,
 * Chinese and Japanese), so the editor highlights what the checker reads; reference numerals and figure references, which
 * the analyzer has no public notion of, are found here.
 */
public final class PatentLexicon {
    private PatentLexicon() {
    }

    /** A numeral after a noun ("lever 12", "housing 14a", "arm 16'") or in parentheses "(12)". */
    static final Pattern NUMERAL_AFTER_WORD = Pattern.compile("(?i)\\b([a-z][a-z-]*)[ \\u00a0](\\d{1,4}[a-z]?'{0,2})(?![\\w.,]\\d)(?![\\w%\\u00b0])");
    static final Pattern NUMERAL_IN_PARENS = Pattern.compile("\\((\\d{1,4}[a-z]?'{0,2})\\)");
    static final Pattern FIGURE_REFERENCE = Pattern.compile("\\bFIG(?:S?\\.|URES?)[ \\u00a0]*\\d+[A-Z]?(?:[ \\u00a0]*(?:-|and|to)[ \\u00a0]*\\d+[A-Z]?)*");
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "^[ \\u00a0]*(?:%|mm|cm|nm|\\u00b5m|\\u03bcm|m|km|kg|mg|g|s|ms|min|h|V|mV|A|mA|W|kW|Hz|kHz|MHz|GHz|K|\\u00b0|"
                    + "degrees?|percent|wt|bar|Pa|kPa|MPa|N|Nm|ml|l|L|rpm|bits?|bytes?|dB)\\b");

    /** Words after which a number is a count, a claim, a figure, a page, never a reference numeral. */
    private static final Set<String> NOT_A_NOUN = Set.of(
            "claim", "claims", "fig", "figs", "figure", "figures", "about", "approximately", "of", "to", "than",
            "least", "most", "and", "or", "by", "from", "at", "in", "on", "between", "with", "is", "are", "be",
            "over", "under", "up", "for", "the", "a", "an", "page", "pages", "col", "column", "columns", "line",
            "lines", "table", "tables", "example", "examples", "no", "number", "paragraph", "paragraphs", "section",
            "chapter", "equation", "formula", "version", "ratio", "per", "within", "year", "years", "day", "days",
            "only", "exceeds", "exceed", "below", "above", "approx", "step-", "times", "embodiment", "sheet", "sheets",
            "art", "patent", "application", "ser", "u.s.c", "usc", "rule", "article", "item", "items", "each", "all",
            "x", "y", "z", "n", "plus", "minus", "equal", "equals", "into", "as", "nearly", "roughly", "substantially",
            "degree", "range", "ranges", "reference", "numeral", "numerals", "pct", "wo", "ep", "us", "de", "jp");

    /** Every landmark of a claim set. */
    public static List<StyleRange> claims(String text) {
        List<StyleRange> out = new ArrayList<>();
        ClaimGrammar.Landmarks marks = ClaimGrammar.defaults().find(text);
        for (ClaimGrammar.Label l : marks.labels()) {
            out.add(new StyleRange(l.start(), l.end(), "claim-number"));
        }
        for (ClaimGrammar.Reference r : marks.references()) {
            out.add(new StyleRange(r.start(), r.end(), "claim-ref"));
        }
        for (ClaimGrammar.Phrase p : marks.transitions()) {
            String style = styleOf(p.transition());
            if (style != null) {
                out.add(new StyleRange(p.start(), p.end(), style));
            }
        }
        for (ClaimGrammar.FunctionLink f : marks.functionLinks()) {
            out.add(new StyleRange(f.start(), f.end(), "claim-keyword"));
        }
        List<StyleRange> numerals = new ArrayList<>();
        numerals(text, numerals);
        numerals.sort((a, b) -> Integer.compare(a.start(), b.start()));
        outside(numerals, marks.references(), out); // "nach Anspruch 1": a claim, not part 1
        return out;
    }

    /** Adds the numerals (sorted) that lie in none of the references (sorted, not overlapping). */
    private static void outside(List<StyleRange> numerals, List<ClaimGrammar.Reference> references, List<StyleRange> out) {
        int r = 0;
        for (StyleRange n : numerals) {
            while (r < references.size() && references.get(r).end() <= n.start()) {
                r++;
            }
            if (r >= references.size() || references.get(r).start() >= n.end()) {
                out.add(n);
            }
        }
    }

    /**
     * How a transitional phrase is shown: the phrases that split preamble and body as transitions, "wherein" and its
     * kin as keywords; "having"/"has" not at all, as they are everywhere in a claim's body.
     */
    private static String styleOf(Transition t) {
        return switch (t) {
            case COMPRISING, CONSISTING_OF, CONSISTING_ESSENTIALLY_OF, INCLUDING, CHARACTERIZED_IN_THAT -> "transition";
            case WHEREIN -> "claim-keyword";
            case HAVING, NONE -> null;
        };
    }

    /** Every landmark of specification text: reference numerals and figure references. */
    public static List<StyleRange> specification(String text) {
        List<StyleRange> out = new ArrayList<>();
        Matcher figures = FIGURE_REFERENCE.matcher(text);
        while (figures.find()) {
            out.add(new StyleRange(figures.start(), figures.end(), "figure-ref"));
        }
        numerals(text, out);
        return out;
    }

    /** The reference numerals of a text, e.g. {@code "12"}, {@code "14a"}, in order of appearance. */
    public static List<StyleRange> numerals(String text) {
        List<StyleRange> out = new ArrayList<>();
        numerals(text, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** How far around an offset a reference containing it is looked for: a reference phrase is short. */
    private static final int REFERENCE_WINDOW = 300;

    /**
     * The claim numbers a claim reference at {@code index} of {@code text} points to, or an empty list. Reads only the
     * lines around {@code index}: it runs on the FX thread, on every hover.
     */
    public static List<Integer> claimReferenceAt(String text, int index) {
        int from = Math.max(0, index - REFERENCE_WINDOW);
        from = from == 0 ? 0 : text.lastIndexOf('\n', from) + 1; // a whole line, so a label is read as one
        int to = Math.min(text.length(), index + REFERENCE_WINDOW);
        for (ClaimGrammar.Reference r : ClaimGrammar.defaults().find(text.substring(from, to)).references()) {
            if (index >= from + r.start() && index < from + r.end()) {
                return r.numbers();
            }
        }
        return List.of();
    }

    /** Offset of the start of claim {@code number} in a claim set, or -1. */
    public static int claimStart(String text, int number) {
        for (ClaimGrammar.Label l : ClaimGrammar.defaults().labels(text)) {
            if (number >= l.first() && number <= l.last()) {
                return l.start();
            }
        }
        return -1;
    }

    /**
     * The claim around offset {@code at}: from its label to the start of the next claim, trimmed; the first claim
     * when {@code at} lies before it; null when the text has no numbered claim.
     */
    public static StyleRange claimAround(String text, int at) {
        int start = -1;
        int end = text.length();
        for (ClaimGrammar.Label l : ClaimGrammar.defaults().labels(text)) {
            if (start < 0 || l.start() <= at) {
                start = l.start(); // a caret before the first claim means the first claim
            } else {
                end = l.start();
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new StyleRange(start, end, "claim");
    }

    /** The number of the claim whose label starts at {@code start} (as returned by {@link #claimAround}), or 0. */
    public static int claimNumberAt(String text, int start) {
        for (ClaimGrammar.Label l : ClaimGrammar.defaults().labels(text)) {
            if (l.start() == start) {
                return l.first();
            }
            if (l.start() > start) {
                break;
            }
        }
        return 0;
    }

    private static void numerals(String text, List<StyleRange> out) {
        Matcher m = NUMERAL_AFTER_WORD.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (NOT_A_NOUN.contains(word) || UNIT_AFTER.matcher(text.subSequence(m.end(2), Math.min(text.length(), m.end(2) + 12))).find()) {
                continue;
            }
            out.add(new StyleRange(m.start(2), m.end(2), "refnum"));
        }
        Matcher p = NUMERAL_IN_PARENS.matcher(text);
        while (p.find()) {
            out.add(new StyleRange(p.start(1), p.end(1), "refnum"));
        }
    }
}
