package io.patentdesk.app.io;

import io.patentdesk.app.amend.ClaimListing;
import io.patentdesk.app.amend.ClaimListingText;
import io.patentdesk.app.amend.Piece;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes a claim listing (37 CFR 1.121(c)) to .docx or .txt, atomically. In the DOCX, added text is underlined and
 * deleted text struck through as run formatting, not as Word's tracked changes: the USPTO reads the markup as shown,
 * and tracked changes would vanish once accepted or print as balloons. Page, faces and size as {@link DocxExporter}.
 */
public final class ClaimListingExporter {
    public void export(ClaimListing listing, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            AtomicFile.write(target, out -> out.write(ClaimListingText.render(listing).getBytes(StandardCharsets.UTF_8)));
        } else if (name.endsWith(".docx")) {
            AtomicFile.write(target, out -> {
                try (XWPFDocument doc = build(listing)) {
                    doc.write(out);
                }
            });
        } else {
            throw new ExportException("Cannot write a claim listing to \u201c" + target.getFileName()
                    + "\u201d: the name must end in .docx or .txt.", null);
        }
    }

    static XWPFDocument build(ClaimListing listing) {
        XWPFDocument doc = new XWPFDocument();
        DocxExporter.pageSetup(doc);
        for (int i = 0; i < ClaimListing.PREAMBLE.size(); i++) {
            XWPFParagraph p = paragraph(doc);
            run(p, ClaimListing.PREAMBLE.get(i)).setBold(i != 1);
        }
        for (ClaimListing.Entry e : listing.entries()) {
            XWPFParagraph p = paragraph(doc);
            p.setIndentationFirstLine(720); // each claim begins on its own indented line (37 CFR 1.75(h), (i))
            run(p, e.label() + " (" + e.first().identifier() + ")" + (e.first().withoutText() ? "" : " "));
            if (e.first().withoutText()) {
                continue;
            }
            for (Piece piece : e.first().text()) {
                switch (piece.kind()) {
                    case SAME -> run(p, piece.text());
                    case ADDED -> run(p, piece.text()).setUnderline(UnderlinePatterns.SINGLE);
                    case DELETED -> {
                        if (piece.bracketed()) {
                            run(p, "[[" + piece.text() + "]]");
                        } else {
                            run(p, piece.text()).setStrikeThrough(true);
                        }
                    }
                }
            }
        }
        return doc;
    }

    private static XWPFParagraph paragraph(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        p.setSpacingBetween(1.5); // 37 CFR 1.52(b)(2): 1.5 or double line spacing
        p.setSpacingAfter(120);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        return DocxExporter.run(p, text);
    }
}
