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
    void chineseIsMeasuredInCharactersAndCutBetweenSentencesWithoutSpaces() {
        String sentence = "本发明公开了一种自行车锁，锁梁由一根淬火钢棒弯成U形。"; // 24 Han characters and a U: 25 words
        String paragraph = sentence.repeat(10); // 250 words: passages of 3, 3, 3 and 1 sentences
        String run = "锁体内设有弹簧锁舌".repeat(25); // 225 characters, no sentence end: cut at characters
        List<Passage> ps = PassageChunker.chunk(0, List.of(new ReferenceParagraph(0, null, "技术领域"),
                new ReferenceParagraph(0, "[0005]", paragraph), new ReferenceParagraph(0, null, run)));
        assertThat(ps).allMatch(p -> PassageChunker.words(p.text()) <= PassageChunker.MAX_WORDS);
        assertThat(ps).noneMatch(p -> p.text().equals("技术领域")); // a four-character heading is left out
        assertThat(ps.stream().filter(p -> "[0005]".equals(p.paragraph())).map(Passage::text)
                .reduce("", String::concat)).isEqualTo(paragraph);
        assertThat(ps.stream().filter(p -> p.paragraph() == null).map(Passage::text).reduce("", String::concat))
                .isEqualTo(run);
        assertThat(ps).hasSize(4 + 3);
        assertThat(PassageChunker.words("一种锁，包括U形锁梁。")).isEqualTo(9); // 8 characters and U
    }

    @Test
    void aSentenceLongerThanTheWindowIsCutAtWords() {
        String run = "word ".repeat(200).strip();
        List<String> pieces = PassageChunker.pieces(run);
        assertThat(pieces).extracting(PassageChunker::words).containsExactly(90, 90, 20);
    }
}
