package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.ChineseText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the definite references of a Chinese claim: 所述X, 该X, 上述X ("the X", "said X"), with the stretch of text
 * after the marker in which X lies. Passes over the markers that refer to claims, not to things: 权利要求1所述的,
 * 任一项所述, 如上所述, 应该, 该权利要求.
 */
final class ChineseDefiniteReferences {

    /** At most this many characters after the marker are read for X: Chinese terms are short. */
    static final int WINDOW = 24;

    /**
     * One reference: the marker at [markerStart, termStart) (with any quantifier such as 多个 or 的), and the text in
     * which X lies from termStart on, up to the next punctuation or marker.
     */
    record Reference(int markerStart, int termStart, String marker, String window) {}

    /** How far back from 所述 a claim reference is looked for ("如权利要求1-7中任一所述的"). */
    private static final int CLAIM_REFERENCE_REACH = 20;

    private static final String[] MARKERS = {"所述", "上述", "该"};

    private ChineseDefiniteReferences() {}

    /** The references in {@code text} from {@code from} on, left to right. */
    static List<Reference> find(String text, int from, ChineseAntecedentWords words) {
        List<Reference> out = new ArrayList<>();
        for (int i = from; i < text.length(); i++) {
            String marker = markerAt(text, i);
            if (marker == null) {
                continue;
            }
            int after = i + marker.length();
            if (refersToClaims(text, from, i, after)) {
                i = after - 1;
                continue;
            }
            int termStart = after + words.quantifierLength(text, after);
            int end = termStart;
            while (end < text.length() && end - termStart < WINDOW && partOfTerm(text.charAt(end))
                    && markerAt(text, end) == null) {
                end++;
            }
            if (end > termStart) {
                out.add(new Reference(i, termStart, marker, text.substring(termStart, end)));
            }
            i = end - 1;
        }
        return out;
    }

    private static String markerAt(String text, int i) {
        char c = text.charAt(i);
        if (c != '所' && c != '上' && c != '该') {
            return null; // the first characters of MARKERS: most characters are none of them
        }
        for (String m : MARKERS) {
            if (text.startsWith(m, i)) {
                return m;
            }
        }
        return null;
    }

    /**
     * 权利要求1所述, 任一项所述, 权利要求1-7中任一所述, 之一所述: a claim reference stands between the marker and the
     * punctuation before it. Also 如上所述, 应该, 活该, and 上述权利要求 / 该权利要求 / 上述任一项 / 上述1-7任一项.
     */
    private static boolean refersToClaims(String text, int from, int at, int after) {
        char before = at > from ? text.charAt(at - 1) : ' ';
        if (Character.isDigit(before) || before == '项' || before == '求' || before == '上' || before == '前'
                || before == '文' || before == '应' || before == '活') {
            return true;
        }
        for (int i = at - 1; i >= from && at - i <= CLAIM_REFERENCE_REACH; i--) {
            if (isClausePunctuation(text.charAt(i))) {
                break;
            }
            if (text.startsWith("权利要求", i)) {
                return true;
            }
        }
        return after < text.length() && Character.isDigit(text.charAt(after)) // 上述1-7任一项 (claims, no 权利要求)
                || text.startsWith("权利要求", after) || text.startsWith("任一", after) || text.startsWith("任意一", after)
                || text.startsWith("各项", after) || text.startsWith("的权利要求", after);
    }

    private static boolean isClausePunctuation(char c) {
        return ChineseText.isClausePunctuation(c) || ChineseText.isFinalFullStop(c);
    }

    /** Ideographs, Latin letters and digits make up a term ("PLC控制器", "步骤S1"); punctuation and blanks end it. */
    private static boolean partOfTerm(char c) {
        return ChineseText.isIdeograph(c) || c < 0x80 && Character.isLetterOrDigit(c)
                || c >= '\uff10' && c <= '\uff19' || c >= '\uff21' && c <= '\uff5a' || c == '-' || c == '_';
    }
}
