package io.patentdesk.analyzer;

/**
 * How many printed pages a description fills, estimated from its text, for offices that charge per page (CNIPA:
 * 说明书附加费 from the 31st page). The office counts the pages as filed, which the analyzer never sees; the estimate
 * lays the text out as the office's page format does: each paragraph (a line of the text) starts a new line, a line
 * holds {@code charsPerLine} full-width characters (a Chinese character, full-width punctuation) or twice as many
 * half-width ones (Latin letters, digits, ASCII punctuation), and a page holds {@code linesPerPage} lines. Blank lines
 * take no space: a filed description has no empty paragraphs. Drawings are not in the text and not counted.
 */
public final class DescriptionPages {

    private DescriptionPages() {}

    /** The pages {@code text} fills; 0 for a blank text. */
    public static int estimate(String text, int charsPerLine, int linesPerPage) {
        if (charsPerLine <= 0 || linesPerPage <= 0) {
            throw new IllegalArgumentException("a page needs characters per line and lines per page");
        }
        long lines = 0;
        int halfWidths = 0; // the paragraph's width in half-width characters
        boolean ink = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (ink) {
                    lines += Math.max(1, (halfWidths + 2L * charsPerLine - 1) / (2L * charsPerLine));
                }
                halfWidths = 0;
                ink = false;
            } else if (c != '\r') {
                halfWidths += c < 0x80 || c >= '\uff61' && c <= '\uff9f' ? 1 : 2; // ASCII and half-width kana: half
                ink |= !Character.isWhitespace(c);
            }
        }
        return (int) ((lines + linesPerPage - 1) / linesPerPage);
    }
}
