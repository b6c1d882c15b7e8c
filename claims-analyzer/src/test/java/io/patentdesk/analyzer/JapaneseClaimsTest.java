package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Japanese claims as the JPO publishes them. There is no Japanese corpus in ../shared; the golden claim is real
 * published text (the planted defects are in {@code OfficePlantedDefectsTest}).
 */
class JapaneseClaimsTest {

    /**
     * Claim 1 of JP 2021-144896 A (特開2021-144896, イオン源装置), as quoted with its line breaks on
     * http://inspire.starfree.jp/patent/howtowrite_claim/howtowrite_claim.html ("(例1) 特開2021-144896 [1] (要約と請求項)").
     */
    static final String JP2021144896_CLAIM_1 = "【特許請求の範囲】\n【請求項1】\n"
            + "高電圧が印加されると共に開口部が形成された第1電極を収容する第1真空容器と、\n"
            + "開口部が形成された第2電極を収容する第2真空容器と、\n"
            + "前記第1電極または前記第1真空容器と前記第2電極または前記第2真空容器との間に配置され、絶縁素材で形成された絶縁部材とを有し、\n"
            + "前記第1電極及び前記第2電極のそれぞれの前記開口部を通してイオンビームを引き出すイオン源装置であって、\n"
            + "前記第1電極及び前記第2電極と前記絶縁部材との間に、前記絶縁部材を内側から覆う保護部材が配置され、\n"
            + "この保護部材が、可動機構により前記第1電極に対して移動可能に構成されたことを特徴とするイオン源装置。\n";

    private static final Analyzer ANALYZER = new Analyzer();

    @Test
    void aPublishedJapaneseClaimIsOneCleanIndependentClaim() {
        String text = JP2021144896_CLAIM_1;
        Document doc = Document.ofClaims(text);
        assertThat(OfficeGuess.of(doc, "JP2021144896A.txt")).isEqualTo(Office.JPO);
        Report r = ANALYZER.analyze(doc, Office.JPO, Suppressions.none());
        assertThat(r.findings()).isEmpty();
        assertThat(r.claims().unnumberedLeader()).as("the heading is no unnumbered claim").isNull();
        List<Claim> claims = r.claims().claims();
        assertThat(claims).hasSize(1);
        Claim c = claims.get(0);
        assertThat(c.number()).isEqualTo(1);
        assertThat(c.isIndependent()).isTrue();
        assertThat(text.substring(c.numberSpan().start(), c.numberSpan().end()).strip()).isEqualTo("【請求項1】");
        assertThat(text.substring(c.contentStart(), c.contentStart() + 4)).isEqualTo("高電圧が");
        assertThat(c.end()).isEqualTo(text.length() - 1); // ends at its 。, not at the line break after it
        // "…とを有し、" (having) lists elements; the characterising phrase is the transition
        assertThat(c.transition()).isEqualTo(Transition.CHARACTERIZED_IN_THAT);
        assertThat(text.substring(c.transitionSpan().start(), c.transitionSpan().end())).isEqualTo("を特徴とする");
        assertThat(text.indexOf("を特徴とする")).isEqualTo(c.transitionSpan().start());
        assertThat(r.fees().totalClaims()).isEqualTo(1);
    }

    @Test
    void aPublishedClaimFollowedByPlantedDependentsGetsExactOffsets() {
        String text = JP2021144896_CLAIM_1
                + "【請求項２】\n請求項１に記載のイオン源装置であって、前記保護部材は円筒状であるイオン源装置。\n"
                + "【請求項３】\n請求項１又は２に記載のイオン源装置であって、前記可動機構はモータを有するイオン源装置。\n"
                + "【請求項４】\n請求項２又は３に記載のイオン源装置であって、前記絶縁部材はセラミックスからなるイオン源装置。\n"
                + "【請求項６】\n請求項７に記載のイオン源装置。\n";
        Report r = ANALYZER.analyze(Document.ofClaims(text), Office.JPO, Suppressions.none());
        assertThat(r.findings()).extracting(f -> f.rule() + " " + f.claim() + " '" + text.substring(f.start(), f.end()) + "' "
                + f.start()).containsExactlyInAnyOrder(
                "multiple-dependent-chain 4 '請求項２又は３' " + text.indexOf("請求項２又は３"),
                "claim-numbering 6 '【請求項６】' " + text.indexOf("【請求項６】"),
                "dependency-missing 6 '７' " + text.indexOf("７"));
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("multiple-dependent-chain")).singleElement()
                .satisfies(f -> assertThat(f.citation()).contains("Art. 24-3(v)"));
    }

    @Test
    void japaneseRulesOfWordsDoNotRunButTheFormRulesDo() {
        // an English rule run on Japanese text would read no words at all; it is not run instead of reporting nothing
        String text = "【請求項１】\n約１ｍｍの基板を備える装置。\n【請求項２】\n請求項１に記載の装置であって、前記蓋は実質的に円形である装置。\n";
        Report r = ANALYZER.analyze(Document.ofClaims(text), Office.JPO, Suppressions.none());
        assertThat(r.findings()).isEmpty();
        Report broken = ANALYZER.analyze(Document.ofClaims(text.replace("装置。\n【請求項２】", "装置\n【請求項３】")),
                Office.JPO, Suppressions.none());
        assertThat(broken.findings()).extracting(Finding::rule).contains("claim-period", "claim-numbering");
    }
}
