package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.ClaimGraphs.Graph;
import io.patentdesk.analyzer.ClaimOutline.Note;
import io.patentdesk.analyzer.ClaimOutline.Row;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** The claim tree laid out for display: the plain nested tree where it fits, bounded and complete where it does not. */
class ClaimOutlineTest {

    @Provide
    Arbitrary<Graph> graphs() {
        return Arbitraries.integers().between(1, 40)
                .flatMap(n -> Arbitraries.longs().map(seed -> ClaimGraphs.random(n, seed)));
    }

    @Property(tries = 300)
    void withinTheBoundsItIsThePlainRecursiveTree(@ForAll("graphs") Graph g) {
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(g.text()));
        List<Row> plain = new ArrayList<>();
        List<Integer> roots = tree.roots();
        boolean fits = true;
        for (int i = 0; i < roots.size() && fits; i++) {
            fits = nested(tree, roots.get(i), 0, i == roots.size() - 1, plain);
        }
        Statistics.collect(fits);
        Statistics.coverage(c -> c.check(true).percentage(p -> p > 60));
        if (fits) { // a graph that outgrows the bounds is for the next property
            assertThat(ClaimOutline.of(tree)).isEqualTo(plain);
        }
    }

    @Property(tries = 500)
    void beyondTheBoundsEveryClaimAndDependencyIsStillShown(@ForAll("graphs") Graph g,
            @ForAll @IntRange(min = 1, max = 4) int maxDepth, @ForAll @IntRange(max = 30) int repeatRows) {
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(g.text()));
        checkOutline(tree, ClaimOutline.of(tree, maxDepth, repeatRows), maxDepth, repeatRows);
    }

    @Test
    void aDeepChainContinuesAtTheTopEverySixtyFourLevels() {
        int n = 3_000;
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n");
        for (int i = 2; i <= n; i++) {
            sb.append(i).append(". The lamp of claim ").append(i - 1).append(".\n");
        }
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(sb.toString()));
        List<Row> rows = ClaimOutline.of(tree);
        checkOutline(tree, rows, ClaimOutline.MAX_DEPTH, ClaimOutline.REPEAT_ROWS);
        List<Integer> continued = rows.stream().filter(r -> r.note() == Note.CONTINUED).map(Row::claim).toList();
        List<Integer> expected = new ArrayList<>();
        for (int c = 1 + ClaimOutline.MAX_DEPTH; c < n; c += ClaimOutline.MAX_DEPTH) {
            expected.add(c);
        }
        assertThat(continued).isEqualTo(expected);
        assertThat(rows).hasSize(n + continued.size());
        assertThat(rows.get(ClaimOutline.MAX_DEPTH)).isEqualTo(new Row(65, 64, true, Note.DEPENDENTS_BELOW));
    }

    @Test
    void claimsOnEveryPathOfADoublingWebAreListedWithinTheBound() {
        // each claim depends on the two before it: listed under every path, claim 60 would appear 10^12 times
        StringBuilder sb = new StringBuilder("1. A lamp comprising a bulb.\n2. The lamp of claim 1.\n");
        for (int i = 3; i <= 60; i++) {
            sb.append(i).append(". The lamp of claim ").append(i - 1).append(" or ").append(i - 2).append(".\n");
        }
        ClaimTree tree = ClaimTree.of(ClaimSet.parse(sb.toString()));
        List<Row> rows = ClaimOutline.of(tree);
        checkOutline(tree, rows, ClaimOutline.MAX_DEPTH, ClaimOutline.REPEAT_ROWS);
        assertThat(rows.size()).isBetween(ClaimOutline.REPEAT_ROWS, 2 * ClaimOutline.REPEAT_ROWS);
        assertThat(rows).anyMatch(r -> r.note() == Note.DEPENDENTS_ABOVE);
    }

    /** The recursive layout the report and the editor used; false once it passes the bounds. */
    private static boolean nested(ClaimTree tree, int claim, int depth, boolean last, List<Row> out) {
        if (out.size() >= ClaimOutline.REPEAT_ROWS || depth > ClaimOutline.MAX_DEPTH
                || depth == ClaimOutline.MAX_DEPTH && !tree.children(claim).isEmpty()) {
            return false;
        }
        out.add(new Row(claim, depth, last, Note.NONE));
        List<Integer> kids = tree.children(claim);
        for (int i = 0; i < kids.size(); i++) {
            if (!nested(tree, kids.get(i), depth + 1, i == kids.size() - 1, out)) {
                return false;
            }
        }
        return true;
    }

    @Test
    void canceledClaimsAreLeftOutOfTheOutline() {
        ClaimTree tree = ClaimTree.of(ClaimSet.parse("1. A lamp.\n2-9. (Canceled)\n10. The lamp of claim 1.\n"
                + "11. (Canceled)\n12. The lamp of claim 9."));
        assertThat(ClaimOutline.of(tree)).extracting(Row::claim).containsExactly(1, 10, 12);
    }

    /**
     * Every claim is shown; a row's dependents are beneath it either in full or not at all, and not at all only with
     * a note pointing to a row of the same claim that has them; the size stays within the documented bound.
     */
    private static void checkOutline(ClaimTree tree, List<Row> rows, int maxDepth, int repeatRows) {
        Set<Integer> shown = new HashSet<>();
        Set<Integer> expanded = new HashSet<>();
        Set<Integer> continued = new HashSet<>();
        int topLevel = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            shown.add(r.claim());
            assertThat(r.depth()).isBetween(0, maxDepth);
            if (r.depth() == 0) {
                if (topLevel < tree.roots().size()) {
                    assertThat(r.claim()).isEqualTo(tree.roots().get(topLevel));
                    assertThat(r.note()).isEqualTo(Note.NONE);
                } else {
                    assertThat(r.note()).isEqualTo(Note.CONTINUED);
                    assertThat(continued.add(r.claim())).as("continued once: " + r.claim()).isTrue();
                }
                topLevel++;
            } else {
                assertThat(r.note()).isNotEqualTo(Note.CONTINUED);
            }
            List<Integer> beneath = directlyBeneath(rows, i);
            List<Integer> kids = tree.children(r.claim());
            if (beneath.isEmpty()) {
                assertThat(r.note() == Note.NONE).as("note on row " + i).isEqualTo(kids.isEmpty());
                if (r.note() == Note.DEPENDENTS_ABOVE) {
                    assertThat(expanded).contains(r.claim());
                }
                if (r.note() == Note.DEPENDENTS_BELOW) {
                    assertThat(rows.subList(i + 1, rows.size()))
                            .anyMatch(later -> later.claim() == r.claim() && later.note() == Note.CONTINUED);
                }
            } else {
                assertThat(beneath).isEqualTo(kids);
                assertThat(r.note()).isIn(Note.NONE, Note.CONTINUED);
                expanded.add(r.claim());
            }
            assertThat(r.last()).as("last flag of row " + i).isEqualTo(noLaterSibling(rows, i));
        }
        assertThat(topLevel).isGreaterThanOrEqualTo(tree.roots().size());
        assertThat(shown).containsAll(tree.numbers());
        for (int n : tree.numbers()) {
            if (!tree.children(n).isEmpty()) {
                assertThat(expanded).as("dependents of claim " + n + " listed").contains(n);
            }
        }
        int edges = 0;
        int widest = 0;
        for (int n : tree.numbers()) {
            edges += tree.children(n).size();
            widest = Math.max(widest, tree.children(n).size());
        }
        int claims = tree.numbers().size();
        assertThat(rows.size()).isLessThanOrEqualTo(2 * claims + edges + repeatRows + maxDepth * widest);
    }

    private static List<Integer> directlyBeneath(List<Row> rows, int i) {
        List<Integer> out = new ArrayList<>();
        int d = rows.get(i).depth();
        for (int j = i + 1; j < rows.size() && rows.get(j).depth() > d; j++) {
            if (rows.get(j).depth() == d + 1) {
                out.add(rows.get(j).claim());
            }
        }
        return out;
    }

    private static boolean noLaterSibling(List<Row> rows, int i) {
        int d = rows.get(i).depth();
        for (int j = i + 1; j < rows.size() && rows.get(j).depth() >= d; j++) {
            if (rows.get(j).depth() == d) {
                return false;
            }
        }
        return true;
    }
}
