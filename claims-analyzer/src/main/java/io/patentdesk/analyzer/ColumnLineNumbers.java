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
 *   <li>inside a claim, when they form a run: at least three numbers counting up by five, each some lines of text
 *       after the one before (a column's lines are numbered every fifth line). A run of three counts only when the
 *       text shows OCR elsewhere; a run of five stands on its own. Amounts ("5 to 10 mm, 15 mm") are too close
 *       together to form a run.
 * </ul>
 */
final class ColumnLineNumbers {

    /** A bare number, alone on its line, ending a line after a period, or before a claim label. */
    private static final Pattern BETWEEN = Pattern.compile(
            "(?m)(?:(?<=\\.)[ \\t]+|^[ \\t]*)(\\d{1,2})(?=[ \\t]*\\r?$|[ \\t]+" + MisreadDigits.TOKEN
                    + "[ \\t]*[.)][ \\t]+[A-Z(])");

    /** Characters between two numbered lines, five lines apart, in the columns of a printed patent. */
    private static final int MIN_GAP = 120;
    private static final int MAX_GAP = 700;
    private static final int SHORT_RUN = 3;
    private static final int LONG_RUN = 5;

    private ColumnLineNumbers() {}

    static void blank(AnalysisText t) {
        String s = t.text();
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        Matcher m = BETWEEN.matcher(s);
        while (m.find()) {
            if (isLineNumber(Integer.parseInt(m.group(1)))) {
                junk(t, m.start(1), m.end(1));
                taken.add(m.start(1));
            }
        }
        blankRuns(t, s, taken); // the numbers just blanked are links of the runs too
    }

    static boolean isLineNumber(int v) {
        return v >= 5 && v <= 75 && v % 5 == 0;
    }

    private static void junk(AnalysisText t, int from, int to) {
        t.blank(from, to, AnalysisText.Blank.JUNK);
        t.spot(InputQuality.Kind.LINE_NUMBER, from, to);
    }

    private static void blankRuns(AnalysisText t, String s, java.util.Set<Integer> blanked) {
        List<int[]> candidates = candidates(s); // {position, value, end}
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
            if (length[j] < needed || taken[j]) {
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
                    && (j == n || Character.isWhitespace(s.charAt(j))) && !afterClaimWord(s, i)) {
                int v = Integer.parseInt(s, i, j, 10);
                if (isLineNumber(v)) {
                    out.add(new int[] {i, v, j});
                }
            }
            i = j;
        }
        return out;
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
