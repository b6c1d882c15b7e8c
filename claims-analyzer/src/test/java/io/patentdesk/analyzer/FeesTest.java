package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeesTest {

    private static Fees fees(String claims) {
        ClaimSet set = ClaimSet.parse(claims);
        return Fees.of(set, ClaimTree.of(set), Office.USPTO);
    }

    @Test
    void countsMultipleDependentClaimsAsTheClaimsTheyReferTo() {
        // 7 claims, 4 independent, one multiple dependent claim referring to 3 claims -> 9 for fees
        Fees f = fees("""
                1. A lamp.
                2. A lamp.
                3. A lamp.
                4. A lamp.
                5. The lamp of claim 1, wherein it is red.
                6. The lamp of claim 5, wherein it is big.
                7. The lamp of any one of claims 1 to 3, wherein it is round.
                """);
        assertThat(f).isEqualTo(new Fees(7, 4, 1, 9, 0, 1, 0, Office.USPTO));
    }

    @Test
    void aClaimDependingOnAMultipleDependentClaimCountsAsManyAsIt() {
        Fees f = fees("""
                1. A lamp.
                2. The lamp of claim 1, wherein it is red.
                3. The lamp of claim 1 or 2, wherein it is big.
                4. The lamp of claim 3, wherein it is round.
                5. The lamp of claim 4, wherein it is hot.
                """);
        // 1 + 1 + 2 + 2 + 2
        assertThat(f.feeCountedClaims()).isEqualTo(8);
        assertThat(f.multipleDependentClaims()).isEqualTo(1);
    }

    @Test
    void excessIsOverTwentyTotalAndThreeIndependent() {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 25; i++) {
            sb.append(i).append(i <= 5 ? ". A lamp.\n" : ". The lamp of claim 1, wherein it glows.\n");
        }
        Fees f = fees(sb.toString());
        assertThat(f).isEqualTo(new Fees(25, 5, 0, 25, 5, 2, 0, Office.USPTO));
    }
}
