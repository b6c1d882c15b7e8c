package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    static final String CLAIMS = """
            1. A gripping device (10) comprising:
            a housing 12; and
            a lever 14a pivotally mounted to the housing 12.
            2. The device of claim 1, wherein the lever is 5 mm long.
            3. The device of any one of claims 1 to 2, wherein the spring biases the lever.""";

    /** The classes over each character, for asserting exact offsets. */
    static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    static String styled(String text, StyleSpans<Collection<String>> spans, String cls) {
        List<Collection<String>> chars = perChar(spans);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            sb.append(chars.get(i).contains(cls) ? text.charAt(i) : (sb.isEmpty() || sb.charAt(sb.length() - 1) == '|' ? "" : "|"));
        }
        return sb.toString().replaceAll("\\|+", "|").replaceAll("^\\||\\|$", "");
    }

    @Test
    void spansCoverTheWholeText() {
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, CLAIMS, List.of());
        assertThat(spans.length()).isEqualTo(CLAIMS.length());
    }

    @Test
    void stylesClaimNumbersReferencesTransitionsAndNumerals() {
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, CLAIMS, List.of());
        assertThat(styled(CLAIMS, spans, "claim-number")).isEqualTo("1.|2.|3.");
        assertThat(styled(CLAIMS, spans, "claim-ref")).isEqualTo("claim 1|any one of claims 1 to 2");
        assertThat(styled(CLAIMS, spans, "claim-keyword")).isEqualTo("wherein|wherein");
        assertThat(styled(CLAIMS, spans, "transition")).isEqualTo("comprising");
        assertThat(styled(CLAIMS, spans, "refnum")).isEqualTo("10|12|14a|12");
    }

    @Test
    void stylesGermanClaimsAsTheAnalyzerReadsThem() {
        String text = """
                1. Lampe (1), umfassend eine Birne (2), dadurch gekennzeichnet, dass die Birne rot ist.
                2. Lampe nach Anspruch 1, wobei die Birne (2) rund ist.
                3. Lampe nach einem der Ansprüche 1 bis 2, wobei die Fassung (3) aus Glas ist.""";
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, text, List.of());
        assertThat(styled(text, spans, "claim-number")).isEqualTo("1.|2.|3.");
        assertThat(styled(text, spans, "claim-ref")).isEqualTo("Anspruch 1|einem der Ansprüche 1 bis 2");
        assertThat(styled(text, spans, "transition")).isEqualTo("umfassend|dadurch gekennzeichnet, dass");
        assertThat(styled(text, spans, "claim-keyword")).isEqualTo("wobei|wobei");
        assertThat(styled(text, spans, "refnum")).isEqualTo("1|2|2|3"); // not the 1 of "Anspruch 1"
        assertThat(PatentLexicon.claimReferenceAt(text, text.indexOf("Ansprüche"))).containsExactly(1, 2);
    }

    @Test
    void stylesFrenchClaimsAsTheAnalyzerReadsThem() {
        String text = """
                1. Lampe comprenant une ampoule (2), caractérisée en ce que l'ampoule est rouge.
                2. Lampe selon la revendication 1, dans laquelle l'ampoule est ronde.
                3. Lampe selon l'une quelconque des revendications 1 à 2, dans laquelle le culot est en verre.""";
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, text, List.of());
        assertThat(styled(text, spans, "claim-number")).isEqualTo("1.|2.|3.");
        assertThat(styled(text, spans, "claim-ref"))
                .isEqualTo("revendication 1|l'une quelconque des revendications 1 à 2");
        assertThat(styled(text, spans, "transition")).isEqualTo("comprenant|caractérisée en ce que");
        assertThat(styled(text, spans, "claim-keyword")).isEqualTo("dans laquelle|dans laquelle");
        assertThat(styled(text, spans, "refnum")).isEqualTo("2");
    }

    @Test
    void stylesChineseClaimsAsTheAnalyzerReadsThem() {
        String text = """
                1、一种灯，包括灯泡(2)。
                ２．根据权利要求1所述的灯，其特征在于，所述灯泡(2)为红色。
                3.如权利要求1或2所述的灯，其中所述灯座(3)为圆形。
                4.根据前述任一权利要求所述的灯，其中所述灯座(3)为蓝色。""";
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, text, List.of());
        assertThat(styled(text, spans, "claim-number")).isEqualTo("1、|２．|3.|4.");
        assertThat(styled(text, spans, "claim-ref")).isEqualTo("权利要求1|权利要求1或2|前述任一权利要求");
        assertThat(styled(text, spans, "transition")).isEqualTo("包括|其特征在于");
        assertThat(styled(text, spans, "claim-keyword")).isEqualTo("其中|其中");
        assertThat(styled(text, spans, "refnum")).isEqualTo("2|2|3|3");
        assertThat(PatentLexicon.claimReferenceAt(text, text.indexOf("1或2"))).containsExactly(1, 2);
        assertThat(PatentLexicon.claimReferenceAt(text, text.indexOf("前述"))).isEmpty(); // names no number
        assertThat(PatentLexicon.claimStart(text, 2)).isEqualTo(text.indexOf("２．"));
        StyleRange claim3 = PatentLexicon.claimAround(text, text.indexOf("圆形"));
        assertThat(text.substring(claim3.start(), claim3.end())).isEqualTo("3.如权利要求1或2所述的灯，其中所述灯座(3)为圆形。");
        assertThat(PatentLexicon.claimNumberAt(text, claim3.start())).isEqualTo(3);
        assertThat(PatentLexicon.claimNumberAt(text, text.indexOf("２．"))).isEqualTo(2);
    }

    @Test
    void stylesJapaneseClaimsAsTheAnalyzerReadsThem() {
        String text = """
                【請求項１】
                基板と、電極と、を備えることを特徴とする半導体装置。
                【請求項2】
                請求項1に記載の半導体装置であって、前記電極は銅からなる半導体装置。
                【請求項３】
                請求項１～２のいずれか一項に記載の半導体装置。""";
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, text, List.of());
        assertThat(styled(text, spans, "claim-number")).isEqualTo("【請求項１】|【請求項2】|【請求項３】");
        assertThat(styled(text, spans, "claim-ref")).isEqualTo("請求項1|請求項１～２のいずれか一項");
        assertThat(styled(text, spans, "transition")).isEqualTo("を備える|を特徴とする|からなる");
        assertThat(styled(text, spans, "claim-keyword")).isEqualTo("であって");
        assertThat(PatentLexicon.claimReferenceAt(text, text.indexOf("１～２"))).containsExactly(1, 2);
        assertThat(PatentLexicon.claimStart(text, 3)).isEqualTo(text.indexOf("【請求項３】"));
        assertThat(PatentLexicon.claimNumberAt(text, text.indexOf("【請求項2】"))).isEqualTo(2);
    }

    @Test
    void numbersThatAreMeasuresOrClaimsAreNotNumerals() {
        String text = "the lever is 5 mm long, about 20 percent, see FIG. 3 and claim 4, in 2019";
        assertThat(PatentLexicon.numerals(text)).isEmpty();
    }

    @Test
    void findingUnderlinesExactlyItsOffsets() {
        int start = CLAIMS.indexOf("the spring");
        FindingItem f = new FindingItem("k", Severity.ERROR, "antecedent", "Antecedent basis", "claims", 3,
                start, start + "the spring".length(), "\u201cthe spring\u201d has no antecedent basis", "35 U.S.C. 112(b)");
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, CLAIMS, List.of(f));
        assertThat(styled(CLAIMS, spans, "finding-error")).isEqualTo("the spring");
        assertThat(styled(CLAIMS, spans, "finding")).isEqualTo("the spring");
    }

    @Test
    void overlappingRangesCombineTheirClasses() {
        int at = CLAIMS.indexOf("14a");
        FindingItem f = new FindingItem("k", Severity.WARNING, "numeral", "Numeral", "claims", 1, at - 6, at + 3, "m", "");
        List<Collection<String>> chars = perChar(Highlighter.highlight(Highlighter.Kind.CLAIMS, CLAIMS, List.of(f)));
        assertThat(chars.get(at)).contains("refnum", "finding-warning", "finding");
        assertThat(chars.get(at - 6)).contains("finding-warning").doesNotContain("refnum");
        assertThat(chars.get(at + 3)).doesNotContain("finding-warning");
    }

    @Test
    void emptyFindingUnderlinesTheWordItSitsOn() {
        int at = CLAIMS.indexOf("housing");
        FindingItem f = new FindingItem("k", Severity.INFO, "r", "R", "claims", 1, at, at, "m", "");
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.CLAIMS, CLAIMS, List.of(f));
        assertThat(styled(CLAIMS, spans, "finding-info")).isEqualTo("housing");
    }

    @Test
    void findingsPastTheEndAreClampedAndEmptyTextWorks() {
        FindingItem f = new FindingItem("k", Severity.INFO, "r", "R", "claims", 1, 500, 900, "m", "");
        assertThat(Highlighter.highlight(Highlighter.Kind.CLAIMS, "short", List.of(f)).length()).isEqualTo(5);
        assertThat(Highlighter.highlight(Highlighter.Kind.SPECIFICATION, "", List.of()).length()).isZero();
    }

    @Test
    void specificationStylesFiguresAndNumerals() {
        String spec = "FIG. 2 shows the housing 12 with a bore 16' of 3 mm.";
        StyleSpans<Collection<String>> spans = Highlighter.highlight(Highlighter.Kind.SPECIFICATION, spec, List.of());
        assertThat(styled(spec, spans, "figure-ref")).isEqualTo("FIG. 2");
        assertThat(styled(spec, spans, "refnum")).isEqualTo("12|16'");
    }

    @Test
    void findsClaimReferencesAndClaimStarts() {
        int inRef = CLAIMS.indexOf("claims 1 to 2") + 3;
        assertThat(PatentLexicon.claimReferenceAt(CLAIMS, inRef)).containsExactly(1, 2);
        assertThat(PatentLexicon.claimReferenceAt(CLAIMS, 0)).isEmpty();
        assertThat(PatentLexicon.claimStart(CLAIMS, 2)).isEqualTo(CLAIMS.indexOf("2. The"));
        assertThat(PatentLexicon.claimStart(CLAIMS, 9)).isEqualTo(-1);
    }

    @Test
    void findsTheClaimAroundAnOffset() {
        int inClaim2 = CLAIMS.indexOf("5 mm");
        StyleRange r = PatentLexicon.claimAround(CLAIMS, inClaim2);
        assertThat(CLAIMS.substring(r.start(), r.end())).isEqualTo("2. The device of claim 1, wherein the lever is 5 mm long.");
        assertThat(PatentLexicon.claimNumberAt(CLAIMS, r.start())).isEqualTo(2);
        StyleRange first = PatentLexicon.claimAround(CLAIMS, 0);
        assertThat(CLAIMS.substring(first.start(), first.end())).startsWith("1. A gripping").endsWith("housing 12.");
        assertThat(PatentLexicon.claimAround("no claims here", 3)).isNull();
    }
}
