package io.patentdesk.app.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.ClaimOutline;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.editor.ClaimNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The claim tree handed to the editor: nested as the claims depend, bounded for claim sets no display could hold. */
class MatterAnalyzerTreeTest {

    private final MatterAnalyzer analyzer = new MatterAnalyzer();

    @Test
    void aClaimWithTwoParentsAppearsUnderEach() {
        List<ClaimNode> tree = analyzer.analyze(Matter.create("Lamp").withClaims("""
                1. A lamp comprising a bulb.
                2. The lamp of claim 1, wherein the bulb is red.
                3. A method comprising lighting a lamp.
                4. The lamp of claim 2 or 3, wherein the bulb is big.
                5. The lamp of claim 4, wherein the bulb is round.
                """)).claimTree();
        assertThat(tree).extracting(ClaimNode::number).containsExactly(1, 3);
        ClaimNode four = tree.get(0).children().get(0).children().get(0);
        assertThat(four.number()).isEqualTo(4);
        assertThat(four.children()).extracting(ClaimNode::number).containsExactly(5);
        assertThat(tree.get(1).children().get(0)).isEqualTo(four);
        assertThat(four.label()).isEqualTo("The lamp of claim 2 or 3");
    }

    @Test
    void aChainOfThousandsOfClaimsIsNestedAtMostSixtyFourDeepAndShowsEveryClaim() {
        int n = 3_000;
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n");
        for (int i = 2; i <= n; i++) {
            sb.append(i).append(". The lamp of claim ").append(i - 1).append(", wherein the bulb is red.\n");
        }
        List<ClaimNode> tree = analyzer.analyze(Matter.create("Chain").withClaims(sb.toString())).claimTree();

        assertThat(tree.get(0).number()).isEqualTo(1);
        assertThat(tree.get(1).number()).isEqualTo(1 + ClaimOutline.MAX_DEPTH);
        assertThat(tree.get(1).label()).endsWith("(continued)");
        Set<Integer> shown = new HashSet<>();
        int deepest = 0;
        // walk the nodes with a stack of (node, depth): the test itself must not recurse per level either
        ArrayDeque<Object[]> todo = new ArrayDeque<>();
        tree.forEach(r -> todo.push(new Object[] {r, 0}));
        while (!todo.isEmpty()) {
            Object[] e = todo.pop();
            ClaimNode node = (ClaimNode) e[0];
            int depth = (int) e[1];
            shown.add(node.number());
            deepest = Math.max(deepest, depth);
            node.children().forEach(c -> todo.push(new Object[] {c, depth + 1}));
        }
        assertThat(shown).hasSize(n);
        assertThat(deepest).isEqualTo(ClaimOutline.MAX_DEPTH);
    }

    @Test
    void claimsThatEachDependOnTheTwoBeforeDoNotMultiplyTheTree() {
        // listed under every path, claim 60 alone would appear about 10^12 times
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n2. The lamp of claim 1.\n");
        for (int i = 3; i <= 60; i++) {
            sb.append(i).append(". The lamp of claim ").append(i - 1).append(" or ").append(i - 2).append(".\n");
        }
        List<ClaimNode> tree = analyzer.analyze(Matter.create("Web").withClaims(sb.toString())).claimTree();
        List<ClaimNode> all = new ArrayList<>();
        ArrayDeque<ClaimNode> todo = new ArrayDeque<>(tree);
        while (!todo.isEmpty()) {
            ClaimNode node = todo.pop();
            all.add(node);
            todo.addAll(node.children());
        }
        assertThat(all.size()).isBetween(ClaimOutline.REPEAT_ROWS, 2 * ClaimOutline.REPEAT_ROWS);
        assertThat(all).anyMatch(node -> node.label().endsWith("(dependents above)"));
    }
}
