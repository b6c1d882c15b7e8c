package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grammar's landmarks, exact offsets, in the five languages the parser reads. */
class ClaimGrammarTest {

    private static final ClaimGrammar GRAMMAR = ClaimGrammar.defaults();

    private static List<String> labels(String text) {
        return GRAMMAR.find(text).labels().stream()
                .map(l -> text.substring(l.start(), l.end()) + "=" + l.first() + (l.last() != l.first() ? "-" + l.last() : ""))
                .toList();
    }

    private static List<String> references(String text) {
        return GRAMMAR.find(text).references().stream()
                .map(r -> text.substring(r.start(), r.end()) + "=" + r.numbers()).toList();
    }

    private static List<String> transitions(String text) {
        return GRAMMAR.find(text).transitions().stream()
                .map(p -> text.substring(p.start(), p.end()) + "=" + p.transition()).toList();
    }

    @Test
    void english() {
        String text = "1. A gripping device (10) comprising:\na housing 12; and\na lever 14a configured to pivot.\n"
                + "2. The device of claim 1, wherein the lever is 5 mm long.\n"
                + "3. The device of any one of claims 1 to 3, characterised in that the spring is blue.\n"
                + "4. The device according to any one of the preceding claims, wherein the spring is red.";
        assertThat(labels(text)).containsExactly("1.=1", "2.=2", "3.=3", "4.=4");
        assertThat(references(text)).containsExactly("claim 1=[1]", "any one of claims 1 to 3=[1, 2, 3]",
                "any one of the preceding claims=[]");
        assertThat(transitions(text)).containsExactly("comprising=COMPRISING", "wherein=WHEREIN",
                "characterised in that=CHARACTERIZED_IN_THAT", "wherein=WHEREIN");
        assertThat(GRAMMAR.find(text).functionLinks()).extracting(f -> text.substring(f.start(), f.end()))
                .containsExactly("configured to");
    }

    @Test
    void german() {
        String text = "1. Lampe (1), umfassend eine Birne (2), dadurch gekennzeichnet, dass die Birne rot ist.\n"
                + "2. Lampe nach Anspruch 1, wobei die Birne rund ist.\n"
                + "3. Lampe nach einem der Ansprüche 1 bis 2, wobei die Fassung aus Glas ist.\n"
                + "4. Lampe nach einem der vorhergehenden Ansprüche, wobei die Fassung blau ist.";
        assertThat(labels(text)).containsExactly("1.=1", "2.=2", "3.=3", "4.=4");
        assertThat(references(text)).containsExactly("Anspruch 1=[1]", "einem der Ansprüche 1 bis 2=[1, 2]",
                "einem der vorhergehenden Ansprüche=[]");
        assertThat(transitions(text)).containsExactly("umfassend=COMPRISING",
                "dadurch gekennzeichnet, dass=CHARACTERIZED_IN_THAT", "wobei=WHEREIN", "wobei=WHEREIN", "wobei=WHEREIN");
    }

    @Test
    void french() {
        String text = "1. Lampe comprenant une ampoule, caractérisée en ce que l'ampoule est rouge.\n"
                + "2. Lampe selon la revendication 1, dans laquelle l'ampoule est ronde.\n"
                + "3. Lampe selon l'une quelconque des revendications 1 à 2, dans laquelle le culot est en verre.\n"
                + "4. Lampe selon la revendication précédente, dans laquelle le culot est bleu.";
        assertThat(references(text)).containsExactly("revendication 1=[1]",
                "l'une quelconque des revendications 1 à 2=[1, 2]", "la revendication précédente=[]");
        assertThat(transitions(text)).containsExactly("comprenant=COMPRISING",
                "caractérisée en ce que=CHARACTERIZED_IN_THAT", "dans laquelle=WHEREIN", "dans laquelle=WHEREIN",
                "dans laquelle=WHEREIN");
    }

