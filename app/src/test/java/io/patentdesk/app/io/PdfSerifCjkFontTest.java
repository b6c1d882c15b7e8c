package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.patentdesk.app.matter.Matter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chinese text in an exported PDF is set in an installed serif CJK face when there is one, else in Droid Sans. */
class PdfSerifCjkFontTest {
    private static final String CLAIMS = "1. \u4e00\u79cd\u94f0\u94fe\u88c5\u7f6e\uff0c\u5305\u62ec\u9500\u8f74\u3002\n"
            + "2. \u6839\u636e\u6743\u5229\u8981\u6c421\u6240\u8ff0\u7684\u94f0\u94fe\u88c5\u7f6e\uff0c"
            + "\u5176\u4e2d\u9500\u8f74\u4e3a\u94a2\u5236\u3002";

    @TempDir
    Path dir;

    @Test
    void anInstalledSerifCjkFaceSetsTheChineseClaimsAndTheTextReadsBack() throws Exception {
        List<SerifCjkFontFinder.Found> installed = SerifCjkFontFinder.forThisMachine().installed();
        assumeFalse(installed.isEmpty(), "no serif CJK font (SimSun, Songti, AR PL UMing, MS Mincho) is installed");
        String face;
        try (PDDocument doc = new PDDocument()) {
            face = new PdfFonts(doc, installed).cjkFaceName;
        }
        assertThat(face).isNotEqualTo("DroidSansFallback");

        Path out = dir.resolve("hinge.pdf");
        new PdfExporter().export(DocxRoundTripTest.sample().withClaims(CLAIMS), out);

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("\u4e00\u79cd\u94f0\u94fe\u88c5\u7f6e\uff0c\u5305\u62ec\u9500\u8f74\u3002")
                    .contains("\u5176\u4e2d\u9500\u8f74\u4e3a\u94a2\u5236");
            assertThat(embeddedFontNames(doc)).anyMatch(n -> n.endsWith("+" + face))
                    .noneMatch(n -> n.contains("DroidSansFallback"));
        }
    }

    @Test
    void aFileThatIsNoChineseFontOrIsDamagedFallsBackToTheNextThenToDroidSans() throws Exception {
        Path latinOnly = dir.resolve("simsun.ttf"); // a real font, but without Chinese characters
        try (InputStream in = PdfFonts.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
            Files.copy(in, latinOnly);
        }
        Path damaged = Files.writeString(dir.resolve("uming.ttc"), "ttcf and nothing more");
        Path missing = dir.resolve("msmincho.ttc");
        List<SerifCjkFontFinder.Found> found = List.of(new SerifCjkFontFinder.Found(latinOnly, "SimSun"),
                new SerifCjkFontFinder.Found(damaged, "UMingCN"), new SerifCjkFontFinder.Found(missing, "MS-Mincho"));
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(doc, found);
            assertThat(fonts.cjkFaceName).isEqualTo("DroidSansFallback");
            assertThat(fonts.fontFor(0x94f0, false).getName()).contains("DroidSansFallback");
        }
    }

    private static Set<String> embeddedFontNames(PDDocument doc) throws Exception {
        Set<String> names = new HashSet<>();
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                assertThat(f.isEmbedded()).as(f.getName() + " embedded").isTrue();
                names.add(f.getName());
            }
        }
        return names;
    }
}
