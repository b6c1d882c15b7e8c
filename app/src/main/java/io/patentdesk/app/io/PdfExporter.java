package io.patentdesk.app.io;

import io.patentdesk.app.matter.Matter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Writes a matter as a PDF in USPTO form ({@link ExportLayout}) with embedded fonts, atomically. */
public final class PdfExporter {
    public void export(Matter matter, Path target) {
        AtomicFile.write(target, out -> {
            try (PDDocument doc = new PDDocument()) {
                render(matter, doc);
                doc.save(out);
            }
        });
    }

    static void render(Matter matter, PDDocument doc) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(matter.title());
        info.setCreator("PatentDesk");
        info.setCreationDate(Calendar.getInstance());
        try (PdfPageWriter w = new PdfPageWriter(doc, new PdfFonts(doc))) {
            w.newPage();
            for (ExportLayout.Block b : ExportLayout.of(matter)) {
                switch (b) {
                    case ExportLayout.PageBreak pb -> {
                        if (!w.atPageTop()) {
                            w.newPage();
                        }
                    }
                    case ExportLayout.Title t -> w.centred(t.text());
                    case ExportLayout.Heading h -> w.centred(h.text());
                    case ExportLayout.Paragraph p -> w.paragraph(p.label(), p.text());
                    case ExportLayout.ClaimLine c -> w.claimLine(c.text(), c.element(), c.lastOfClaim());
                }
            }
        }
    }
}
