package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The DOCX as filed: page and margins, page numbers, the serif face with its CJK face, claim elements indented. */
class DocxFilingFormTest {

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    /** The matter exported to a file and opened again, as Word would open it. */
    private XWPFDocument writtenAndReadBack(Matter m) throws Exception {
        java.nio.file.Path out = dir.resolve("filing.docx");
        new DocxExporter().export(m, out);
        try (var in = java.nio.file.Files.newInputStream(out)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void letterPagesOneInchMarginsAndANumberedFooter() throws Exception {
        try (XWPFDocument doc = writtenAndReadBack(DocxRoundTripTest.sample())) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(12240));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(15840));
            assertThat(List.of(sect.getPgMar().getTop(), sect.getPgMar().getBottom(), sect.getPgMar().getLeft(),
                    sect.getPgMar().getRight())).containsOnly(BigInteger.valueOf(1440));
            assertThat(doc.getFooterList()).singleElement().satisfies(f -> assertThat(f.getParagraphs().getFirst()
                    .getCTP().getFldSimpleArray(0).getInstr()).isEqualTo("PAGE"));
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    assertThat(r.getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
                    assertThat(r.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("SimSun");
                }
            }
        }
    }

    @Test
    void claimElementsAreIndentedUnderTheirClaim() throws Exception {
        Matter m = DocxRoundTripTest.sample().withClaims("1. A bicycle comprising: a frame; a wheel; and a seat.\n"
                + "2. The bicycle of claim 1, wherein the frame is steel.");
        try (XWPFDocument doc = writtenAndReadBack(m)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            int at = ps.stream().map(XWPFParagraph::getText).toList().indexOf("1. A bicycle comprising:");
            assertThat(at).isPositive();
            assertThat(ps.subList(at, at + 5)).extracting(XWPFParagraph::getText).containsExactly(
                    "1. A bicycle comprising:", "a frame;", "a wheel; and", "a seat.",
                    "2. The bicycle of claim 1, wherein the frame is steel.");
            assertThat(ps.subList(at, at + 5)).extracting(XWPFParagraph::getIndentationLeft)
                    .containsExactly(-1, 720, 720, 720, -1);
        }
    }
}
