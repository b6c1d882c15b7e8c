package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: an 8 MB file of 25,000 claims, each depending on the one before, overflowed the stack in the claim tree
 * and the antecedent walk, and the walk's cached ancestor lists (one per claim, each as long as the chain) filled the
 * heap. Analyzed here on a thread with a small stack and within a time that a walk of the whole chain per claim
 * would blow.
 */
class DeepClaimChainTest {

    private static final int CHAIN = 25_000;
    /** Seconds: the whole analysis takes a few on a loaded two-core machine; a quadratic walk would take minutes. */
    private static final int LIMIT_SECONDS = 120;

    @Test
    void aChainOfTwentyFiveThousandClaimsIsAnalyzedInFull() throws InterruptedException {
        String text = chain();
        assertThat(text.length()).isGreaterThan(8_000_000);

        Report r = analyzeOnSmallStack(text);

        assertThat(r.claims().size()).isEqualTo(CHAIN + 4);
        assertThat(r.tree().independentClaimsOf(CHAIN)).containsExactly(1);
        assertThat(r.tree().pathsToIndependent(CHAIN)).hasSize(1).first().satisfies(p -> assertThat(p).hasSize(CHAIN));

        List<Finding> antecedents = r.findingsOf("antecedent-basis");
        assertThat(antecedents).extracting(Finding::claim).containsExactly(12_345);
        // the message names the nearest 50 claims up the chain, not all 12,344
        assertThat(antecedents.get(0).message()).isEqualTo("'the widget' in claim 12345 has no antecedent: no 'a widget'"
                + " in claim 12345 or in claims " + descending(12_344, 50) + " and the further claims they depend on");

        assertThat(r.findingsOf("multiple-dependent-chain")).extracting(Finding::claim, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CHAIN + 2, "claim 25002 is a multiple dependent claim that depends on"
                        + " multiple dependent claim 25001; a multiple dependent claim may not serve as the basis for"
                        + " another"),
                org.assertj.core.groups.Tuple.tuple(CHAIN + 4, "claim 25004 is a multiple dependent claim that depends on"
                        + " multiple dependent claim 25002 (through other claims); a multiple dependent claim may not"
                        + " serve as the basis for another"));
        assertThat(r.findings()).hasSize(3); // nothing else: the rest of the chain is clean
    }

    @Test
    void dependentClaimsFarDownAChainTakeTheIndependentClaimsCategory() {
        StringBuilder sb = new StringBuilder("1. A system comprising a server.\n");
        for (int n = 2; n <= 300; n++) {
            sb.append(n).append(". The apparatus of claim ").append(n - 1).append(", wherein the server is fast.\n");
        }
        ClaimSet set = ClaimSet.parse(sb.toString());
        assertThat(set.claims()).extracting(Claim::category).containsOnly(ClaimCategory.SYSTEM);
    }

    private static String chain() {
        StringBuilder sb = new StringBuilder(8_500_000);
        sb.append("1. A device comprising: a housing; a lever pivotally mounted to the housing; and a spring biasing the"
                + " lever toward a closed position relative to the housing.\n\n");
        for (int n = 2; n <= CHAIN; n++) {
            sb.append(n).append(". The device of claim ").append(n - 1).append(", wherein the lever is coupled to the"
                    + " housing by a fastener, the spring has a stiffness selected so that the lever returns to the"
                    + " closed position within a predetermined time after release, and the housing further comprises"
                    + " a cover plate that is removably attached to the housing by a plurality of clips")
                    .append(n == 12_345 ? " and the widget is blue" : "").append(".\n\n");
        }
        // multiple dependent claims at the bottom of the chain: one on another directly, one through a claim between
        sb.append("25001. The device of claim 24999 or 25000, wherein the lever is red.\n\n");
        sb.append("25002. The device of claim 25001 or 2, wherein the lever is blue.\n\n");
        sb.append("25003. The device of claim 25002, wherein the lever is green.\n\n");
        sb.append("25004. The device of claim 25003 or 1, wherein the lever is black.\n");
        return sb.toString();
    }

    private static String descending(int from, int count) {
        StringBuilder sb = new StringBuilder();
        for (int n = from; n > from - count; n--) {
            sb.append(n == from ? "" : ", ").append(n);
        }
        return sb.toString();
    }

    private static Report analyzeOnSmallStack(String text) throws InterruptedException {
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(new Analyzer().analyze(text));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "small-stack analysis", 256 * 1024);
        t.setDaemon(true);
        t.start();
        t.join(LIMIT_SECONDS * 1000L);
        assertThat(t.isAlive()).as("analysis still running after %d s", LIMIT_SECONDS).isFalse();
        assertThat(out.get()).as("analysis result, not an exception").isInstanceOf(Report.class);
        return (Report) out.get();
    }
}
