package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.OfficePack;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Suppressions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Planted defects per office (the USPTO's are in {@link PlantedDefectsTest}): each text marks the span the finding must
 * underline with ⟦ ⟧; the finding must carry the office pack's severity and citation. Recall must stay at 100 %.
 * English, German and French claims for the EPO; English and Japanese claims for the JPO.
 */
class OfficePlantedDefectsTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final String LONG_ABSTRACT = "word ".repeat(150);

    record Case(Office office, String rule, Part part, String marked, Integer claim) {
        @Override
        public String toString() {
            return office.id() + " " + rule + ": " + marked.replace("\n", " / ");
        }
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        Office ep = Office.EPO;
        // Shared rules, German and French references
        c.add(claims(ep, "dependency-missing", 2, "1. Lampe mit einer Birne.\n2. Lampe nach Anspruch ⟦5⟧, wobei die Birne rot ist."));
        c.add(claims(ep, "dependency-missing", 2,
                "1. Lampe comprenant une ampoule.\n2. Lampe selon la revendication ⟦3⟧, dans laquelle l'ampoule est rouge."));
        c.add(claims(ep, "dependency-missing", 2,
                "1. A lamp comprising a bulb.\n2. The lamp according to claim ⟦2⟧, wherein the bulb is red."));
        c.add(claims(ep, "claim-numbering", 2, "1. Lampe mit einer Birne.\n2. Lampe nach Anspruch 1.\n⟦2.⟧ Lampe nach Anspruch 1."));
        c.add(claims(ep, "claim-period", 1, "1. A lamp comprising a bulb⟦.⟧ The bulb is red."));
        c.add(claims(ep, "antecedent-basis", 2, "1. A lamp comprising a socket.\n2. The lamp according to claim 1, wherein ⟦the bulb⟧ is red."));
        c.add(claims(ep, "indefinite-term", 1, "1. A lamp comprising a ⟦substantially⟧ round bulb."));
        c.add(new Case(ep, "abstract-length", Part.ABSTRACT, LONG_ABSTRACT + "⟦over limit⟧", null));
        // CNIPA: 300 characters, punctuation included; line breaks of the PDF layer do not count
        c.add(new Case(Office.CNIPA, "abstract-length", Part.ABSTRACT, "本发明公开了一种灯。\n".repeat(30) + "⟦灯泡。⟧", null));
        // EPO-only rules
        c.add(claims(ep, "epo-two-part-form", 1, "⟦1.⟧ A lamp comprising a bulb and a socket."));
        c.add(claims(ep, "epo-two-part-form", 2,
                "1. Lampe mit einer Birne, dadurch gekennzeichnet, dass die Birne rot ist.\n⟦2.⟧ Verfahren zum Betreiben einer Lampe."));
        c.add(claims(ep, "epo-independent-per-category", 2,
                "1. A lamp comprising a bulb, characterised in that the bulb is red.\n⟦2.⟧ A lamp comprising a socket, characterised by a lever."));
        c.add(claims(ep, "epo-independent-per-category", 3,
                "1. Procédé de fabrication d'une lampe, caractérisé en ce que l'ampoule est rouge.\n2. Lampe comprenant une ampoule.\n"
                        + "⟦3.⟧ Procédé d'éclairage, caractérisé par une ampoule rouge."));
        c.add(claims(ep, "epo-figure-reference", 1, "1. A lamp comprising a bulb shaped as shown in ⟦Fig. 2⟧."));
        c.add(claims(ep, "epo-figure-reference", 1, "1. Lampe mit einer Birne, wie in ⟦Figur 3⟧ gezeigt."));
        c.add(claims(ep, "epo-figure-reference", 1, "1. A lamp comprising a bulb ⟦as described in the description⟧."));
        c.add(claims(ep, "epo-reference-signs", 1, "1. A lamp comprising a bulb ⟦(bulb 12)⟧ and a socket (14)."));
        c.add(claims(ep, "epo-reference-signs", 1, "1. A lamp comprising a bulb (12) in a socket ⟦14⟧.\n2. The lamp according to claim 1, wherein the socket (14) is round."));
        c.add(claims(ep, "epo-reference-signs", 1, "1. Lampe comprenant une ampoule ⟦(12, ampoule)⟧."));
        // JPO: a multiple dependent claim on a multiple dependent claim (applications from 1 April 2022)
        Office jp = Office.JPO;
        c.add(claims(jp, "multiple-dependent-chain", 4, "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n"
                + "3. The lamp of claim 1 or 2, wherein the bulb is round.\n4. The lamp of ⟦claim 2 or 3⟧, wherein the bulb is hot."));
        c.add(claims(jp, "multiple-dependent-form", 3, "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n"
                + "3. The lamp of ⟦claims 1 and 2⟧, wherein the bulb is round."));
        c.add(claims(jp, "dependency-missing", 2, "1. A lamp comprising a bulb.\n2. The lamp of claim ⟦4⟧, wherein the bulb is red."));
        // JPO in Japanese: "【請求項N】" labels (full- or half-width digits), references "請求項１に記載の" and the like
        String jp1 = "【請求項１】\n基板と、前記基板上に設けられた電極と、を備えることを特徴とする半導体装置。\n";
        String jp2 = "【請求項２】\n請求項１に記載の半導体装置であって、前記電極は銅からなる半導体装置。\n";
        c.add(claims(jp, "claim-numbering", 3, jp1 + "⟦【請求項３】⟧\n請求項１に記載の半導体装置において、前記基板はシリコンからなる半導体装置。"));
        c.add(claims(jp, "claim-numbering", 2, "【請求項1】\n基板を備える装置。\n【請求項2】\n請求項1に記載の装置。\n"
                + "⟦【請求項2】⟧\n請求項1に記載の装置であって、前記基板は円形である装置。"));
        c.add(claims(jp, "dependency-missing", 2, jp1 + "【請求項２】\n請求項⟦３⟧に記載の半導体装置であって、前記電極は銅からなる半導体装置。\n"
                + "【請求項３】\n請求項１に記載の半導体装置であって、前記基板は円形である半導体装置。"));
        c.add(claims(jp, "dependency-missing", 2, jp1 + "【請求項２】\n請求項⟦５⟧に記載の半導体装置であって、前記電極は銅からなる半導体装置。"));
        c.add(claims(jp, "dependency-missing", 3, jp1 + jp2 + "【請求項３】\n請求項１～⟦４⟧のいずれか一項に記載の半導体装置であって、"
                + "前記基板は円形である半導体装置。"));
        c.add(claims(jp, "multiple-dependent-chain", 4, jp1 + jp2
                + "【請求項３】\n請求項１又は２に記載の半導体装置であって、前記基板は円形である半導体装置。\n"
                + "【請求項４】\n⟦請求項２又は３⟧に記載の半導体装置であって、前記基板は透明である半導体装置。"));
        c.add(claims(jp, "multiple-dependent-chain", 4, jp1 + jp2
                + "【請求項３】\n請求項１から２のいずれか１項に記載の半導体装置であって、前記基板は円形である半導体装置。\n"
                + "【請求項４】\n⟦請求項１～３のいずれか一項⟧に記載の半導体装置であって、前記基板は透明である半導体装置。"));
        c.add(claims(jp, "multiple-dependent-chain", 5, jp1 + jp2
                + "【請求項３】\n請求項１ないし２に記載の半導体装置であって、前記基板は円形である半導体装置。\n"
                + "【請求項４】\n請求項３に記載の半導体装置であって、前記基板は透明である半導体装置。\n"
                + "【請求項５】\n⟦請求項１、２又は４⟧に記載の半導体装置であって、前記基板は青色である半導体装置。"));
        c.add(claims(jp, "multiple-dependent-form", 3, jp1 + jp2
                + "【請求項３】\n⟦請求項１及び２⟧に記載の半導体装置であって、前記基板は円形である半導体装置。"));
        c.add(claims(jp, "claim-period", 1, "【請求項１】\n基板を備える装置⟦。⟧前記基板は円形である。"));
        c.add(claims(jp, "claim-period", 2, "【請求項１】\n基板を備える装置。\n【請求項２】\n請求項１に記載の装置であって、前記基板は円形であ⟦る⟧"));
        // CNIPA: Chinese references (专利法实施细则 第二十五条)
        Office cn = Office.CNIPA;
        c.add(claims(cn, "dependency-missing", 2, "1.一种灯，包括灯泡。\n2.根据权利要求⟦3⟧所述的灯，其特征在于，所述灯泡为红色。"));
        c.add(claims(cn, "multiple-dependent-chain", 4, "1.一种灯，包括灯泡。\n2.根据权利要求1所述的灯，其特征在于，所述灯泡为红色。\n"
                + "3.根据权利要求1或2所述的灯，其特征在于，所述灯泡为圆形。\n4.根据⟦权利要求1-3中任一项⟧所述的灯，其特征在于，所述灯泡发热。"));
        c.add(claims(cn, "multiple-dependent-form", 3, "1.一种灯，包括灯泡。\n2.根据权利要求1所述的灯，其特征在于，所述灯泡为红色。\n"
                + "3.根据⟦权利要求1和2⟧所述的灯，其特征在于，所述灯泡为圆形。"));
        // one full stop 。, at the end (专利审查指南 第二部分第二章 3.3); numbering "1、" and full-width "２．"
        c.add(claims(cn, "claim-period", 1, "1、一种灯，包括灯泡⟦。⟧所述灯泡为红色。"));
        c.add(claims(cn, "claim-period", 2, "1、一种灯，包括灯泡。\n\uff12\uff0e根据权利要求1所述的灯，其特征在于，所述灯泡为红⟦色⟧"));
        c.add(claims(cn, "claim-period", 1, "1.一种灯，包括灯泡，灯泡的直径为0.5毫米⟦。。⟧"));
        // vague words (专利审查指南 第二部分第二章 3.2.2), from indefinite-terms-zh.txt
        c.add(claims(cn, "indefinite-term", 1, "1.一种灯，包括灯泡，⟦例如⟧白炽灯泡。"));
        c.add(claims(cn, "indefinite-term", 1, "1.一种灯，包括约束灯泡的灯罩，所述灯泡的直径为⟦约⟧5毫米。"));
        c.add(claims(cn, "indefinite-term", 2, "1.一种灯，包括灯泡。\n2.根据权利要求1所述的灯，其特征在于，所述灯泡由玻璃、石英⟦等⟧制成，两侧长度相等。"));
        c.add(claims(cn, "indefinite-term", 1, "1.一种灯，包括灯泡，所述灯泡为白炽灯泡⟦或类似物⟧。"));
        // antecedent basis (专利法 第二十六条第四款): 所述X / 该X need X earlier, on every path of a multiple dependency
        c.add(claims(cn, "antecedent-basis", 2, "1.一种灯，包括灯座。\n2.根据权利要求1所述的灯，其特征在于，⟦所述灯泡⟧为红色。"));
        c.add(claims(cn, "antecedent-basis", 3, "1.一种灯，包括灯座。\n2.根据权利要求1所述的灯，其特征在于，还包括灯泡。\n"
                + "3.根据权利要求1或2所述的灯，其特征在于，⟦所述灯泡⟧为红色。"));
        c.add(claims(cn, "antecedent-basis", 1, "1.一种灯，包括灯座，⟦该灯罩⟧固定在所述灯座上。"));
        // reference signs after the feature, in parentheses (专利法实施细则 第二十二条第四款); cn-claims CN…: "基础(1)…基础1下部"
        c.add(claims(cn, "cnipa-reference-signs", 1, "1.一种灯，包括灯座(1)和灯泡(2),所述灯泡⟦2⟧设于所述灯座(1)上。"));
        c.add(claims(cn, "cnipa-reference-signs", 2, "1.一种灯，包括灯座(1)和灯泡(2)。\n2.根据权利要求1所述的灯，其特征在于，所述灯泡⟦(灯泡2)⟧为红色。"));
        // two-part form (专利法实施细则 第二十四条): the claim's label is underlined
        c.add(claims(cn, "cnipa-two-part-form", 1, "⟦1.⟧一种灯，包括灯泡和灯座。"));
        return c.stream();
    }

    private static Case claims(Office office, String rule, Integer claim, String marked) {
        return new Case(office, rule, Part.CLAIMS, marked, claim);
    }

    private static Report check(Case k) {
        String text = k.marked().replace("⟦", "").replace("⟧", "");
        Document doc = k.part() == Part.ABSTRACT ? Document.of("Lamp", text, "", "1. A lamp comprising a bulb.")
                : Document.of("Lamp", "", "", text);
        return ANALYZER.analyze(doc, k.office(), Suppressions.none());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsThePlantedDefectAtItsExactSpanWithTheOfficesCitation(Case k) {
        int s = k.marked().indexOf('⟦');
        int e = k.marked().indexOf('⟧') - 1;
        String text = k.marked().replace("⟦", "").replace("⟧", "");
        OfficePack.RuleSetting setting = k.office().pack().rules().get(k.rule());
        assertThat(check(k).findings()).as("findings of %s", k.rule()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(k.rule());
            assertThat(f.severity()).isEqualTo(setting.highest());
            assertThat(f.citation()).isEqualTo(setting.citation());
            assertThat(f.part()).isEqualTo(k.part());
            assertThat(f.claim()).isEqualTo(k.claim());
            assertThat(text.substring(f.start(), f.end())).isEqualTo(text.substring(s, e));
            assertThat(f.start()).isEqualTo(s);
        });
    }

    @Test
    void recallIsCompletePerOffice() {
        for (Office o : List.of(Office.EPO, Office.JPO, Office.CNIPA)) {
            List<Case> mine = cases().filter(k -> k.office() == o).toList();
            long found = mine.stream().filter(k -> {
                int s = k.marked().indexOf('⟦');
                return check(k).findings().stream().anyMatch(f -> f.rule().equals(k.rule()) && f.start() == s);
            }).count();
            assertThat(found).as(o.id()).isEqualTo(mine.size());
        }
    }

    @Test
    void everyEpoOnlyRuleHasPlantedDefects() {
        List<String> covered = cases().filter(k -> k.office() == Office.EPO).map(Case::rule).distinct().toList();
        assertThat(covered).containsAll(Office.EPO.pack().rules().keySet().stream()
                .filter(id -> id.startsWith("epo-")).toList());
    }

    @Test
    void cleanTwoPartClaimsInThreeLanguagesHaveNoEpoFindings() {
        for (String claims : List.of(
                "1. A lamp (1) comprising a bulb (12), characterised in that the bulb (12) is red.\n"
                        + "2. The lamp according to claim 1, wherein the bulb (12) is round.\n"
                        + "3. The lamp according to any one of the preceding claims, wherein the bulb (12) is hot.\n",
                "1. Lampe (1) mit einer Birne (12), dadurch gekennzeichnet, dass die Birne (12) rot ist.\n"
                        + "2. Lampe nach Anspruch 1, wobei die Birne rund ist.\n"
                        + "3. Lampe nach einem der vorhergehenden Ansprüche, wobei die Birne heiß ist.\n",
                "1. Lampe (1) comprenant une ampoule (12), caractérisée en ce que l'ampoule (12) est rouge.\n"
                        + "2. Lampe selon la revendication 1, dans laquelle l'ampoule est ronde.\n"
                        + "3. Lampe selon l'une quelconque des revendications 1 à 2, dans laquelle l'ampoule est chaude.\n")) {
            Report r = ANALYZER.analyze(Document.ofClaims(claims), Office.EPO, Suppressions.none());
            assertThat(r.findings()).as(claims).noneMatch(f -> f.rule().startsWith("epo-")
                    || f.rule().startsWith("dependency") || f.rule().equals("claim-numbering"));
            assertThat(r.claims().claims().get(1).references()).as(claims).containsExactly(1);
            assertThat(r.claims().claims().get(2).references()).as(claims).containsExactly(1, 2);
        }
    }

    @Test
    void cleanJapaneseClaimsHaveNoFindingsAndNoAntecedentCheck() {
        // 前記蓋 has no basis: Japanese antecedent basis is not checked (no Japanese text measured for it)
        String claims = "【特許請求の範囲】\n【請求項１】\n基板と、前記基板上に設けられた電極と、を備えることを特徴とする半導体装置。\n"
                + "【請求項２】\n請求項１に記載の半導体装置であって、前記蓋は銅からなる半導体装置。\n"
                + "【請求項３】\n請求項１又は２に記載の半導体装置において、前記基板は約１ｍｍの厚さを有する半導体装置。\n"
                + "【請求項４】\n請求項３に記載の半導体装置を製造する方法であって、前記基板を洗浄する工程を含む方法。\n";
        Report r = ANALYZER.analyze(Document.ofClaims(claims), Office.JPO, Suppressions.none());
        assertThat(r.findings()).isEmpty();
        assertThat(r.claims().claims()).extracting(c -> c.references()).containsExactly(List.of(), List.of(1),
                List.of(1, 2), List.of(3));
        assertThat(r.claims().unnumberedLeader()).isNull();
    }

    @Test
    void cleanChineseClaimsWithPdfPunctuationHaveNoCnipaErrors() {
        // the PDF text layer mixes half-width ",", ";", "(", ")" and decimals "0.5" into full-width text, and may end
        // a claim with "."; formula debris "d。小于" is no sentence end
        for (String claims : List.of(
                "1\u3001一种灯(1),包括灯泡(12);所述灯泡(12)的直径为0.5毫米。\n"
                        + "2\u3001根据权利要求1所述的灯，其特征在于，所述灯泡(12)为红色。\n"
                        + "3\u3001根据权利要求1或2所述的灯，其特征在于，若累计贡献率d。小于1,则增加所述灯泡(12).\n"
                        + "4\u3001根据权利要求1所述的灯，其特征在于，所述灯泡(12)的约束件与灯座等于相等的等离子体高度。\n",
                "\uff11\uff0e一种灯，包括灯泡。\n\uff12\uff0e根据权利要求\uff11所述的灯，其特征在于，所述灯泡为红色。\n")) {
            Report r = ANALYZER.analyze(Document.ofClaims(claims), Office.CNIPA, Suppressions.none());
            assertThat(r.findings()).as(claims).noneMatch(f -> f.severity() == Severity.ERROR);
            assertThat(r.findings()).as(claims).noneMatch(f -> f.rule().equals("indefinite-term")
                    || f.rule().equals("cnipa-reference-signs"));
            assertThat(r.claims().claims().get(1).references()).as(claims).containsExactly(1);
        }
    }
}
