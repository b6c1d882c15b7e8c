package io.patentdesk.editor;

import java.util.function.IntPredicate;

/**
 * USPTO-style paragraph numbers: every non-blank paragraph gets the next number, formatted {@code [0001]}; blank
 * paragraphs get none. Numbers are cached and recomputed lazily after {@link #invalidate()}.
 */
public final class ParagraphNumbering {
    private int[] numbers = new int[0];
    private boolean valid;

    /** Formats a paragraph number as publications print it. */
    public static String format(int number) {
        return String.format("[%04d]", number);
    }

    public void invalidate() {
        valid = false;
    }

    /**
     * The number of paragraph {@code index}, or 0 for a blank one.
     *
     * @param count      how many paragraphs there are
     * @param blank      whether paragraph i is blank
     * @param first      the number of the first non-blank paragraph
     */
    public int numberOf(int index, int count, IntPredicate blank, int first) {
        if (!valid || numbers.length != count) {
            numbers = compute(count, blank, first);
            valid = true;
        }
        return index >= 0 && index < numbers.length ? numbers[index] : 0;
    }

    /** The numbers of all paragraphs, 0 for the blank ones. */
    public static int[] compute(int count, IntPredicate blank, int first) {
        int[] out = new int[count];
        int next = first;
        for (int i = 0; i < count; i++) {
            out[i] = blank.test(i) ? 0 : next++;
        }
        return out;
    }

    /** How many numbered (non-blank) paragraphs a text has. */
    public static int countNumbered(String text) {
        int n = 0;
        for (String line : text.split("\n", -1)) {
            if (!line.isBlank()) {
                n++;
            }
        }
        return n;
    }
}
