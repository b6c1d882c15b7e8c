package io.patentdesk.app.io;

import io.patentdesk.app.matter.Matter;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes a matter as a Word document in USPTO form ({@link ExportLayout}), atomically. */
public final class DocxExporter {
    private static final String FONT = "Times New Roman";
    private static final int SIZE = 12;

    public void export(Matter matter, Path target) {
        AtomicFile.write(target, out -> {
            try (XWPFDocument doc = build(matter)) {
                doc.write(out);
            }
        });
    }

    static XWPFDocument build(Matter matter) {
        XWPFDocument doc = new XWPFDocument();
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
                        run(p, para.label(), true);
                        run(p, "\t" + para.text(), false);
                    } else {
                        run(p, para.text(), false);
                    }
                    breakBefore = false;
                }
            }
        }
        return doc;
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
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(SIZE);
        r.setBold(bold);
        r.setText(text);
    }
}
