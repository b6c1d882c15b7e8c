package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.",
        "1 . A lamp comprising a bulb .\n2 . The lamp according to claim 1 , wherein the bulb is red .",
        "Claim 1: A lamp comprising a bulb.\nClaim 2: The lamp of claim 1, wherein the bulb is red.",
        "1) A lamp comprising a bulb.\n2) The lamp of claim 1, wherein the bulb is red.",
        "[Claim 1] A lamp comprising a bulb.\n[Claim 2] The lamp of claim 1, wherein the bulb is red.",
        "What is claimed is:\n1. A lamp comprising a bulb.\n\n2. The lamp of claim 1, wherein the bulb is red.\n",
        "I claim:\n  1. A lamp comprising a bulb.\n  2. The lamp of claim 1, wherein the bulb is red.",
        "CLAIMS\n1. A lamp comprising a bulb.\r\n2. The lamp of claim 1, wherein the bulb is red.\r\n",
        "Claims\n1. A lamp comprising a bulb. 2. The lamp of claim 1, wherein the bulb is red.",
    })
    void acceptsEveryClaimShape(String text) {
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2);
        Claim one = set.claims().get(0);
        Claim two = set.claims().get(1);
        assertThat(text.substring(one.start(), one.end())).isEqualTo(one.text()).endsWith(".").doesNotContain("\n");
        assertThat(one.text()).matches("(?s)^(\\[?Claim |)1.*");
        assertThat(two.text()).contains("The lamp").endsWith(".");
        assertThat(one.kind()).isEqualTo(ClaimKind.INDEPENDENT);
        assertThat(two.kind()).isEqualTo(ClaimKind.DEPENDENT);
        assertThat(two.references()).containsExactly(1);
        assertThat(one.preamble().of(text)).isEqualTo("A lamp");
        assertThat(one.transition()).isEqualTo(Transition.COMPRISING);
        assertThat(one.transitionSpan().of(text)).isEqualTo("comprising");
        assertThat(one.body().of(text)).startsWith("a bulb");
        assertThat(set.unnumberedLeader()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The lamp of claim 1, wherein                     | 1       | SINGLE",
        "The lamp of claims 1 or 2, wherein               | 1,2     | ALTERNATIVE",
        "The lamp of claim 1 or claim 2, wherein          | 1,2     | ALTERNATIVE",
        "The lamp of any one of claims 1 to 3, wherein    | 1,2,3   | ALTERNATIVE",
        "The lamp of any of claims 1-3, wherein           | 1,2,3   | ALTERNATIVE",
        "The lamp of any preceding claim, wherein         | 1,2,3   | ALTERNATIVE",
        "The lamp according to one of the preceding claims, wherein | 1,2,3 | ALTERNATIVE",
        "The lamp of claims 1, 2, or 3, wherein           | 1,2,3   | ALTERNATIVE",
        "The lamp of claims 1 and 2, wherein              | 1,2     | CUMULATIVE",
        "The lamp as claimed in claims 1-3, wherein       | 1,2,3   | CUMULATIVE",
        "The lamp according to claim 2 , wherein         | 2       | SINGLE",
        "The lamp of claim 1 having 90-10% by weight of   | 1       | SINGLE",
    })
    void readsReferences(String preamble, String refs, ReferenceMode mode) {
        String text = "1. A lamp.\n2. A lamp.\n3. A lamp.\n4. " + preamble + " the lamp is red.";
        Claim c = ClaimSet.parse(text).claims().get(3);
        List<Integer> expected = java.util.Arrays.stream(refs.split(",")).map(String::trim).map(Integer::valueOf)
                .toList();
        assertThat(c.references()).isEqualTo(expected);
        assertThat(c.referenceMode()).isEqualTo(mode);
        assertThat(c.kind()).isEqualTo(expected.size() > 1 ? ClaimKind.MULTIPLE_DEPENDENT : ClaimKind.DEPENDENT);
        assertThat(c.referenceSpan().of(text)).containsIgnoringCase("claim");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A lamp comprising a bulb.                                          | COMPRISING                | A lamp                   | APPARATUS",
        "A composition consisting of water and salt.                        | CONSISTING_OF             | A composition            | COMPOSITION",
        "A composition consisting essentially of water.                     | CONSISTING_ESSENTIALLY_OF | A composition            | COMPOSITION",
        "A method of making a kit comprising a box, the method comprising: folding the box. | COMPRISING | A method of making a kit comprising a box, the method | METHOD",
        "A system including a server.                                       | INCLUDING                 | A system                 | SYSTEM",
        "A process having steps.                                            | HAVING                    | A process                | METHOD",
        "A non-transitory computer-readable medium storing instructions that when executed perform a method comprising: reading. | COMPRISING | A non-transitory computer-readable medium storing instructions that when executed perform a method | COMPUTER_READABLE_MEDIUM",
        "A lamp, characterized in that it glows.                            | CHARACTERIZED_IN_THAT     | A lamp,                  | APPARATUS",
    })
    void splitsPreambleTransitionBodyAndCategory(String claim, Transition t, String preamble, ClaimCategory cat) {
        String text = "1. " + claim;
        Claim c = ClaimSet.parse(text).claims().get(0);
        assertThat(c.transition()).isEqualTo(t);
        assertThat(c.preamble().of(text)).isEqualTo(preamble);
        assertThat(c.category()).isEqualTo(cat);
        assertThat(c.body().of(text)).isNotBlank();
    }

    @Test
    void dependentClaimsInheritTheCategoryOfTheirIndependentClaim() {
        ClaimSet set = ClaimSet.parse("1. A method comprising heating.\n2. The method of claim 1, wherein it is hot.");
        assertThat(set.claims().get(1).category()).isEqualTo(ClaimCategory.METHOD);
    }

    @Test
    void chineseClaimsAreNumberedWithAnEnumerationCommaOrFullWidthDigits() {
        String text = "1、一种灯，包括灯泡。\n２．根据权利要求1所述的灯，其特征在于，所述灯泡为红色。\n"
                + "3．如权利要求１或２所述的灯，其特征在于，所述灯泡为圆形。";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2, 3);
        assertThat(set.claims().get(0).contentStart()).isEqualTo(2);
        assertThat(set.claims().get(0).text()).isEqualTo("1、一种灯，包括灯泡。");
        assertThat(set.claims().get(1).references()).containsExactly(1);
        assertThat(set.claims().get(2).references()).containsExactly(1, 2);
        assertThat(set.claims().get(2).kind()).isEqualTo(ClaimKind.MULTIPLE_DEPENDENT);
    }

    @Test
    void aChineseClaimNamingItsOwnSubjectBeforeAnotherClaimIsIndependent() {
        // cn-claims CN108118496A: "洗衣机，其特征在于：该洗衣机包括根据权利要求1-9中任一项所述的可清洗排水阀"
        ClaimSet set = ClaimSet.parse("1.一种排水阀，包括阀体。\n2.根据权利要求1所述的排水阀，其特征在于，所述阀体为圆形。\n"
                + "3.洗衣机，其特征在于：该洗衣机包括根据权利要求1或2所述的排水阀。");
        assertThat(set.claims().get(1).kind()).isEqualTo(ClaimKind.DEPENDENT);
        assertThat(set.claims().get(2).kind()).isEqualTo(ClaimKind.INDEPENDENT);
        assertThat(set.claims().get(2).references()).isEmpty();
    }

    @Test
    void chineseClaimsHaveTheirTransitions() {
        String text = "1.一种灯，包括灯泡。\n2.根据权利要求1所述的灯，其特征在于，所述灯泡包括灯丝。\n"
                + "3.如权利要求1所述的灯，其中所述灯泡为圆形。\n4.一种灯罩，其特征是由玻璃制成。";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::transition).containsExactly(Transition.COMPRISING,
                Transition.CHARACTERIZED_IN_THAT, Transition.WHEREIN, Transition.CHARACTERIZED_IN_THAT);
        assertThat(set.claims()).extracting(c -> c.transitionSpan().of(text)).containsExactly("包括", "其特征在于", "其中",
                "其特征是");
        assertThat(set.claims().get(1).preamble().of(text)).isEqualTo("根据权利要求1所述的灯，");
        assertThat(set.claims().get(1).body().of(text)).isEqualTo("，所述灯泡包括灯丝。");
        assertThat(set.claims()).extracting(Claim::category).containsOnly(ClaimCategory.APPARATUS);
    }

    @Test
    void chineseConsistingOfIsWrittenAroundItsElements() {
        // 由…组成 / 由…构成 (closed); 由于 "because" and 由…驱动 "driven by" are no transition; an earlier 包括 or 其特征在于
        // stays the claim's transition, as "comprising" before "consisting of" does in English
        String text = "1.一种合金，由铁、碳和铬组成。\n2.一种饲料，由以下重量份的原料构成：玉米50份，豆粕20份。\n"
                + "3.一种组合物，包括粘合剂，所述粘合剂由淀粉和水组成。\n4.一种风扇，由于叶片由电机驱动，转速高。\n"
                + "5.根据权利要求1所述的合金，其特征在于，所述碳由石墨组成。";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::transition).containsExactly(Transition.CONSISTING_OF,
                Transition.CONSISTING_OF, Transition.COMPRISING, Transition.NONE, Transition.CHARACTERIZED_IN_THAT);
        assertThat(set.claims().get(0).transitionSpan().of(text)).isEqualTo("由铁、碳和铬组成");
        assertThat(set.claims().get(0).preamble().of(text)).isEqualTo("一种合金，");
        assertThat(set.claims().get(1).transitionSpan().of(text)).isEqualTo("由以下重量份的原料构成");
        assertThat(set.claims().get(1).body().of(text)).isEqualTo("：玉米50份，豆粕20份。");
    }

    @Test
    void aLetterReadForADigitAfterTheChineseClaimWordIsPutRightAndReported() {
        String text = "1.一种灯，包括灯泡。\n2.如权利要求l所述的灯，其中所述灯泡为圆形。";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims().get(1).references()).containsExactly(1);
        assertThat(set.inputQuality().spots()).extracting(s -> s.kind() + " " + s.span().of(text))
                .containsExactly("MISREAD_NUMBER 权利要求l");
    }

    @Test
    void anEnumerationCommaAfterANumberInsideAChineseClaimOpensNoClaimUnlessChineseFollows() {
        // "1、2" and "1、A" are lists, not labels; a decimal "1．5" is no label either
        ClaimSet set = ClaimSet.parse("1.一种组合物，包含：\n1、 2 份水；\n1．5份盐。");
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1);
    }

    @Test
    void aTextWithoutNumbersIsOneClaim() {
        String text = "  A lamp comprising a bulb.\n";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).hasSize(1);
        assertThat(set.claims().get(0).number()).isEqualTo(1);
        assertThat(set.claims().get(0).text()).isEqualTo("A lamp comprising a bulb.");
    }

    @Test
    void anUnnumberedLeadingClaimBeforeClaimTwoIsClaimOne() {
        ClaimSet set = ClaimSet.parse("a spoke body and a hub.\n2 . The spoke according to claim 1 , wherein x.");
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2);
    }

    @Test
    void aLabelGluedToThePeriodBeforeItOpensTheNextClaim() {
        // text extracted from a PDF: "casing.2. The differential"; a decimal or a date never opens a claim
        ClaimSet set = ClaimSet.parse("1. A differential comprising a casing.2. The differential of claim 1, wherein"
                + " the casing has a diameter of 1.5. The casing is steel. It was made (17.02.95) and 3.3. tested.");
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2);
    }

    @Test
    void aLabelAfterLostClaimsOpensAClaimWhenItRefersBack() {
        ClaimSet set = ClaimSet.parse("1. A method comprising administering a compound. 2. The method of claim 1,"
                + " wherein cysteine is administered. 10. The method of claim 1, wherein glutathione is administered."
                + " 11. The method of claim 10, wherein the dose is 7 mg per 15. Day one is Monday.");
        assertThat(set.claims()).extracting(Claim::number).containsExactly(1, 2, 10, 11);
        assertThat(set.claims().get(2).references()).containsExactly(1);
    }

    @Test
    void unnumberedTextBeforeALaterClaimIsKeptAsALeader() {
        String text = "Some stray words.\n5. A lamp.";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.unnumberedLeader().of(text)).isEqualTo("Some stray words.");
        assertThat(set.claims()).extracting(Claim::number).containsExactly(5);
    }

    @Test
    void offsetsIncludeTheOriginOfTheClaimsPart() {
        String file = "TITLE\nLamp\nCLAIMS\n1. A lamp comprising a bulb.";
        int origin = file.indexOf("1.");
        ClaimSet set = ClaimParser.parse(file.substring(origin), origin);
        Claim c = set.claims().get(0);
        assertThat(file.substring(c.start(), c.end())).isEqualTo("1. A lamp comprising a bulb.");
        assertThat(c.preamble().of(file)).isEqualTo("A lamp");
    }

    @Test
    void decimalsAndMultiLineClaimsStayInOneClaim() {
        String text = "1. A lamp comprising:\na bulb of\n1.5 watts; and\na socket.\n2. The lamp of claim 1.";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).hasSize(2);
        assertThat(set.claims().get(0).text()).endsWith("a socket.");
    }

    @Test
    void readsAmendmentStatusIdentifiers() {
        String text = "1. (Currently amended) A lamp comprising a bulb.\n2. (Canceled)\n"
                + "3. (Original) The lamp of claim 1, wherein the bulb is red.\n4. (New) The lamp of claim 2, wherein it glows.";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).extracting(Claim::status).containsExactly(ClaimStatus.CURRENTLY_AMENDED,
                ClaimStatus.CANCELED, ClaimStatus.ORIGINAL, ClaimStatus.NEW);
        Claim one = set.claims().get(0);
        assertThat(one.numberSpan().of(text)).isEqualTo("1. (Currently amended) ");
        assertThat(one.preamble().of(text)).isEqualTo("A lamp");
        assertThat(set.claims().get(1).isCanceled()).isTrue();
        Report r = new Analyzer().analyze(text);
        assertThat(r.fees().totalClaims()).isEqualTo(3);
        assertThat(r.findingsOf("claim-period")).isEmpty();
        assertThat(r.findingsOf("dependency-missing")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("refers to claim 2, which is canceled"));
        assertThat(r.findingsOf("antecedent-basis")).isEmpty();
    }

    @Test
    void aParenthesisThatIsNoStatusStaysInTheClaim() {
        Claim c = ClaimSet.parse("1. (a) A lamp comprising a bulb.").claims().get(0);
        assertThat(c.status()).isEqualTo(ClaimStatus.NONE);
        assertThat(c.content()).startsWith("(a) A lamp");
    }

    @Test
    void unnumberedProseOfSeveralParagraphsIsNoClaim() {
        String text = "Notes about the lamp.\n\nIt should be brighter.\n";
        ClaimSet set = ClaimSet.parse(text);
        assertThat(set.claims()).isEmpty();
        assertThat(set.unnumberedLeader().of(text)).startsWith("Notes about the lamp.");
        Report r = new Analyzer().analyze(text);
        assertThat(r.findingsOf("claim-numbering")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("the claims text has no claim number"));
    }
}
