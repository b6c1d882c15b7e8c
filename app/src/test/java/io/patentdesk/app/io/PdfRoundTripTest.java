package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void theExportEmbedsFontsForChineseAndSymbolsAndPutsClaimsAndAbstractOnNewPages() throws Exception {
        Matter m = DocxRoundTripTest.sample()
                .withSection(Section.DETAILED_DESCRIPTION, "The pin 12 is \u2264 5 mm wide. \u94f0\u94fe\u88c5\u7f6e "
                        + "(hinge device). ".repeat(200));
        Path out = dir.resolve("hinge.pdf");
        new PdfExporter().export(m, out);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(3);
            String all = new PDFTextStripper().getText(doc);
            assertThat(all).contains("\u2264 5 mm").contains("\u94f0\u94fe\u88c5\u7f6e").contains("[0001]")
                    .contains("Folding Bicycle Hinge");
            int claimsPage = pageOf(doc, "What is claimed is:");
            int abstractPage = pageOf(doc, "Abstract");
            assertThat(pageText(doc, claimsPage)).startsWith("What is claimed is:");
            assertThat(abstractPage).isEqualTo(pages);
            assertThat(pageText(doc, abstractPage)).contains("A hinge with a pin.")
                    .doesNotContain("What is claimed is:");
            assertThat(pageText(doc, claimsPage - 1)).doesNotContain("1. A hinge comprising");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                }
            }
        }
    }

    private static int pageOf(PDDocument doc, String text) throws Exception {
        for (int i = 1; i <= doc.getNumberOfPages(); i++) {
            if (pageText(doc, i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static String pageText(PDDocument doc, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc).replaceAll("(?m)^\\d+\\s*$", "").strip(); // without the page number line
    }

    @Test
    void aPriorArtPdfIsReadPageByPageAndSearchable() throws Exception {
        Path pdf = dir.resolve("prior.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (String text : new String[] {"A hinge with a spring.", "The spring biases the lever."}) {
                PDPage p = new PDPage();
                doc.addPage(p);
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    cs.beginText();
                    cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    cs.newLineAtOffset(72, 700);
                    cs.showText(text);
                    cs.endText();
                }
            }
            doc.getDocumentInformation().setTitle("US 1,234,567");
            doc.save(pdf.toFile());
        }
        ReferenceDocument ref = new PdfReferenceReader().read(pdf);
        assertThat(ref.title()).isEqualTo("US 1,234,567");
        assertThat(ref.pages()).extracting(ReferenceDocument.Page::number).containsExactly(1, 2);
        assertThat(ref.pages().get(1).text()).isEqualTo("The spring biases the lever.");
        assertThat(ref.find("SPRING")).extracting(ReferenceDocument.Hit::page).containsExactly(1, 2);
    }

    @Test
    void encryptedDamagedAndEmptyPdfsGetOneClearMessage() throws Exception {
        Path locked = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            doc.protect(policy);
            doc.save(locked.toFile());
        }
        PdfReferenceReader reader = new PdfReferenceReader();
        assertThatThrownBy(() -> reader.read(locked)).isInstanceOf(ImportException.class)
                .hasMessageContaining("password-protected");
        Path broken = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a pdf");
        assertThatThrownBy(() -> reader.read(broken)).isInstanceOf(ImportException.class)
                .hasMessage("broken.pdf is not a readable PDF: it may be damaged.");
        Path empty = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertThatThrownBy(() -> reader.read(empty)).hasMessage("empty.pdf is empty.");
        Path blank = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(blank.toFile());
        }
        assertThatThrownBy(() -> reader.read(blank)).hasMessageContaining("no text layer");
    }
}
