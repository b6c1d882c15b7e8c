package io.patentdesk.app.io;

import java.io.IOException;
import java.io.InputStream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a PDF export embeds (as subsets), shipped in the jar so no system or remote font is ever needed:
 * DejaVu Sans for Latin, Greek, Cyrillic and symbols, Droid Sans Fallback for CJK characters DejaVu lacks.
 */
final class PdfFonts {
    private static final String DIR = "fonts/";

    final PDFont regular;
    final PDFont bold;
    final PDFont fallback;
    private final TrueTypeFont regularTtf;
    private final TrueTypeFont boldTtf;
    private final TrueTypeFont fallbackTtf;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;
    private final CmapLookup fallbackCmap;

    PdfFonts(PDDocument doc) throws IOException {
        regularTtf = parse("DejaVuSans.ttf");
        boldTtf = parse("DejaVuSans-Bold.ttf");
        fallbackTtf = parse("DroidSansFallbackFull.ttf");
        regularCmap = regularTtf.getUnicodeCmapLookup();
        boldCmap = boldTtf.getUnicodeCmapLookup();
        fallbackCmap = fallbackTtf.getUnicodeCmapLookup();
        // The document closes the parsed fonts when it is closed.
        regular = PDType0Font.load(doc, regularTtf, true);
        bold = PDType0Font.load(doc, boldTtf, true);
        fallback = PDType0Font.load(doc, fallbackTtf, true);
    }

    private static TrueTypeFont parse(String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IOException("the font " + name + " is missing from the application");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    /** The font to draw {@code codePoint} with: the preferred one when it has the glyph, else the fallback; null when none has it. */
    PDFont fontFor(int codePoint, boolean wantBold) throws IOException {
        TrueTypeFont preferred = wantBold ? boldTtf : regularTtf;
        if (has(preferred, codePoint)) {
            return wantBold ? bold : regular;
        }
        if (has(fallbackTtf, codePoint)) {
            return fallback;
        }
        return null;
    }

    private boolean has(TrueTypeFont ttf, int codePoint) throws IOException {
        CmapLookup cmap = ttf == regularTtf ? regularCmap : ttf == boldTtf ? boldCmap : fallbackCmap;
        return cmap.getGlyphId(codePoint) > 0;
    }
}
