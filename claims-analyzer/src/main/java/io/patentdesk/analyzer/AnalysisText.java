package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * The claims text as the checker reads it: exactly as long as the text written, character for character at the same
 * offsets, but with deleted amendment text and non-claim text (OCR column line numbers, back matter) blanked to
 * spaces and misread digits put right. Because nothing moves, every offset found in it points into the text as
 * written, so findings underline what the user sees.
 *
 * <p>Built once per analysis by the cleaners ({@link TranslatedClaims}, {@link BackMatter}, {@link DeletionMarkup},
 * {@link MisreadDigits}, {@link ColumnLineNumbers}); the copy of the characters is made only when one of them changes something, so a clean text
 * costs nothing.
 */
final class AnalysisText {

    /** Why a range was blanked: deleted by amendment markup, or never claim text at all. */
    enum Blank { DELETED, JUNK }

    private final String written;
    private char[] chars;
    private String cached;
    private final List<int[]> junk = new ArrayList<>();
    private final List<InputQuality.Spot> spots = new ArrayList<>();

    AnalysisText(String written) {
        this.written = written;
    }

    String written() {
        return written;
    }

    int length() {
        return written.length();
    }

    /** The current text as the checker reads it. */
    String text() {
        if (chars == null) {
            return written;
        }
        if (cached == null) {
            cached = new String(chars);
        }
        return cached;
    }

    char charAt(int i) {
        return chars == null ? written.charAt(i) : chars[i];
    }

    /** Blanks [from, to) to spaces; line breaks stay so that labels at line starts are still found. */
    void blank(int from, int to, Blank why) {
        if (from >= to) {
            return;
        }
        ensureCopy();
        for (int i = from; i < to; i++) {
            if (chars[i] != '\n' && chars[i] != '\r') {
                chars[i] = ' ';
            }
        }
        if (why == Blank.JUNK) {
            junk.add(new int[] {from, to});
        }
    }

    /** Puts one character right (a misread digit); the length never changes. */
    void set(int at, char c) {
        ensureCopy();
        chars[at] = c;
    }

    void spot(InputQuality.Kind kind, int start, int end) {
        spots.add(new InputQuality.Spot(kind, new Span(start, end), null));
    }

    List<InputQuality.Spot> spots() {
        return spots;
    }

    /** Whether the character at {@code i} was blanked as non-claim text (a line number, back matter). */
    boolean isJunk(int i) {
        for (int[] r : junk) {
            if (i >= r[0] && i < r[1]) {
                return true;
            }
        }
        return false;
    }

    private void ensureCopy() {
        if (chars == null) {
            chars = written.toCharArray();
        }
        cached = null;
    }

    /** The text as the checker reads it, cleaned of every artefact the cleaners know. */
    static AnalysisText of(String written) {
        AnalysisText t = new AnalysisText(written);
        TranslatedClaims.blank(t);
        BackMatter.blank(t);
        DeletionMarkup.blank(t);
        MisreadDigits.fixReferences(t);
        ColumnLineNumbers.blank(t);
        return t;
    }
}
