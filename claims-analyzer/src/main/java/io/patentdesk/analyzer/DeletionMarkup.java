package io.patentdesk.analyzer;

/**
 * Deleted text shown in amendment and reissue markup, blanked so the checker reads the claims as amended:
 *
 * <ul>
 *   <li>{@code [[deleted]]}: double brackets, the amendment form for a few deleted characters (37 CFR 1.121(c)(2));
 *   <li>{@code .[.deleted.].}: the bold brackets of a reissue as USPTO full text renders them, and the
 *       {@code .Iadd.}/{@code .Iaddend.} tags around its added text (the added text stays);
 *   <li>{@code [deleted]}: single brackets of a reissue (37 CFR 1.173(d)), taken only where they enclose words, with a
 *       space or punctuation on both sides, so chemical names ({@code N-[4-(2-pyridyl)methyl]}), ranges
 *       ({@code [0, 1]}) and "[Claim 1]" labels are left alone. A claim whose whole text is so enclosed
 *       ({@code [2. A key ... ]}) keeps its number and reads as canceled.
 * </ul>
 *
 * Added text (underlined or italic) is plain text once copied, and is read as it stands. A bracketed image placeholder
 * of a full text ("[see pdf for image]") is no claim wording either and is blanked the same way.
 */
final class DeletionMarkup {

    /** Longest single-bracket deletion taken: a whole deleted claim fits, a stray bracket does not swallow the rest. */
    private static final int MAX_SINGLE = 20_000;
    private static final int MAX_DOUBLE = 2_000;

    /** Bracketed text that is no deletion: a label ("Claim 1") or a symbol's name ("[omega]" for ω). */
    private static final java.util.regex.Pattern LABEL_OR_SYMBOL = java.util.regex.Pattern.compile(
            "(?i)claims?\\s*\\d+[a-z]?|alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron"
                    + "|pi|rho|sigma|tau|upsilon|phi|chi|psi|omega|deg|plus-minus|times|infin|micro|ohm");

    private DeletionMarkup() {}

    static void blank(AnalysisText t) {
        String s = t.written();
        boolean bracket = s.indexOf('[') >= 0;
        if (bracket) {
            doubleBrackets(t, s);
            dottedBrackets(t, s);
        }
        if (s.indexOf(".Iadd") >= 0) {
            additionTags(t, s);
        }
        if (bracket) {
            singleBrackets(t, s);
        }
    }

    private static void doubleBrackets(AnalysisText t, String s) {
        int i = s.indexOf("[[");
        while (i >= 0) {
            int close = s.indexOf("]]", i + 2);
            if (close < 0) {
                return;
            }
            boolean nomenclature = i > 0 && (s.charAt(i - 1) == '-' || s.charAt(i - 1) == ',' || s.charAt(i - 1) == '\''
                    || s.charAt(i - 1) == '[');
            if (!nomenclature && close - i <= MAX_DOUBLE && noBracketIn(s, i + 2, close)) {
                t.blank(i, close + 2, AnalysisText.Blank.DELETED);
                i = s.indexOf("[[", close + 2);
            } else {
                i = s.indexOf("[[", i + 2);
            }
        }
    }

    private static void dottedBrackets(AnalysisText t, String s) {
        int i = s.indexOf(".[.");
        while (i >= 0) {
            int close = s.indexOf(".].", i + 3);
            if (close < 0) {
                return;
            }
            t.blank(i, close + 3, AnalysisText.Blank.DELETED);
            i = s.indexOf(".[.", close + 3);
        }
    }

    private static void additionTags(AnalysisText t, String s) {
        for (String tag : new String[] {".Iaddend.", ".Iadd."}) {
            int i = s.indexOf(tag);
            while (i >= 0) {
                t.blank(i, i + tag.length(), AnalysisText.Blank.DELETED);
                i = s.indexOf(tag, i + tag.length());
            }
        }
    }

    private static void singleBrackets(AnalysisText t, String s) {
        int n = s.length();
        for (int i = s.indexOf('['); i >= 0 && i < n; i = s.indexOf('[', i + 1)) {
            if (t.charAt(i) != '[' || !openerAt(s, i)) {
                continue; // already blanked (double or dotted brackets), or part of a name or formula
            }
            int close = -1;
            for (int k = i + 1; k < n && k - i <= MAX_SINGLE; k++) {
                char c = s.charAt(k);
                if (c == '[') {
                    break;
                }
                if (c == ']') {
                    close = k;
                    break;
                }
            }
            if (close < 0 || !closerAt(s, close) || !enclosesWords(s, i + 1, close)) {
                continue;
            }
            int label = claimLabelEnd(s, i + 1, close);
            if (label > 0) {
                // "[2. A key ... ]": the claim is deleted; its number stays so the numbering still reads 1, 2, 3.
                t.blank(i, i + 1, AnalysisText.Blank.DELETED);
                t.blank(label, close + 1, AnalysisText.Blank.DELETED);
            } else {
                t.blank(i, close + 1, AnalysisText.Blank.DELETED);
            }
            i = close;
        }
    }

    /** "[" after a space, a line start or punctuation, not inside a word, name or formula ("N-[", "a[i]"). */
    private static boolean openerAt(String s, int i) {
        if (i + 1 < s.length() && s.charAt(i + 1) == '[') {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = s.charAt(i - 1);
        return Character.isWhitespace(before) || before == '.' || before == ',' || before == ';' || before == ':'
                || before == '(';
    }

    private static boolean closerAt(String s, int close) {
        if (close + 1 >= s.length()) {
            return true;
        }
        char after = s.charAt(close + 1);
        return Character.isWhitespace(after) || after == '.' || after == ',' || after == ';' || after == ':'
                || after == ')';
    }

    /** Words, not a formula, a label or a symbol: a lower-case word of three letters, no "=", not "Claim 1". */
    private static boolean enclosesWords(String s, int from, int to) {
        int run = 0;
        boolean word = false;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '=' || c == '+' || c == '<' || c == '>') {
                return false;
            }
            if (c >= 'a' && c <= 'z') {
                if (++run >= 3) {
                    word = true;
                }
            } else {
                run = 0;
            }
        }
        if (!word) {
            return false;
        }
        String inside = s.substring(from, to).strip();
        return !LABEL_OR_SYMBOL.matcher(inside).matches();
    }

    /** Where a claim label at the start of [from, to) ends ("[ 2. A key"), or -1. */
    private static int claimLabelEnd(String s, int from, int to) {
        int k = from;
        while (k < to && Character.isWhitespace(s.charAt(k))) {
            k++;
        }
        int digits = k;
        while (k < to && Character.isDigit(s.charAt(k))) {
            k++;
        }
        if (k == digits || k - digits > 5) {
            return -1;
        }
        while (k < to && s.charAt(k) == ' ') {
            k++;
        }
        return k < to && (s.charAt(k) == '.' || s.charAt(k) == ')') ? k + 1 : -1;
    }

    private static boolean noBracketIn(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c == '[' || c == ']') {
                return false;
            }
        }
        return true;
    }
}
