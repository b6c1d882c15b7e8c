package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimTreeTest {

    private static final String CLAIMS = """
            1. A lamp comprising a bulb.
            2. The lamp of claim 1, wherein the bulb is red.
            3. A method comprising lighting.
            4. The lamp of claim 2 or 3, wherein the bulb is big.
            5. The lamp of claim 4, wherein the bulb is round.
            6. The lamp of claim 9, wherein the bulb is hot.
            """;

    @Test
    void listsEveryPathToTheIndependentClaims() {
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(CLAIMS));
        assertThat(tree.pathsToIndependent(5)).containsExactly(List.of(5, 4, 2, 1), List.of(5, 4, 3));
        assertThat(tree.independentClaimsOf(5)).containsExactly(1, 3);
        assertThat(tree.parents(4)).containsExactly(2, 3);
        assertThat(tree.children(1)).containsExactly(2);
        assertThat(tree.ancestors(5)).containsExactlyInAnyOrder(4, 2, 1, 3);
        assertThat(tree.pathsToIndependent(1)).containsExactly(List.of(1));
    }

    @Test
    void brokenReferencesAreNoEdges() {
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(CLAIMS));
        assertThat(tree.parents(6)).isEmpty();
        assertThat(tree.roots()).containsExactly(1, 3, 6);
    }

    @Test
    void circularReferencesCannotLoop() {
        ClaimTree tree = ClaimTree.of(ClaimSet.parse("1. The lamp of claim 2.\n2. The lamp of claim 1."));
        assertThat(tree.pathsToIndependent(2)).containsExactly(List.of(2, 1));
        assertThat(tree.pathsToIndependent(1)).containsExactly(List.of(1));
    }

    @Test
    void circularAndSelfReferencesAreNoEdges() {
        String text = """
                1. A lamp comprising a bulb.
                2. The lamp of claim 2, wherein the bulb is red.
                3. The lamp of claim 4, wherein the bulb is big.
                4. The lamp of claim 3, wherein the bulb is round.
                """;
        Report r = new Analyzer().analyze(text);
        ClaimTree tree = r.tree();
        assertThat(tree.parents(2)).isEmpty();
        assertThat(tree.parents(3)).isEmpty();
        assertThat(tree.parents(4)).containsExactly(3);
        assertThat(tree.roots()).containsExactly(1, 2, 3);
        assertThat(tree.ancestors(4)).containsExactly(3);
        assertThat(tree.independentClaimsOf(4)).containsExactly(3);
        assertThat(tree.pathsToIndependent(4)).containsExactly(List.of(4, 3));
        assertThat(r.findingsOf("dependency-missing")).extracting(Finding::claim).containsExactly(2, 3);
    }

    @Test
    void independentClaimsBehindMoreThanTheListedPathsAreAllFound() {
        // Claims 3 to 30 each depend on the two before them: claim 30 has over 500,000 paths to claim 1, so the
        // 256 listed paths of claim 32 never reach claim 31, which it also depends on.
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n2. The lamp of claim 1, wherein the bulb is red.\n");
        for (int n = 3; n <= 30; n++) {
            sb.append(n).append(". The lamp of claim ").append(n - 1).append(" or ").append(n - 2)
                    .append(", wherein the bulb is red.\n");
        }
        sb.append("31. A method of lighting comprising switching on a lamp.\n");
        sb.append("32. The lamp of claim 30 or 31, wherein the lamp is red.\n");
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(sb.toString()));
        assertThat(tree.pathsToIndependent(32)).hasSize(256).allSatisfy(p -> assertThat(p).endsWith(1));
        assertThat(tree.independentClaimsOf(32)).containsExactly(1, 31);
        assertThat(tree.independentClaimsOf(30)).containsExactly(1);
    }

    @Test
    void nearestAncestorsAreTheFirstOfTheAncestorsInOrder() {
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(CLAIMS));
        assertThat(List.copyOf(tree.ancestors(5))).containsExactly(4, 2, 3, 1);
        assertThat(tree.nearestAncestors(5, 2)).containsExactly(4, 2);
        assertThat(tree.nearestAncestors(5, 9)).containsExactly(4, 2, 3, 1);
        assertThat(tree.firstAncestor(5, n -> n == 3 || n == 1, n -> true)).hasValue(3);
        assertThat(tree.firstAncestor(5, n -> n == 7, n -> true)).isEmpty();
    }
}
