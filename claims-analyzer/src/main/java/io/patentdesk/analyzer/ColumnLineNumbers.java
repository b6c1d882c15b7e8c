package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column line numbers (5, 10, ... 65) that an OCR copy of an older patent carries into its claims: "said
 * catheter. 60 7. Apparatus". Blanked as non-claim text where they cannot be anything else:
 *
 * <ul>
 *   <li>alone on a line, at the end of a line after a period, or between a claim's period and the next claim label;
 *   <li>inside a claim, when they form a run: at least three numbers between words counting up by five, each some
 *       lines of text after the one before and evenly so (a column's lines are numbered every fifth line). A run of
 *       three counts only when the text shows OCR elsewhere; a run of five stands on its own. Amounts are not taken:
 *       a number next to a unit, a comparison or another number ("from 5 to 10 mm", "20 phr", "claim 15"), or before
 *       a period ("2 . The spoke" is a label in USPTO spacing).
 * </ul>
 */
final class ColumnLineNumbers {

    /** A claim label after a line number: "7. A", "I5. The", "8) (". */
    private static final Pattern LABEL_AFTER = Pattern.compile("[ \\t]+" + MisreadDigits.TOKEN + "[ \\t]*[.)][ \\t]+[A-Z(]");

    /** Characters between two numbered lines, five lines apart, in the columns of a printed patent. */
    private static final int MIN_GAP = 120;
    private static final int MAX_GAP = 700;
    private static final int SHORT_RUN = 3;
    private static final int LONG_RUN = 5;

    private ColumnLineNumbers() {}

    static void blank(AnalysisText t) {
        String s = t.text();
        List<int[]> candidates = candidates(s); // {position, value, end}
        if (candidates.isEmpty()) {
            return;
        }
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        Matcher label = LABEL_AFTER.matcher(s);
        for (int[] c : candidates) {
            if (between(s, c[0], c[2], label)) {
                junk(t, c[0], c[2]);
                taken.add(c[0]);
            }
        }
        List<int[]> amidWords = new ArrayList<>();
        for (int[] c : candidates) {
            if (taken.contains(c[0]) || amidWords(s, c[0], c[2])) {
                amidWords.add(c); // the numbers just blanked are links of the runs too
            }
        }
        blankRuns(t, s, amidWords, taken);
    }

    /** Words an amount stands next to ("from 5 to 10 mm", "claim 15", "20 phr"): a line number is not an amount. */
    private static final java.util.Set<String> AMOUNT_BEFORE = java.util.Set.of("claim", "claims", "to", "from",
            "than", "about", "between", "and", "or", "least", "most", "by", "approximately", "substantially", "under",
            "over", "within", "up", "only", "exactly", "nearly", "with", "at", "per", "times", "each", "every", "all",
            "fig", "figs", "figure", "step", "no", "number", "equal", "equals", "is", "are", "of", "n");
    private static final java.util.Set<String> AMOUNT_AFTER = java.util.Set.of("to", "and", "or", "percent", "wt",
            "weight", "mass", "mol", "moles", "parts", "part", "phr", "mm", "cm", "m", "nm", "um", "microns", "micron",
            "inches", "inch", "in", "ft", "feet", "degrees", "degree", "deg", "c", "f", "k", "minutes", "minute", "min",
            "seconds", "second", "sec", "s", "hours", "hour", "h", "hrs", "days", "day", "times", "fold", "volts", "v",
            "watts", "w", "hz", "khz", "mhz", "ghz", "kg", "g", "mg", "lb", "lbs", "psi", "kpa", "mpa", "bar", "ml",
            "l", "ppm", "db", "x", "through", "percentage", "vol", "volume");

    /** Between words, not next to a unit, a comparison or another number: where a line number lands in prose. */
    private static boolean amidWords(String s, int start, int end) {
        int b = start;
        while (b > 0 && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (b > 0 && !Character.isLetter(s.charAt(b - 1)) && ",;:.".indexOf(s.charAt(b - 1)) < 0) {
            return false;
        }
        int w = b;
        while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
            w--;
        }
        if (AMOUNT_BEFORE.contains(s.substring(w, b).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int e = end;
        while (e < s.length() && Character.isWhitespace(s.charAt(e))) {
            e++;
        }
        if (e >= s.length() || !Character.isLetter(s.charAt(e))) {
            return false;
        }
        int we = e;
        while (we < s.length() && Character.isLetter(s.charAt(we))) {
            we++;
        }
        return !AMOUNT_AFTER.contains(s.substring(e, we).toLowerCase(java.util.Locale.ROOT));
    }

    /** Alone on its line, ending a line after a period, or between a period and a claim label. */
    private static boolean between(String s, int start, int end, Matcher label) {
        int b = start;
        while (b > 0 && (s.charAt(b - 1) == ' ' || s.charAt(b - 1) == '\t')) {
            b--;
        }
        boolean lineStart = b == 0 || s.charAt(b - 1) == '\n';
        boolean afterPeriod = b > 0 && b < start && s.charAt(b - 1) == '.';
        if (!lineStart && !afterPeriod) {
            return false;
        }
        int e = end;
        while (e < s.length() && (s.charAt(e) == ' ' || s.charAt(e) == '\t' || s.charAt(e) == '\r')) {
            e++;
        }
        return e == s.length() || s.charAt(e) == '\n' || label.region(end, s.length()).lookingAt();
    }

    static boolean isLineNumber(int v) {
        return v >= 5 && v <= 75 && v % 5 == 0;
    }

    private static void junk(AnalysisText t, int from, int to) {
        t.blank(from, to, AnalysisText.Blank.JUNK);
        t.spot(InputQuality.Kind.LINE_NUMBER, from, to);
    }

    private static void blankRuns(AnalysisText t, String s, List<int[]> candidates, java.util.Set<Integer> blanked) {
        if (candidates.size() < SHORT_RUN) {
            return;
        }
        int n = candidates.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        for (int j = 0; j < n; j++) {
            length[j] = 1;
            previous[j] = -1;
            int[] b = candidates.get(j);
            for (int i = j - 1; i >= 0; i--) {
                int[] a = candidates.get(i);
                int gap = b[0] - a[0];
                if (gap > MAX_GAP) {
                    break;
                }
                if (gap >= MIN_GAP && follows(a[1], b[1]) && length[i] + 1 > length[j]) {
                    length[j] = length[i] + 1;
                    previous[j] = i;
                }
            }
        }
        int needed = t.spots().isEmpty() ? LONG_RUN : SHORT_RUN;
        boolean[] taken = new boolean[n];
        for (int j = n - 1; j >= 0; j--) {
            if (length[j] < needed || taken[j] || !evenlySpaced(candidates, previous, j)) {
                continue;
            }
            for (int k = j; k >= 0 && !taken[k]; k = previous[k]) {
                taken[k] = true;
            }
        }
        for (int k = 0; k < n; k++) {
            if (taken[k] && !blanked.contains(candidates.get(k)[0])) {
                junk(t, candidates.get(k)[0], candidates.get(k)[2]);
            }
        }
    }

    /** Lines of a column are alike: no gap of the run ending at {@code j} is over three times another. */
    private static boolean evenlySpaced(List<int[]> candidates, int[] previous, int j) {
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int k = j; previous[k] >= 0; k = previous[k]) {
            int gap = candidates.get(k)[0] - candidates.get(previous[k])[0];
            min = Math.min(min, gap);
            max = Math.max(max, gap);
        }
        return max <= 3 * min;
    }

    /** The next line number of a column, or the first of the next column. */
    private static boolean follows(int a, int b) {
        return b == a + 5 || b == 5 && a >= 45;
    }

    /** Bare one- or two-digit multiples of five: a space or line break on each side, not "claim 15". */
    private static List<int[]> candidates(String s) {
        List<int[]> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                i++;
                continue;
            }
            int j = i;
            while (j < n && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j - i <= 2 && (i == 0 || Character.isWhitespace(s.charAt(i - 1)))
                    && (j == n || Character.isWhitespace(s.charAt(j))) && !afterClaimWord(s, i) && !beforePeriod(s, j)) {
                int v = Integer.parseInt(s, i, j, 10);
                if (isLineNumber(v)) {
                    out.add(new int[] {i, v, j});
                }
            }
            i = j;
        }
        return out;
    }

    /** "10 ." is a claim label in USPTO spacing, or ends a sentence: not a line number. */
    private static boolean beforePeriod(String s, int j) {
        int k = j;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k < s.length() && (s.charAt(k) == '.' || s.charAt(k) == ')');
    }

    private static boolean afterClaimWord(String s, int i) {
        int k = i - 1;
        while (k >= 0 && Character.isWhitespace(s.charAt(k))) {
            k--;
        }
        return k >= 4 && (s.regionMatches(true, k - 4, "claim", 0, 5) || s.regionMatches(true, k - 5, "claims", 0, 6)
                && k >= 5);
    }
}
