package io.patentdesk.app.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a PDF export embeds (as subsets), tried in order for each character: Liberation Serif (the text face:
 * Times New Roman's metrics, the face the DOCX export names), DejaVu Sans for symbols and scripts it lacks, then for
 * CJK characters a serif (Song/Ming) face installed on this machine when there is one ({@link SerifCjkFontFinder}:
 * SimSun, the DOCX export's East Asian face, first), and always Droid Sans Fallback. All but the installed face are
 * shipped in the jar, so an export never needs a system or remote font.
 *
 * <p>Fonts are embedded without their glyph substitution tables' ligatures applied: PDFBox draws one glyph per
 * character, so "fl" in "flow" is two glyphs and the PDF's text reads (and is searched and copied) as "flow", never
 * as the ligature character U+FB02.
 */
final class PdfFonts {
    private static final String DIR = "fonts/";

    /** U+4E2D, the first character of "Chinese": a face without it is no Chinese face. */
    private static final int HAN_ZHONG = 0x4E2D;

    /** One face in regular and bold, loaded into the document. */
    private record Face(TrueTypeFont regularTtf, CmapLookup regularCmap, PDFont regular,
            TrueTypeFont boldTtf, CmapLookup boldCmap, PDFont bold) {

        static Face load(PDDocument doc, String regularName, String boldName) throws IOException {
            TrueTypeFont r = parse(regularName);
            return of(doc, r, boldName.equals(regularName) ? r : parse(boldName));
        }

        static Face of(PDDocument doc, TrueTypeFont r, TrueTypeFont b) throws IOException {
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

    /** The serif CJK faces installed on this machine, looked for once: a font installed later needs a restart. */
    private static final class Installed {
        static final List<SerifCjkFontFinder.Found> SERIF_CJK = SerifCjkFontFinder.forThisMachine().installed();
    }

    /** The embedded face used for CJK characters: the first installed serif face that loads, else the bundled one. */
    final String cjkFaceName;

    PdfFonts(PDDocument doc) throws IOException {
        this(doc, Installed.SERIF_CJK);
    }

    /** Fonts with {@code serifCjk} (most preferred first) tried for CJK characters before Droid Sans Fallback. */
    PdfFonts(PDDocument doc, List<SerifCjkFontFinder.Found> serifCjk) throws IOException {
        Face text = Face.load(doc, "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf");
        Face symbols = Face.load(doc, "DejaVuSans.ttf", "DejaVuSans-Bold.ttf");
        Face fallback = Face.load(doc, "DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf");
        List<Face> faces = new ArrayList<>(List.of(text, symbols));
        Face serif = firstLoadable(doc, serifCjk);
        if (serif != null) {
            faces.add(serif); // regular for bold too: Song faces have no bold, as in the DOCX
        }
        faces.add(fallback);
        chain = List.copyOf(faces);
        cjkFaceName = (serif != null ? serif : fallback).regularTtf().getName();
        regular = text.regular();
        bold = text.bold();
    }

    private static Face firstLoadable(PDDocument doc, List<SerifCjkFontFinder.Found> found) {
        for (SerifCjkFontFinder.Found f : found) {
            try {
                TrueTypeFont ttf = parseInstalled(f);
                if (ttf != null) {
                    return Face.of(doc, ttf, ttf);
                }
            } catch (IOException | RuntimeException e) {
                // A damaged font file, or one that forbids embedding: the next candidate, else the bundled face.
            }
        }
        return null;
    }

    /**
     * The face {@code f} names, read whole into memory (the faces of a collection share its data, which would
     * otherwise stay open, and on Windows locked, until the document is saved); null when it has no TrueType outlines
     * (PDFBox cannot subset CFF ones) or no Chinese characters.
     */
    private static TrueTypeFont parseInstalled(SerifCjkFontFinder.Found f) throws IOException {
        TrueTypeFont ttf;
        try (InputStream in = Files.newInputStream(f.file())) {
            if (f.file().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                ttf = fromCollection(new TrueTypeCollection(in), f.postScriptName());
            } else {
                ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            }
        }
        boolean usable = ttf != null && ttf.getTableMap().containsKey("glyf")
                && ttf.getUnicodeCmapLookup().getGlyphId(HAN_ZHONG) > 0;
        if (!usable && ttf != null) {
            ttf.close();
        }
        return usable ? ttf : null;
    }

    /** The face named {@code postScriptName}, else the collection's first. */
    private static TrueTypeFont fromCollection(TrueTypeCollection ttc, String postScriptName) throws IOException {
        TrueTypeFont named = ttc.getFontByName(postScriptName);
        if (named != null) {
            return named;
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        ttc.processAllFonts(t -> {
            if (first[0] == null) {
                first[0] = t;
            }
        });
        return first[0];
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
