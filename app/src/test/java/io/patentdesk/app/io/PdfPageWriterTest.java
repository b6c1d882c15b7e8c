package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfPageWriterTest {
    @Test
    void linesFitTheTextWidthAndKeepEveryCharacterInOrder() throws Exception {
        String text = ("The lever 14 pivots about the pin 12 \u2264 5 mm \u6760\u6746\u88c5\u7f6e\u6760\u6746\u88c5 ").repeat(40)
                + "x".repeat(300);
        try (PDDocument doc = new PDDocument(); PdfPageWriter w = new PdfPageWriter(doc, new PdfFonts(doc))) {
            List<String> lines = w.wrap(text, 40, false);
            assertThat(lines.size()).isGreaterThan(10);
            for (int i = 0; i < lines.size(); i++) {
                float limit = 612 - 144 - (i == 0 ? 40 : 0);
                assertThat(w.width(lines.get(i), false)).as(lines.get(i)).isLessThanOrEqualTo(limit);
            }
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        }
    }

    @Test
    void cjkTextBreaksBetweenCharactersAndWordsAtSpaces() {
        assertThat(PdfPageWriter.breakable("a lever \u6760\u6746 pin")).containsExactly("a ", "lever ", "\u6760",
                "\u6746", " ", "pin");
    }
}
