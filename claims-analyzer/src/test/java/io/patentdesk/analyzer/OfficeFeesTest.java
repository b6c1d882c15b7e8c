package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Claim counts and fee amounts per office, from the office packs' allowances and fee tables. */
class OfficeFeesTest {

    /** {@code n} claims: {@code independent} independent ones, the rest depending on claim 1; one multiple dependent
     * claim last when asked. */
    private static Fees fees(Office office, int n, int independent, boolean multipleLast) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            String body = i <= independent ? "A lamp." : multipleLast && i == n ? "The lamp of claim 1 or 2, wherein it is red."
                    : "The lamp of claim 1, wherein it glows.";
            sb.append(i).append(". ").append(body).append('\n');
        }
        ClaimSet set = ClaimSet.parse(sb.toString());
        return Fees.of(set, ClaimTree.of(set), office);
    }

    @Test
    void usptoChargesClaimsOverTwentyIndependentOverThreeAndMultipleDependencyOnce() {
        Fees f = fees(Office.USPTO, 23, 4, true);
        // 22 single claims + one multiple dependent claim counted as 2 = 24 counted
        assertThat(f).isEqualTo(new Fees(23, 4, 1, 24, 4, 1, 0, Office.USPTO));
        FeeEstimate large = Office.USPTO.pack().fees().estimate(f, null);
        assertThat(large.entity()).isEqualTo("large");
        assertThat(large.currency()).isEqualTo("USD");
        assertThat(large.effective()).isEqualTo(LocalDate.of(2025, 1, 19));
        // 4 x 200 + 1 x 600 + 925
        assertThat(large.claimsAmount()).isEqualByComparingTo("2325");
        assertThat(large.total()).isEqualByComparingTo(new BigDecimal("2325").add(new BigDecimal("2000")));
        assertThat(Office.USPTO.pack().fees().estimate(f, "small").claimsAmount()).isEqualByComparingTo("930");
        assertThat(Office.USPTO.pack().fees().estimate(f, "MICRO").claimsAmount()).isEqualByComparingTo("465");
    }

    @Test
    void epoCountsClaimsAsWrittenOverFifteenWithAHigherFeeOverFifty() {
        Fees f = fees(Office.EPO, 53, 2, true);
        assertThat(f).isEqualTo(new Fees(53, 2, 1, 53, 38, 0, 3, Office.EPO));
        FeeEstimate e = Office.EPO.pack().fees().estimate(f, null);
        assertThat(e.currency()).isEqualTo("EUR");
        // 35 claims (16th to 50th) x 265 + 3 claims (51st to 53rd) x 660
        assertThat(e.claimsAmount()).isEqualByComparingTo(BigDecimal.valueOf(35 * 265 + 3 * 660));
        assertThat(fees(Office.EPO, 15, 1, false).excessTotal()).isZero();
    }

    /** A Chinese description of {@code lines} full lines (42 characters each: one line of the CNIPA page estimate). */
    private static String description(int lines) {
        return ("[0001]" + "本发明涉及一种灯".repeat(4) + "灯".repeat(7) + "\n").repeat(lines); // 3 + 32 + 7
    }

    private static Report cnipa(String description) {
        return new Analyzer().analyze(Document.of("灯", "", description, "1.一种灯，包括灯泡。\n"), Office.CNIPA,
                Suppressions.none());
    }

    @Test
    void cnipaChargesDescriptionPagesFromTheThirtyFirstAndMoreFromTheThreeHundredFirst() {
        // 36 lines a page: 31 pages are 1,116 lines; 302 pages 10,872 lines
        Fees f = cnipa(description(31 * 36)).fees();
        assertThat(f.descriptionPages()).isEqualTo(31);
        assertThat(f.excessPages()).isEqualTo(1);
        FeeEstimate e = Office.CNIPA.pack().fees().estimate(f, null);
        assertThat(e.effective()).isEqualTo(LocalDate.of(2017, 7, 1));
        assertThat(e.pagesAmount()).isEqualByComparingTo("50");
        assertThat(e.claimsAmount()).isZero();
        assertThat(e.items().get(e.items().size() - 1)).satisfies(i -> {
            assertThat(i.basis()).isEqualTo(FeeEstimate.Basis.PAGES);
            assertThat(i.label()).startsWith("说明书附加费 Each description page from the 31st");
            assertThat(i.count()).isEqualTo(1);
        });
        assertThat(cnipa(description(30 * 36)).fees().excessPages()).isZero();
        Fees big = cnipa(description(302 * 36)).fees();
        assertThat(big.descriptionPages()).isEqualTo(302);
        assertThat(big.excessPages()).isEqualTo(272);
        assertThat(big.excessPagesHigher()).isEqualTo(2);
        FeeEstimate b = Office.CNIPA.pack().fees().estimate(big, null);
        assertThat(b.pagesAmount()).isEqualByComparingTo(BigDecimal.valueOf(270 * 50 + 2 * 100));
        assertThat(b.total()).isEqualByComparingTo(BigDecimal.valueOf(900 + 270 * 50 + 2 * 100));
    }

    @Test
    void withoutADescriptionOrAtAnOfficeWithoutPageFeesNoPagesAreCounted() {
        Fees none = cnipa("").fees();
        assertThat(none.descriptionPages()).isZero();
        assertThat(Office.CNIPA.pack().fees().estimate(none, null).items())
                .noneMatch(i -> i.basis() == FeeEstimate.Basis.PAGES);
        Report us = new Analyzer().analyze(Document.of("Lamp", "", "A lamp.\n".repeat(5000), "1. A lamp."), Office.USPTO,
                Suppressions.none());
        assertThat(us.fees().descriptionPages()).isZero();
    }

    @Test
    void jpoChargesEveryClaimInTheExaminationRequest() {
        Fees f = fees(Office.JPO, 7, 1, false);
        assertThat(f.excessTotal()).isEqualTo(7);
        FeeEstimate e = Office.JPO.pack().fees().estimate(f, null);
        assertThat(e.claimsAmount()).isEqualByComparingTo("28000");
        assertThat(e.total()).isEqualByComparingTo(BigDecimal.valueOf(14000 + 138000 + 28000));
    }

    @Test
    void cnipaChargesEachClaimFromTheEleventh() {
        Fees f = fees(Office.CNIPA, 12, 1, false);
        assertThat(f.excessTotal()).isEqualTo(2);
        assertThat(Office.CNIPA.pack().fees().estimate(f, null).claimsAmount()).isEqualByComparingTo("300");
    }

    @Test
    void anEntitySizeTheOfficeDoesNotKnowIsRefusedInOneLine() {
        Fees f = fees(Office.EPO, 3, 1, false);
        assertThatThrownBy(() -> Office.EPO.pack().fees().estimate(f, "micro"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(
                        "the epo fee table has no entity size 'micro' (known: standard)");
    }
}
