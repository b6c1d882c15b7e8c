package io.patentdesk.analyzer.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Suppressions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Antecedent basis in Chinese claims (所述X / 该X / 上述X) under the CNIPA pack. */
class ChineseAntecedentWalkTest {

    private static final Analyzer ANALYZER = new Analyzer();

    private static List<Finding> antecedent(String claims) {
        Report r = ANALYZER.analyze(Document.ofClaims(claims), Office.CNIPA, Suppressions.none());
        return r.findings().stream().filter(f -> f.rule().equals("antecedent-basis")
                || f.rule().equals("ambiguous-antecedent")).toList();
    }

    private static String underlined(String claims, Finding f) {
        return claims.substring(f.start(), f.end());
    }

    @Test
    void theLongestIntroducedTermDecidesWhereTheTermEnds() {
        String claims = "1.一种夹具，包括底座和第一连接杆，所述第一连接杆的一端与所述底座固定连接。\n"
                + "2.根据权利要求1所述的夹具，其特征在于，所述第一连接杆的另一端设有所述底座内壁的卡槽。";
        assertThat(antecedent(claims)).isEmpty();
    }

    @Test
    void aTermNeverIntroducedIsAnErrorNamingTheTermAndTheClaim() {
        String claims = "1.一种夹具，包括底座和支架。\n2.根据权利要求1所述的夹具，其特征在于，所述第二连接杆的一端与所述底座连接。";
        List<Finding> f = antecedent(claims);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.claim()).isEqualTo(2);
            assertThat(underlined(claims, x)).isEqualTo("所述第二连接杆");
            assertThat(x.term()).isEqualTo("第二连接杆");
            assertThat(x.citation()).contains("第二十六条第四款");
            assertThat(x.message()).contains("第二连接杆").contains("claim 2");
        });
    }

    @Test
    void coordinatedOrdinalsWrittenInEveryClaimReliedOnAreNotReported() {
        // CN111164954A claim 10: "所述第一和第二方向" was read as 所述第一 and reported with an empty list of claims
        String claims = "1.一种支架，包括轴承部分，所述轴承部分沿第一方向和第二方向延伸。\n"
                + "2.根据权利要求1所述的支架，其中所述轴承部分为金属。\n"
                + "3.根据权利要求1或2所述的支架，其中所述轴承部分能够在由所述第一和第二方向形成的平面中移动。";
        assertThat(antecedent(claims)).noneMatch(f -> f.message().contains("claim ,"))
                .noneMatch(f -> f.term().equals("第一"));
    }

    @Test
    void everyPathOfAMultipleDependencyNeedsTheBasis() {
        String claims = "1.一种灯，包括灯座。\n2.根据权利要求1所述的灯，其特征在于，还包括灯泡。\n"
                + "3.根据权利要求2所述的灯，其特征在于，所述灯泡为红色。\n"
                + "4.根据权利要求1或2所述的灯，其特征在于，所述灯泡为白色。";
        List<Finding> f = antecedent(claims);
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.claim()).isEqualTo(4);
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.message()).contains("claim 2").contains("claim 1, which does not");
        });
    }

    @Test
    void aTermIntroducedOnlyInAClaimNotDependedOnIsAnError() {
        String claims = "1.一种灯，包括灯座。\n2.根据权利要求1所述的灯，其特征在于，还包括灯泡。\n"
                + "3.根据权利要求1所述的灯，其特征在于，所述灯泡为红色。";
        assertThat(antecedent(claims)).singleElement().satisfies(x -> {
            assertThat(x.claim()).isEqualTo(3);
            assertThat(x.message()).contains("claim 2 introduces it");
        });
    }

    @Test
    void claimReferencesQuantifiersAndTheSubjectNeedNoBasis() {
        String claims = "1.一种灯，包括灯座和多个灯泡，每个灯泡设于所述灯座上。\n"
                + "2.如权利要求1所述的灯，其特征在于，所述多个灯泡均为红色，所述的灯座为圆形，该灯的高度为1米。\n"
                + "3.根据权利要求1-2中任一所述的灯，其特征在于，所述至少一个灯泡为白色。\n"
                + "4.根据权利要求1至3任一项所述的灯，其特征在于，如上所述，所述灯泡上设有灯罩。";
        assertThat(antecedent(claims)).isEmpty();
    }

    @Test
    void aPlainNameAfterOnlyFirstAndSecondIsAmbiguous() {
        String claims = "1.一种夹具，包括第一支架和第二支架，所述支架由钢制成。";
        assertThat(antecedent(claims)).singleElement().satisfies(x -> {
            assertThat(x.rule()).isEqualTo("ambiguous-antecedent");
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(underlined(claims, x)).isEqualTo("所述支架");
            assertThat(x.message()).contains("第一支架").contains("第二支架");
        });
        assertThat(antecedent("1.一种夹具，包括支架、第一支架和第二支架，所述支架由钢制成。")).isEmpty();
    }

    @Test
    void uncertainReadingsAreWarningsNotErrors() {
        // a term introduced later in the claim, another head on an introduced start, a label written differently
        for (String claims : List.of(
                "1.一种化合物，如通式(1)所示，其中R₃为甲基。\n2.根据权利要求1所述的化合物，其特征在于，所述R3为乙基。",
                "1.一种夹具，其中所述支撑板固定在底座上，支撑板为钢板。",
                "1.一种夹具，包括第一连接板，所述第一连接杆的一端焊接在所述第一连接板上。")) {
            assertThat(antecedent(claims)).as(claims).isNotEmpty()
                    .allSatisfy(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        }
    }

    @Test
    void aPropertyOfAnIntroducedThingNeedsNoBasisOfItsOwn() {
        assertThat(antecedent("1.一种方法，包括陈化步骤。\n2.根据权利要求1所述的方法，其特征在于，所述陈化温度为50度。"))
                .isEmpty();
    }

    @Test
    void aModifiedNameWhoseThingFollowsDeIsResolvedByWhatFollows() {
        assertThat(antecedent("1.一种井盖，包括外筒和内筒，所述带有透水孔的内筒放置在所述外筒内部。")).isEmpty();
    }

    @Test
    void englishClaimsAreLeftToTheEnglishCheck() {
        Report r = ANALYZER.analyze(Document.ofClaims("1. A lamp comprising a socket, wherein the bulb is red."),
                Office.CNIPA, Suppressions.none());
        assertThat(r.findings()).filteredOn(f -> f.rule().equals("antecedent-basis")).hasSize(1);
    }
}
