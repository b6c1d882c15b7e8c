package io.patentdesk.app.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a PDF export embeds (as subsets), shipped in the jar so no system or remote font is ever needed, tried in
 * order for each character: Liberation Serif (the text face: Times New Roman's metrics, the face the DOCX export
 * names), DejaVu Sans for symbols and scripts it lacks, Droid Sans Fallback for CJK characters.
 *
 * <p>Fonts are embedded without their glyph substitution tables' ligatures applied: PDFBox draws one glyph per
 * character, so "fl" in "flow" is two glyphs and the PDF's text reads (and is searched and copied) as "flow", never
 * as the ligature character U+FB02.
 */
final class PdfFonts {
    private static final String DIR = "fonts/";

    /** One face in regular and bold, loaded into the document. */
    private record Face(TrueTypeFont regularTtf, CmapLookup regularCmap, PDFont regular,
            TrueTypeFont boldTtf, CmapLookup boldCmap, PDFont bold) {

        static Face load(PDDocument doc, String regularName, String boldName) throws IOException {
            TrueTypeFont r = parse(regularName);
            TrueTypeFont b = boldName.equals(regularName) ? r : parse(boldName);
            // The document closes the parsed fonts when it is closed.
            PDFont pr = PDType0Font.load(doc, r, true);
            PDFont pb = b == r ? pr : PDType0Font.load(doc, b, true);
            return new Face(r, r.getUnicodeCmapLookup(), pr, b, b.getUnicodeCmapLookup(), pb);
        }

        PDFont font(boolean bold) {
            return bold ? this.bold : regular;
        }

        boolean has(int codePoint, boolean bold) {
            return (bold ? boldCmap : regularCmap).getGlyphId(codePoint) > 0;
        }
    }

    /** The text face's regular and bold fonts. */
    final PDFont regular;
    final PDFont bold;
    private final List<Face> chain;

    PdfFonts(PDDocument doc) throws IOException {
        Face text = Face.load(doc, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf");
        Face symbols = Face.load(doc, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
        Face cjk = Face.load(doc, "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf");
        chain = List.of(text, symbols, cjk);
        regular = text.regular();
        bold = text.bold();
    }

    private static TrueTypeFont parse(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    /** The first font of the chain that has {@code codePoint}; null when none has it. */
    PDFont fontFor(int codePoint, boolean wantBold) {
        for (Face f : chain) {
            if (f.has(codePoint, wantBold)) {
                return f.font(wantBold);
            }
        }
        return null;
    }
}
