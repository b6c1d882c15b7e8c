package io.patentdesk.app.prior;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassageChunkerTest {

    @Test
    void longParagraphsAreCutBetweenSentencesAndHeadingsLeftOut() {
        String sentence = "The shackle of the lock is bent from one hardened steel rod of twelve millimetres. "; // 14 words
        String paragraph = sentence.repeat(15).strip(); // 210 words
        List<Passage> ps = PassageChunker.chunk(2, List.of(
                new ReferenceParagraph(0, null, "SUMMARY OF THE INVENTION"),
                new ReferenceParagraph(3, "[0011]", paragraph)));
        assertThat(ps).hasSize(3).allMatch(p -> p.reference() == 2 && p.page() == 3 && "[0011]".equals(p.paragraph()));
        assertThat(ps).allMatch(p -> PassageChunker.words(p.text()) <= PassageChunker.MAX_WORDS)
                .allMatch(p -> p.text().startsWith("The shackle") && p.text().endsWith("millimetres."));
        assertThat(String.join(" ", ps.stream().map(Passage::text).toList())).isEqualTo(paragraph);
    }

    @Test
    void aSentenceLongerThanTheWindowIsCutAtWords() {
        String run = "word ".repeat(200).strip();
        List<String> pieces = PassageChunker.pieces(run);
        assertThat(pieces).extracting(PassageChunker::words).containsExactly(90, 90, 20);
    }
}
