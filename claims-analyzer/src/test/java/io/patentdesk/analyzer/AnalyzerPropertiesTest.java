package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties over generated claim sets: exact offsets, antecedent recall and precision, fee invariants. */
class AnalyzerPropertiesTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final List<String> NOUNS = List.of("lamp", "bulb", "socket", "lever", "gear", "housing", "spring",
            "shaft", "valve", "pump", "wheel", "frame", "panel", "sensor", "clip");

    @Provide
    Arbitrary<String> noun() {
        return Arbitraries.of(NOUNS);
    }

    @Property(tries = 300)
    void theBulbIsFlaggedExactlyWhenNeverIntroduced(@ForAll("noun") String a, @ForAll("noun") String b,
            @ForAll("noun") String c, @ForAll boolean said, @ForAll @IntRange(max = 3) int blankLines) {
        String det = said ? "said" : "the";
        String text = "1. A " + a + " comprising a " + b + ".\n" + "\n".repeat(blankLines)
                + "2. The " + a + " of claim 1, wherein " + det + " " + c + " is red.";
        Report r = ANALYZER.analyze(text);
        List<Finding> ab = r.findingsOf("antecedent-basis");
        if (c.equals(a) || c.equals(b)) {
            assertThat(ab).isEmpty();
        } else {
            assertThat(ab).hasSize(1);
            Finding f = ab.get(0);
            assertThat(text.substring(f.start(), f.end())).isEqualTo(det + " " + c);
            assertThat(f.claim()).isEqualTo(2);
            assertThat(f.message()).startsWith("'" + det + " " + c + "' in claim 2 has no antecedent");
        }
        assertThat(r.hasErrors()).isEqualTo(!ab.isEmpty());
    }

    @Property(tries = 200)
    void everyClaimsFindingLiesInItsClaimAndQuotesWhatItUnderlines(@ForAll("claimSets") String text) {
        Report r = ANALYZER.analyze(text);
        for (Finding f : r.findings()) {
            assertThat(f.part()).isEqualTo(Part.CLAIMS);
            assertThat(f.end()).isLessThanOrEqualTo(text.length());
            if (f.claim() != null) {
                Claim c = r.claims().get(f.claim()).orElseThrow();
                assertThat(f.start()).isGreaterThanOrEqualTo(c.start());
                assertThat(f.end()).isLessThanOrEqualTo(c.end());
            }
            if (f.message().startsWith("'")) {
                assertThat(f.message()).startsWith("'" + text.substring(f.start(), f.end()) + "'");
            }
        }
        for (Claim c : r.claims().claims()) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }

    @Property(tries = 200)
    void offsetsMoveWithTheOriginOfTheClaimsPart(@ForAll("claimSets") String claims, @ForAll @IntRange(max = 500) int lead) {
        Report plain = ANALYZER.analyze(claims);
        Document shifted = Document.builder().part(Part.CLAIMS, claims, lead).build();
        Report moved = ANALYZER.analyze(shifted);
        assertThat(moved.findings()).hasSameSizeAs(plain.findings());
        for (int i = 0; i < plain.findings().size(); i++) {
            assertThat(moved.findings().get(i).start()).isEqualTo(plain.findings().get(i).start() + lead);
            assertThat(moved.findings().get(i).end()).isEqualTo(plain.findings().get(i).end() + lead);
        }
    }

    @Property(tries = 200)
    void feeCountsNeverFallBelowTheClaimCount(@ForAll("claimSets") String text) {
        Fees f = ANALYZER.analyze(text).fees();
        assertThat(f.feeCountedClaims()).isGreaterThanOrEqualTo(f.totalClaims());
        assertThat(f.independentClaims()).isLessThanOrEqualTo(f.totalClaims());
        if (f.multipleDependentClaims() == 0) {
            assertThat(f.feeCountedClaims()).isEqualTo(f.totalClaims());
        }
        assertThat(f.excessTotal()).isEqualTo(Math.max(0, f.feeCountedClaims() - 20));
    }

    /** Claim sets of 1-12 claims: independent claims, single and multiple dependent ones, USPTO spacing. */
    @Provide
    Arbitrary<String> claimSets() {
        Arbitrary<Integer> size = Arbitraries.integers().between(1, 12);
        return size.flatMap(n -> Arbitraries.integers().between(0, 1_000_000).list().ofSize(n).map(seeds -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                int s = seeds.get(i - 1);
                String a = NOUNS.get(s % NOUNS.size());
                String b = NOUNS.get((s / 7) % NOUNS.size());
                String sep = s % 5 == 0 ? " . " : ". ";
                sb.append(i).append(sep);
                if (i == 1 || s % 4 == 0) {
                    sb.append("A ").append(a).append(" comprising a ").append(b).append(" that is substantially round.");
                } else if (s % 4 == 1 && i > 2) {
                    sb.append("The ").append(a).append(" of claim ").append(1 + s % (i - 1)).append(" or ")
                            .append(i - 1).append(", wherein the ").append(b).append(" has means for turning.");
                } else {
                    sb.append("The ").append(a).append(" according to claim ").append(1 + s % (i - 1))
                            .append(s % 3 == 0 ? " , wherein said " : ", wherein the ").append(b).append(" is red.");
                }
                sb.append(s % 2 == 0 ? "\n" : "\r\n");
            }
            return sb.toString();
        }));
    }
}
