package io.patentdesk.app.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out on US Letter pages with one-inch margins, 1.5 line spacing and page numbers: greedy line
 * breaking at spaces and between CJK characters, each character drawn with a font that has its glyph.
 */
final class PdfPageWriter implements AutoCloseable {
    static final float SIZE = 12f;
    private static final float LEADING = SIZE * 1.5f;
    private static final float MARGIN = 72f;
    private static final PDRectangle PAGE = PDRectangle.LETTER;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream content;
    private float y;
    private int pageNumber;

    PdfPageWriter(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    /** Starts a new page (the first call opens page 1). */
    void newPage() throws IOException {
        closePage();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        pageNumber++;
        y = PAGE.getHeight() - MARGIN;
        String n = Integer.toString(pageNumber);
        drawRun(n, fonts.regular, (PAGE.getWidth() - width(n, false)) / 2, MARGIN / 2);
    }

    boolean atPageTop() {
        return y >= PAGE.getHeight() - MARGIN;
    }

    /** A centred bold line (title, heading) with space around it. */
    void centred(String text) throws IOException {
        space(LEADING / 2);
        for (String line : wrap(text, 0, true)) {
            ensureRoom();
            draw(line, (PAGE.getWidth() - width(line, true)) / 2, true);
            y -= LEADING;
        }
        space(LEADING / 2);
    }

    /** A paragraph, led by a bold {@code label} such as "[0001]" when it is not empty. */
    void paragraph(String label, String text) throws IOException {
        float indent = label.isEmpty() ? 0 : width(label + "  ", true);
        List<String> lines = wrap(text, indent, false);
        for (int i = 0; i < lines.size(); i++) {
            ensureRoom();
            if (i == 0 && !label.isEmpty()) {
                draw(label, MARGIN, true);
            }
            draw(lines.get(i), MARGIN + (i == 0 ? indent : 0), false);
            y -= LEADING;
        }
        space(LEADING / 3);
    }

    /** Indent of a claim's elements (37 CFR 1.75(i)): half an inch. */
    static final float ELEMENT_INDENT = 36f;

    /** A line of the claims: a claim's start flush left, an element indented; space after the claim's last line. */
    void claimLine(String text, boolean element, boolean lastOfClaim) throws IOException {
        float left = element ? ELEMENT_INDENT : 0;
        for (String line : wrap(text, 0, left, false)) {
            ensureRoom();
            draw(line, MARGIN + left, false);
            y -= LEADING;
        }
        if (lastOfClaim) {
            space(LEADING / 3);
        }
    }

    private void space(float h) {
        if (!atPageTop()) {
            y -= h;
        }
    }

    private void ensureRoom() throws IOException {
        if (y - SIZE < MARGIN) {
            newPage();
        }
    }

    /** Greedy line breaking; the first line is {@code firstIndent} narrower. Widths add up piece by piece. */
    List<String> wrap(String text, float firstIndent, boolean bold) throws IOException {
        return wrap(text, firstIndent, 0, bold);
    }

    /** As {@link #wrap(String, float, boolean)}, every line also {@code leftIndent} narrower. */
    List<String> wrap(String text, float firstIndent, float leftIndent, boolean bold) throws IOException {
        float full = WIDTH - leftIndent;
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineWidth = 0; // width of line, trailing spaces included
        float avail = full - firstIndent;
        for (String piece : breakable(text.replace('\t', ' '))) {
            String word = piece.stripTrailing();
            float wordWidth = width(word, bold);
            if (lineWidth + wordWidth <= avail) {
                line.append(piece);
                lineWidth += wordWidth + width(piece.substring(word.length()), bold);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
                avail = full;
            }
            if (wordWidth > avail) {
                // A word wider than the line (a long formula or URL): break it between characters.
                List<String> parts = hardBreak(word, avail, bold);
                lines.addAll(parts.subList(0, parts.size() - 1));
                avail = full;
                piece = parts.get(parts.size() - 1) + piece.substring(word.length());
                word = piece.stripTrailing();
                wordWidth = width(word, bold);
            }
            line.append(piece);
            lineWidth = wordWidth + width(piece.substring(word.length()), bold);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private List<String> hardBreak(String word, float avail, boolean bold) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        float curWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            float w = width(ch, bold);
            if (!cur.isEmpty() && curWidth + w > avail) {
                out.add(cur.toString());
                cur.setLength(0);
                curWidth = 0;
            }
            cur.append(ch);
            curWidth += w;
            i += Character.charCount(cp);
        }
        out.add(cur.toString());
        return out;
    }

    /** Pieces that may end a line: a word with its trailing spaces, or a single CJK character. */
    static List<String> breakable(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isCjk(cp)) {
                if (!cur.isEmpty()) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                out.add(new String(Character.toChars(cp)));
                continue;
            }
            cur.appendCodePoint(cp);
            boolean endOfWord = cp == ' ' && (i >= text.length() || text.charAt(i) != ' ');
            if (endOfWord) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        if (!cur.isEmpty()) {
            out.add(cur.toString());
        }
        return out;
    }

    private static boolean isCjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    float width(String text, boolean bold) throws IOException {
        float w = 0;
        for (Run r : runs(text, bold)) {
            w += r.font.getStringWidth(r.text) / 1000f * SIZE;
        }
        return w;
    }

    private void draw(String text, float x, boolean bold) throws IOException {
        float cx = x;
        for (Run r : runs(text, bold)) {
            drawRun(r.text, r.font, cx, y);
            cx += r.font.getStringWidth(r.text) / 1000f * SIZE;
        }
    }

    private void drawRun(String text, PDFont font, float x, float atY) throws IOException {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, atY);
        content.showText(text);
        content.endText();
    }

    /** Splits {@code text} into runs of one font; a character no font has is drawn as "?". */
    private List<Run> runs(String text, boolean bold) throws IOException {
        List<Run> out = new ArrayList<>();
        PDFont curFont = null;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            PDFont f = fonts.fontFor(cp, bold);
            if (f == null) {
                cp = '?';
                f = bold ? fonts.bold : fonts.regular;
            }
            if (f != curFont && !cur.isEmpty()) {
                out.add(new Run(cur.toString(), curFont));
                cur.setLength(0);
            }
            curFont = f;
            cur.appendCodePoint(cp);
        }
        if (!cur.isEmpty()) {
            out.add(new Run(cur.toString(), curFont));
        }
        return out;
    }

    private record Run(String text, PDFont font) {
    }

    private void closePage() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closePage();
    }
}
