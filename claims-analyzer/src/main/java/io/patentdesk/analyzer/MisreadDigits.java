package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digits that OCR read as letters: "I" or "l" for 1, "O" for 0, so "I5." for claim 15, "claim I" for claim 1 and
 * "权利要求l" for 权利要求1.
 * References are put right in the analysis text (same length); claim labels are read by {@link ClaimParser}, which
 * takes a misread label only where the numbering expects it.
 */
final class MisreadDigits {

    /** A number token as OCR may write it: digits, I, l, |, O. */
    static final String TOKEN = "[0-9IlO|]{1,3}";

    private static final Pattern REFERENCE = Pattern.compile("[Cc]laims?[ \\t]+(" + TOKEN + ")(?![A-Za-z0-9])");
    private static final Pattern NEXT_IN_LIST = Pattern.compile(
            "[ \\t]*(?:,[ \\t]*(?:or|and)?|-|\\u2013|to|through|or|and)[ \\t]*(?:claims?[ \\t]+)?(" + TOKEN
                    + ")(?![A-Za-z0-9])");

    /** 权利要求 (or 权利要, its last character lost) and a number token; lists go on with 至, 或, 、 and the like. */
    private static final Pattern ZH_REFERENCE = Pattern.compile("\u6743\u5229\u8981\u6c42?[ \t]*(" + TOKEN
            + ")(?![A-Za-z0-9])");
    private static final Pattern ZH_NEXT_IN_LIST = Pattern.compile("[ \t]*(?:[-\u2013\u2014~\uff0d\uff5e\u81f3\u5230"
            + "\u6216\u548c\u53ca\u4e0e\u3001,\uff0c]|\u6216\u8005)[ \t]*(?:\u6743\u5229\u8981\u6c42)?[ \t]*(" + TOKEN
            + ")(?![A-Za-z0-9])");

    private MisreadDigits() {}

    /** Whether a token holds a letter for a digit and reads as a number once put right ("I5", "lO", "I"). */
    static boolean isMisread(String token) {
        boolean letter = false;
        boolean one = false;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            letter |= c == 'I' || c == 'l' || c == '|' || c == 'O';
            one |= c != 'O' && c != '0';
        }
        return letter && one;
    }

    /** The number a token reads as, letters put right; -1 when it is none. */
    static int value(String token) {
        int v = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int d = c == 'I' || c == 'l' || c == '|' ? 1 : c == 'O' ? 0 : c - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static void fixReferences(AnalysisText t) {
        String s = t.text();
        if (hasLetterDigit(s, "laim")) {
            fixReferences(t, s, REFERENCE, NEXT_IN_LIST);
        }
        if (hasLetterDigit(s, "\u6743\u5229\u8981")) { // 权利要
            fixReferences(t, s, ZH_REFERENCE, ZH_NEXT_IN_LIST);
        }
    }

    private static void fixReferences(AnalysisText t, String s, Pattern reference, Pattern nextInList) {
        Matcher m = reference.matcher(s);
        Matcher next = nextInList.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            fix(t, m.start(), m.start(1), m.end(1), m.group(1));
            int at = m.end();
            while (next.region(at, s.length()).lookingAt()) {
                fix(t, next.start(1), next.start(1), next.end(1), next.group(1));
                at = next.end();
            }
            from = Math.max(at, m.end());
        }
    }

    /** Puts the token at [start, end) right; the spot runs from {@code spot} ("claim I", or the token alone). */
    private static void fix(AnalysisText t, int spot, int start, int end, String token) {
        if (!isMisread(token)) {
            return;
        }
        for (int i = start; i < end; i++) {
            char c = token.charAt(i - start);
            if (c == 'I' || c == 'l' || c == '|') {
                t.set(i, '1');
            } else if (c == 'O') {
                t.set(i, '0');
            }
        }
        t.spot(InputQuality.Kind.MISREAD_NUMBER, spot, end);
    }

    /** A cheap test: within a few characters after {@code word}, a number token holding a letter OCR puts for a digit. */
    private static boolean hasLetterDigit(String s, String word) {
        for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + word.length())) {
            int end = Math.min(s.length(), i + 30);
            for (int k = i + word.length(); k < end; k++) {
                char c = s.charAt(k);
                if ((c == 'I' || c == 'l' || c == '|' || c == 'O') && !isLatinLetter(s.charAt(k - 1))) {
                    int e = k;
                    while (e < s.length() && "0123456789IlO|".indexOf(s.charAt(e)) >= 0) {
                        e++;
                    }
                    if (e == s.length() || !isLatinLetter(s.charAt(e))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "claimI" is a word, not a reference; "权利要求l" is one (the character before is an ideograph). */
    private static boolean isLatinLetter(char c) {
        return c < 0x250 && Character.isLetter(c);
    }
}
