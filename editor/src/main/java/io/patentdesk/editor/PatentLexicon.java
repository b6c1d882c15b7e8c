package io.patentdesk.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the lexical landmarks of patent text: claim numbers, claim references, transitions, reference numerals. */
public final class PatentLexicon {
    private PatentLexicon() {
    }

    /** A claim's number at the start of its paragraph: "12." or "12)". */
    static final Pattern CLAIM_NUMBER = Pattern.compile("(?m)^[ \\t]*(\\d{1,3})[ \\t]*[.)]");

    /** "claim 3", "claims 1 to 4", "any one of claims 1, 2 or 5". */
    static final Pattern CLAIM_REFERENCE = Pattern.compile(
            "(?i)\\bclaims?[ \\t]+\\d{1,3}(?:[ \\t]*(?:,|-|\\u2013|to|or|and)[ \\t]*(?:claims?[ \\t]+)?\\d{1,3}\\b)*");

    static final Pattern TRANSITION = Pattern.compile(
            "(?i)\\b(?:comprising|comprises|consisting essentially of|consisting of|consists of|including|"
                    + "characteri[sz]ed in that|characteri[sz]ed by|composed of)\\b");

    static final Pattern KEYWORD = Pattern.compile("(?i)\\b(?:wherein|whereby|such that|configured to|adapted to)\\b");

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
        collect(CLAIM_NUMBER, text, "claim-number", out);
        collect(CLAIM_REFERENCE, text, "claim-ref", out);
        collect(TRANSITION, text, "transition", out);
        collect(KEYWORD, text, "claim-keyword", out);
        numerals(text, out);
        return out;
    }

    /** Every landmark of specification text: reference numerals and figure references. */
    public static List<StyleRange> specification(String text) {
        List<StyleRange> out = new ArrayList<>();
        collect(FIGURE_REFERENCE, text, "figure-ref", out);
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

    /** The claim numbers a claim reference at {@code index} of {@code text} points to, or an empty list. */
    public static List<Integer> claimReferenceAt(String text, int index) {
        Matcher m = CLAIM_REFERENCE.matcher(text);
        while (m.find()) {
            if (index >= m.start() && index < m.end()) {
                List<Integer> numbers = new ArrayList<>();
                Matcher d = Pattern.compile("\\d{1,3}").matcher(m.group());
                while (d.find()) {
                    numbers.add(Integer.parseInt(d.group()));
                }
                return numbers;
            }
            if (m.start() > index) {
                break;
            }
        }
        return List.of();
    }

    /** Offset of the start of claim {@code number} in a claim set, or -1. */
    public static int claimStart(String text, int number) {
        Matcher m = CLAIM_NUMBER.matcher(text);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) == number) {
                return m.start(1);
            }
        }
        return -1;
    }

    /**
     * The claim around offset {@code at}: from its number to the start of the next claim, trimmed; the first claim
     * when {@code at} lies before it; null when the text has no numbered claim.
     */
    public static StyleRange claimAround(String text, int at) {
        Matcher m = CLAIM_NUMBER.matcher(text);
        int start = -1;
        int end = text.length();
        while (m.find()) {
            if (start < 0 || m.start(1) <= at) {
                start = m.start(1); // a caret before the first claim means the first claim
            } else {
                end = m.start(1);
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

    /** The number of the claim starting at {@code start} (as returned by {@link #claimAround}), or 0. */
    public static int claimNumberAt(String text, int start) {
        int end = start;
        while (end < text.length() && end - start < 3 && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end > start ? Integer.parseInt(text.substring(start, end)) : 0;
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

    /** Adds one range per match; a pattern with a group starts the range at group 1 (to skip leading blanks). */
    private static void collect(Pattern pattern, String text, String styleClass, List<StyleRange> out) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int start = m.groupCount() >= 1 ? m.start(1) : m.start();
            out.add(new StyleRange(start, m.end(), styleClass));
        }
    }
}
