package io.patentdesk.app.io;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.Matter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Writes a matter as a Word document in USPTO form ({@link ExportLayout}), atomically: US Letter pages with one-inch
 * margins (37 CFR 1.52(a)(1): at least 2.5 cm left, 2 cm elsewhere), the page number centred below the text
 * (1.52(b)(5)), Times New Roman 12 pt at 1.5 line spacing, CJK text in SimSun (Word's Song face, the serif style of
 * Chinese type), each claim's elements indented (1.75(i)).
 */
public final class DocxExporter {
    /** The serif face; the PDF export embeds Liberation Serif, which has its metrics. */
    static final String FONT = "Times New Roman";
    /** The face Word sets East Asian characters in. */
    static final String CJK_FONT = "SimSun";
    private static final int SIZE = 12;
    private static final int INCH = 1440; // twips
    /** Indent of a claim's elements: half an inch, as in the PDF. */
    static final int ELEMENT_INDENT = INCH / 2;

    public void export(Matter matter, Path target) {
        export(matter, List.of(), target);
    }

    /** Writes {@code matter} with {@code comments} as Word comments on the text they are on. */
    public void export(Matter matter, List<Comment> comments, Path target) {
        AtomicFile.write(target, out -> {
            try (XWPFDocument doc = build(matter, comments)) {
                doc.write(out);
            }
        });
    }

    static XWPFDocument build(Matter matter) {
        return build(matter, List.of());
    }

    static XWPFDocument build(Matter matter, List<Comment> comments) {
        XWPFDocument doc = new XWPFDocument();
        pageSetup(doc);
        List<Comment> placed = comments.stream()
                .flatMap(c -> c.anchoredIn(Comment.partText(matter, c.part())).stream()).toList();
        DocxComments marks = new DocxComments(doc, placed);
        boolean breakBefore = false;
        for (ExportLayout.Block b : ExportLayout.of(matter)) {
            switch (b) {
                case ExportLayout.PageBreak pb -> breakBefore = true;
                case ExportLayout.Title t -> {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, breakBefore);
                    run(p, t.text(), true);
                    breakBefore = false;
                }
                case ExportLayout.Heading h -> {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.CENTER, breakBefore);
                    p.setSpacingBefore(240);
                    run(p, h.text(), true);
                    breakBefore = false;
                }
                case ExportLayout.Paragraph para -> {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, breakBefore);
                    if (para.number() > 0) {
                        run(p, para.label() + "\t", true);
                    }
                    marks.write(p, para.text(), para.part(), para.offset(), DocxExporter::run);
                    breakBefore = false;
                }
                case ExportLayout.ClaimLine line -> {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, breakBefore);
                    if (line.element()) {
                        p.setIndentationLeft(ELEMENT_INDENT);
                    }
                    p.setSpacingAfter(line.lastOfClaim() ? 120 : 0);
                    marks.write(p, line.text(), Comment.CLAIMS, line.offset(), DocxExporter::run);
                    breakBefore = false;
                }
            }
        }
        marks.closeOpen();
        return doc;
    }

    /** The section: US Letter, one-inch margins, a centred page number in the footer. */
    static void pageSetup(XWPFDocument doc) {
        CTBody body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(INCH * 17 / 2)); // 8.5 by 11 inches
        size.setH(BigInteger.valueOf(INCH * 11));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(INCH));
        margins.setBottom(BigInteger.valueOf(INCH));
        margins.setLeft(BigInteger.valueOf(INCH));
        margins.setRight(BigInteger.valueOf(INCH));
        margins.setHeader(BigInteger.valueOf(INCH / 2));
        margins.setFooter(BigInteger.valueOf(INCH / 2));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.getParagraphArray(0) != null ? footer.getParagraphArray(0) : footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        page.addNewR().addNewT().setStringValue("1"); // shown until Word updates the field
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, boolean pageBreakBefore) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setPageBreak(pageBreakBefore);
        p.setSpacingBetween(1.5); // 37 CFR 1.52(b)(2): 1.5 or double line spacing
        p.setSpacingAfter(120);
        return p;
    }

    private static void run(XWPFParagraph p, String text, boolean bold) {
        XWPFRun r = run(p, text);
        r.setBold(bold);
    }

    /** A run of {@code text} in the export's faces and size. */
    static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT, XWPFRun.FontCharRange.ascii);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.hAnsi);
        r.setFontFamily(FONT, XWPFRun.FontCharRange.cs);
        r.setFontFamily(CJK_FONT, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(SIZE);
        r.setText(text);
        return r;
    }
}
