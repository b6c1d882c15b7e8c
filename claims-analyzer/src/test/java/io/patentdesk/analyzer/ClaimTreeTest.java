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
}
