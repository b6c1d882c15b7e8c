package io.patentdesk.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Comments exported as Word comments, each marked around the text it is on; one whose text is gone is left out. */
class DocxCommentsTest {
    @TempDir
    Path dir;

    @Test
    void commentsBecomeWordCommentsOnTheirText() throws Exception {
        String claims = "1. A lamp comprising: a bulb; and a socket.\n2. The lamp of claim 1, wherein the bulb is red.";
        String detailed = "The lamp 10 has a bulb 12.\nThe socket 14 holds the bulb 12.";
        Matter m = DocxRoundTripTest.sample().withClaims(claims).withSection(Section.DETAILED_DESCRIPTION, detailed);
        int socket = claims.indexOf("a socket");
        int holds = detailed.indexOf("holds the bulb");
        List<Comment> comments = List.of(
                Comment.on(Comment.CLAIMS, claims, socket, socket + "a socket".length(), "Threaded?"),
                Comment.on(Section.DETAILED_DESCRIPTION.key(), detailed, holds, holds + "holds the bulb".length(),
                        "Say how.\nBy a bayonet?"),
                Comment.on(Comment.CLAIMS, "1. A lamp comprising a shade.", 22, 27, "Gone with its text."));
        Path out = dir.resolve("commented.docx");
        new DocxExporter().export(m, comments, out);

        try (var in = Files.newInputStream(out); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getDocComments().getComments()).extracting(XWPFComment::getText)
                    .containsExactly("Say how.\nBy a bayonet?", "Threaded?"); // in document order
            assertThat(marked(doc, "a socket.")).isEqualTo("a socket");
            assertThat(marked(doc, "The socket 14 holds the bulb 12.")).isEqualTo("holds the bulb");
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("a bulb; and", "a socket.").anyMatch(t -> t.endsWith("The socket 14 holds the bulb 12."));
        }
    }

    /** The text between the comment marks of the paragraph whose text ends with {@code paragraph}. */
    private static String marked(XWPFDocument doc, String paragraph) {
        XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().endsWith(paragraph)).findFirst()
                .orElseThrow();
        String xml = p.getCTP().xmlText();
        int start = xml.indexOf("commentRangeStart");
        int end = xml.indexOf("commentRangeEnd");
        assertThat(start).as("range start in " + xml).isPositive();
        assertThat(end).as("range end after its start").isGreaterThan(start);
        assertThat(xml.indexOf("commentReference")).as("reference after the range").isGreaterThan(end);
        return xml.substring(xml.indexOf('>', start) + 1, xml.lastIndexOf('<', end)).replaceAll("<[^>]*>", "");
    }
}
