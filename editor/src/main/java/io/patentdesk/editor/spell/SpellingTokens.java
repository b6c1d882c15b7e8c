package io.patentdesk.editor.spell;

import java.util.function.Consumer;

/**
 * Splits text into the words a spell checker should look at. A word is a run of Latin letters with apostrophes
 * inside ("don't", "device's"); hyphens split words ("thermo-coupler" is "thermo" and "coupler"). Left out, because
 * no English dictionary can judge them: runs with digits ("12a", "H2O"), acronyms in capitals ("USB", "FIG"),
 * words with capitals inside ("iPhone"), single letters, and any run with letters of another script: Chinese,
 * Japanese and Korean text, Greek symbols ("\u03b1-olefin") and Cyrillic are skipped whole.
 */
public final class SpellingTokens {
    /** Longer runs are chemical names, identifiers or base64, not words. */
    static final int MAX_WORD = 40;

    private SpellingTokens() {
    }

    /** Calls {@code out} with each word to check, in order, with its offsets into {@code text}. */
    public static void forEach(String text, Consumer<Misspelling> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isRunChar(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean skip = false;
            while (i < n && (isRunChar(text.charAt(i)) || (isApostrophe(text.charAt(i)) && i + 1 < n && isRunChar(text.charAt(i + 1))))) {
                char d = text.charAt(i);
                if (Character.isDigit(d) || (Character.isLetter(d) && !isLatin(d))) {
                    skip = true;
                }
                i++;
            }
            int end = i;
            // A run glued to a digit or a non-Latin letter through an apostrophe or a period is left whole.
            if (!skip && end - start > 1 && end - start <= MAX_WORD && isWord(text, start, end)) {
                out.accept(new Misspelling(start, end, text.substring(start, end)));
            }
        }
    }

    /** Letters of any script and digits make a run; the run is then judged as a whole. */
    private static boolean isRunChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isLatin(char c) {
        if (c < 0x80) {
            return true; // the common case, without the script table's binary search
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    /** Not an acronym in capitals, no capital after the first letter. */
    private static boolean isWord(String text, int start, int end) {
        for (int k = start + 1; k < end; k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
