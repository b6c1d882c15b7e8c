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
    void claimElementsStartHalfAnInchIn() throws Exception {
        Matter m = DocxRoundTripTest.sample().withClaims("1. A bicycle comprising: a frame; a wheel; and a seat.\n"
                + "2. The bicycle of claim 1, wherein the frame is steel.");
        Path out = dir.resolve("bicycle.pdf");
        new PdfExporter().export(m, out);
        java.util.Map<String, Float> lineStarts = new java.util.LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, java.util.List<org.apache.pdfbox.text.TextPosition> pos)
                        throws java.io.IOException {
                    lineStarts.putIfAbsent(text.strip(), pos.getFirst().getXDirAdj());
                    super.writeString(text, pos);
                }
            };
            s.getText(doc);
        }
        float left = lineStarts.get("1. A bicycle comprising:");
        assertThat(lineStarts.get("2. The bicycle of claim 1, wherein the frame is steel.")).isEqualTo(left);
        for (String element : new String[] {"a frame;", "a wheel; and", "a seat."}) {
            assertThat(lineStarts.get(element)).as(element).isCloseTo(left + 36f, org.assertj.core.data.Offset.offset(0.5f));
        }
    }

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
            String cjk; // an installed serif CJK face where this machine has one, else Droid Sans Fallback
            try (PDDocument probe = new PDDocument()) {
                cjk = new PdfFonts(probe).cjkFaceName;
            }
            assertThat(fonts).contains("LiberationSerif", "LiberationSerif-Bold", cjk)
                    .allMatch(f -> f.startsWith("LiberationSerif") || f.startsWith("DejaVuSans") || f.equals(cjk));
        }
    }
}
