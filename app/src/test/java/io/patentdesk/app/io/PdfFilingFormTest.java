package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF as filed: the serif text face with its fallbacks, and text that extracts as written (no ligatures). */
class PdfFilingFormTest {
    private static final String LIGATURE_WORDS = "The flow of the first fluid is efficient; the office affords "
            + "a fluffy baffle of fine flax.";

    @TempDir
    Path dir;

    @Test
    void textExtractsAsWrittenWithoutLigaturesInTheSerifFace() throws Exception {
        Matter m = DocxRoundTripTest.sample()
                .withSection(Section.DETAILED_DESCRIPTION, LIGATURE_WORDS + " The pin is \u2264 5 mm. \u94f0\u94fe")
                .withClaims("1. A baffle comprising a flange and a fin, the flange defining a first flow path.");
        Path out = dir.resolve("flow.pdf");
        new PdfExporter().export(m, out);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text.replaceAll("\\s+", " ")).contains(LIGATURE_WORDS)
                    .contains("a flange and a fin, the flange defining a first flow path.");
            assertThat(text).contains("flow", "first", "efficient", "office", "fluffy")
                    .doesNotContain("\ufb01").doesNotContain("\ufb02").doesNotContain("\ufb03").doesNotContain("\ufb04")
                    .doesNotContain("\ufb00");
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName().replaceFirst("^[A-Z]{6}\\+", "")); // without the subset tag
                }
            }
            assertThat(fonts).contains("LiberationSerif", "LiberationSerif-Bold", "DroidSansFallback")
                    .allMatch(f -> f.startsWith("LiberationSerif") || f.startsWith("DejaVuSans")
                            || f.startsWith("DroidSans"));
        }
    }
}