    @Test
    void chinese() {
        String text = "1、一种灯，包括灯泡(2)。\n２．根据权利要求1所述的灯，其特征在于，所述灯泡为红色。\n"
                + "3.如权利要求１或２所述的灯，其中所述灯座为圆形。\n4.根据前述任一权利要求所述的灯，其中灯座为蓝色。\n"
                + "5.根据权利要求l-3中任一项所述的灯，其特征是灯座为绿色。";
        assertThat(labels(text)).containsExactly("1、=1", "２．=2", "3.=3", "4.=4", "5.=5");
        assertThat(references(text)).containsExactly("权利要求1=[1]", "权利要求１或２=[1, 2]", "前述任一权利要求=[]",
                "权利要求l-3中任一项=[1, 2, 3]");
        assertThat(transitions(text)).containsExactly("包括=COMPRISING", "其特征在于=CHARACTERIZED_IN_THAT",
                "其中=WHEREIN", "其中=WHEREIN", "其特征是=CHARACTERIZED_IN_THAT");
    }

    @Test
    void traditionalChinese() {
        String text = "1. 一種燈，包括燈泡。\n2. 如請求項1所述之燈，其中該燈泡為紅色。\n"
                + "3. 根據請求項1或2所述的燈，其中燈座為圓形。\n4. 如請求項1至3中任一項所述之燈，其中燈座為藍色。";
        assertThat(references(text)).containsExactly("請求項1=[1]", "請求項1或2=[1, 2]", "請求項1至3中任一項=[1, 2, 3]");
    }

    @Test
    void chineseConsistingOfIsMarkedAtItsHeadAndTail() {
        String text = "1.一种合金，由铁、碳和铬组成。\n2.根据权利要求1所述的合金，其中所述碳由石墨构成，由于纯度高。";
        assertThat(transitions(text)).containsExactly("由=CONSISTING_OF", "组成=CONSISTING_OF", "其中=WHEREIN",
                "由=CONSISTING_OF", "构成=CONSISTING_OF");
    }

    @Test
    void japanese() {
        String text = "【請求項１】\n基板と、電極と、を備えることを特徴とする半導体装置。\n"
                + "【請求項2】\n請求項1に記載の半導体装置であって、前記電極は銅からなる半導体装置。\n"
                + "【請求項３】\n請求項１又は２に記載の半導体装置において、前記基板を有する半導体装置。\n"
                + "【請求項４】\n請求項１～３のいずれか一項に記載の半導体装置を含む電子機器。\n"
                + "【請求項５】\n請求項１から３のいずれか１項に記載の半導体装置。\n"
                + "【請求項６】\n請求項１ないし３に記載の半導体装置。";
        assertThat(labels(text)).containsExactly("【請求項１】=1", "【請求項2】=2", "【請求項３】=3", "【請求項４】=4",
                "【請求項５】=5", "【請求項６】=6");
        assertThat(references(text)).containsExactly("請求項1=[1]", "請求項１又は２=[1, 2]",
                "請求項１～３のいずれか一項=[1, 2, 3]", "請求項１から３のいずれか１項=[1, 2, 3]", "請求項１ないし３=[1, 2, 3]");
        assertThat(transitions(text)).containsExactly("を備える=COMPRISING", "を特徴とする=CHARACTERIZED_IN_THAT",
                "であって=WHEREIN", "からなる=CONSISTING_OF", "において=WHEREIN", "を有する=HAVING", "を含む=INCLUDING");
    }

    @Test
    void aClaimWordLabelIsNotAReference() {
        String text = "Claim 1: A lamp comprising a bulb.\nClaim 2: The lamp of claim 1, wherein the bulb is red.";
        assertThat(labels(text)).containsExactly("Claim 1:=1", "Claim 2:=2");
        assertThat(references(text)).containsExactly("claim 1=[1]");
    }

    @Test
    void aRangeOfCanceledClaimsIsOneLabel() {
        String text = "1.-3. (Canceled)\n4. A lamp comprising a bulb.";
        assertThat(labels(text)).containsExactly("1.-3.=1-3", "4.=4");
    }

    @Test
    void editedWordListsChangeTheTransitions() {
        WordLists words = WordLists.defaults().with(WordLists.Kind.TRANSITIONS, List.of("COMPRISING made up of"));
        String text = "1. A kit made up of parts, comprising a box.";
        assertThat(ClaimGrammar.of(words).find(text).transitions()).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("made up of");
    }

    @Test
    void textWithoutClaimsHasNoLandmarks() {
        ClaimGrammar.Landmarks none = GRAMMAR.find("");
        assertThat(none.labels()).isEmpty();
        assertThat(none.references()).isEmpty();
        assertThat(none.transitions()).isEmpty();
        assertThat(GRAMMAR.find("The weather is fine.").references()).isEmpty();
    }
}
