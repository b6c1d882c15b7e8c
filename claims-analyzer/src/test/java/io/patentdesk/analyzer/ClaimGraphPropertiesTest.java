package io.patentdesk.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.analyzer.ClaimGraphs.Graph;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The claim tree and the rules that follow it, over generated dependency graphs, against a plain model written here:
 * recursion over small graphs, and arrays filled in claim-number order over large ones. The graphs have cycles (a
 * claim referring to a later one or to itself), claims whose references are all broken, multiple dependent claims,
 * chains thousands of claims deep and claims with thousands of dependents. The analysis runs on a thread with a small
 * stack, so anything that recursed once per claim of a chain would fail here.
 */
class ClaimGraphPropertiesTest {

    private static final Analyzer ANALYZER = new Analyzer();
    /** A quarter of the JVM's usual thread stack; a chain of 1,000 claims overflowed the recursive walks in far less. */
    private static final long SMALL_STACK = 256 * 1024;

    // ---- generators ----

    /** Up to 40 claims, any shape: chains, broken, circular and self references, multiple dependents. */
    @Provide
    Arbitrary<Graph> smallGraphs() {
        return Arbitraries.integers().between(1, 40)
                .flatMap(n -> Arbitraries.longs().map(seed -> ClaimGraphs.random(n, seed)));
    }

    /** 1,000 to 4,000 claims, mostly each depending on the one before, with branches and multiple dependents. */
    @Provide
    Arbitrary<Graph> deepGraphs() {
        return Arbitraries.integers().between(1_000, 4_000)
                .flatMap(n -> Arbitraries.longs().map(seed -> ClaimGraphs.deep(n, seed)));
    }

    /** One claim with thousands of dependents, some of them multiple dependent on it and on each other. */
    @Provide
    Arbitrary<Graph> wideGraphs() {
        return Arbitraries.integers().between(500, 3_000)
                .flatMap(n -> Arbitraries.longs().map(seed -> ClaimGraphs.wide(n, seed)));
    }

    // ---- properties ----

    @Property(tries = 300)
    void smallGraphsMatchTheRecursiveModel(@ForAll("smallGraphs") Graph g) {
        Report report = analyzeOnSmallStack(g);
        ClaimTree tree = report.tree();
        checkEdges(g, report);
        for (int n = 1; n <= g.size(); n++) {
            Set<Integer> ancestors = new TreeSet<>();
            collectAncestors(g, n, ancestors);
            assertThat(tree.ancestors(n)).containsExactlyInAnyOrderElementsOf(ancestors);
            assertThat(tree.independentClaimsOf(n)).containsExactlyElementsOf(independentByRecursion(g, n));
            List<List<Integer>> paths = new ArrayList<>();
            pathsByRecursion(g, n, new ArrayList<>(), paths);
            assertThat(tree.pathsToIndependent(n)).isEqualTo(paths);
            checkAncestorSearches(tree, n, new Random(n));
        }
        checkRulesAgainstModel(g, report, widgetKnownByRecursion(g));
    }

    @Property(tries = 12)
    void deepChainsMatchTheModelAndNeverOverflow(@ForAll("deepGraphs") Graph g) {
        checkLargeGraph(g);
    }

    @Property(tries = 8)
    void wideFanOutMatchesTheModel(@ForAll("wideGraphs") Graph g) {
        checkLargeGraph(g);
    }

    private void checkLargeGraph(Graph g) {
        Report report = analyzeOnSmallStack(g);
        ClaimTree tree = report.tree();
        checkEdges(g, report);
        List<BitSet> independent = independentInOrder(g);
        Random r = new Random(g.size());
        for (int k = 0; k < 40; k++) {
            int n = k == 0 ? g.size() : 1 + r.nextInt(g.size());
            assertThat(tree.independentClaimsOf(n)).containsExactlyElementsOf(
                    independent.get(n).stream().boxed().toList());
            if (k < 8) {
                checkPaths(g, tree, n);
            }
            checkAncestorSearches(tree, n, r);
        }
        checkRulesAgainstModel(g, report, widgetKnownInOrder(g));
    }

    // ---- checks ----

    private static Report analyzeOnSmallStack(Graph g) {
        String text = g.text();
        AtomicReference<Object> out = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                out.set(ANALYZER.analyze(text));
            } catch (Throwable e) {
                out.set(e);
            }
        }, "small-stack analysis", SMALL_STACK);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        assertThat(out.get()).as("analysis result, not an exception").isInstanceOf(Report.class);
        return (Report) out.get();
    }

    private static void checkEdges(Graph g, Report report) {
        ClaimTree tree = report.tree();
        List<Integer> roots = new ArrayList<>();
        for (int n = 1; n <= g.size(); n++) {
            assertThat(report.claims().get(n).orElseThrow().references()).as("references of claim " + n)
                    .isEqualTo(g.distinctRefs(n));
            assertThat(tree.parents(n)).isEqualTo(g.validParents(n));
            if (g.validParents(n).isEmpty()) {
                roots.add(n);
            }
        }
        assertThat(tree.roots()).isEqualTo(roots);
    }

    /** nearestAncestors is a prefix of ancestors; firstAncestor, with exact or loose pruning, finds the first match. */
    private static void checkAncestorSearches(ClaimTree tree, int n, Random r) {
        List<Integer> all = new ArrayList<>(tree.ancestors(n));
        int limit = r.nextInt(all.size() + 2);
        assertThat(tree.nearestAncestors(n, limit)).isEqualTo(all.subList(0, Math.min(limit, all.size())));

        Set<Integer> wanted = new java.util.HashSet<>();
        for (int a : all) {
            if (r.nextInt(Math.max(1, all.size() / 3)) == 0) {
                wanted.add(a);
            }
        }
        OptionalInt expected = all.stream().filter(wanted::contains).mapToInt(Integer::intValue).findFirst();
        // in claim-number order, parents first: a claim leads to a wanted one if it is one or a parent leads to one
        Set<Integer> leadToWanted = new java.util.HashSet<>();
        for (int a : new TreeSet<>(tree.numbers())) {
            if (wanted.contains(a) || tree.parents(a).stream().anyMatch(leadToWanted::contains)) {
                leadToWanted.add(a);
            }
        }
        assertThat(tree.firstAncestor(n, wanted::contains, leadToWanted::contains)).isEqualTo(expected);
        assertThat(tree.firstAncestor(n, wanted::contains, a -> leadToWanted.contains(a) || a % 2 == 0))
                .isEqualTo(expected);
        assertThat(tree.firstAncestor(n, wanted::contains, a -> true)).isEqualTo(expected);
    }

    /** Listed paths are real, distinct, in depth-first order of references, and all of them when fewer than 256. */
    private static void checkPaths(Graph g, ClaimTree tree, int n) {
        List<List<Integer>> paths = tree.pathsToIndependent(n);
        assertThat(paths).hasSizeLessThanOrEqualTo(256).doesNotHaveDuplicates();
        for (List<Integer> p : paths) {
            assertThat(p.get(0)).isEqualTo(n);
            for (int i = 1; i < p.size(); i++) {
                assertThat(g.validParents(p.get(i - 1))).contains(p.get(i));
            }
            assertThat(g.validParents(p.get(p.size() - 1))).isEmpty();
        }
        long count = pathCount(g, n);
        assertThat(paths).hasSize((int) Math.min(count, 256));
        if (!paths.isEmpty()) {
            // the first path follows the first reference all the way up
            List<Integer> first = new ArrayList<>();
            for (int c = n; ; c = g.validParents(c).get(0)) {
                first.add(c);
                if (g.validParents(c).isEmpty()) {
                    break;
                }
            }
            assertThat(paths.get(0)).isEqualTo(first);
        }
    }

    /**
     * antecedent-basis flags "the widget" exactly where some path up the tree lacks a claim that introduced it;
     * multiple-dependent-chain flags exactly the multiple dependent claims with one above them, naming the nearest.
     */
    private static void checkRulesAgainstModel(Graph g, Report report, boolean[] widgetKnownAbove) {
        Set<Integer> flagged = report.findingsOf("antecedent-basis").stream()
                .filter(f -> "widget".equals(f.term())).map(Finding::claim).collect(Collectors.toSet());
        Set<Integer> expected = new TreeSet<>();
        for (int n = 1; n <= g.size(); n++) {
            boolean checked = g.validParents(n).size() > 0; // a claim whose every reference is broken is not checked
            if (g.uses()[n - 1] && checked && !widgetKnownAbove[n]) {
                expected.add(n);
            }
        }
        assertThat(flagged).containsExactlyInAnyOrderElementsOf(expected);

        boolean[] multipleAbove = multipleDependentAbove(g);
        List<Finding> chain = report.findingsOf("multiple-dependent-chain");
        Set<Integer> chainExpected = new TreeSet<>();
        for (int n = 1; n <= g.size(); n++) {
            if (g.multipleDependent(n) && multipleAbove[n]) {
                chainExpected.add(n);
            }
        }
        assertThat(chain).extracting(Finding::claim).containsExactlyInAnyOrderElementsOf(chainExpected);
        for (Finding f : chain) {
            int nearest = report.tree().ancestors(f.claim()).stream().filter(g::multipleDependent).findFirst()
                    .orElseThrow();
            String through = g.validParents(f.claim()).contains(nearest) ? ";" : " (through other claims);";
            assertThat(f.message()).contains("depends on multiple dependent claim " + nearest + through);
        }
    }

    // ---- the model: recursion, for small graphs ----

    private static void collectAncestors(Graph g, int n, Set<Integer> out) {
        for (int p : g.validParents(n)) {
            out.add(p);
            collectAncestors(g, p, out);
        }
    }

    private static List<Integer> independentByRecursion(Graph g, int n) {
        TreeSet<Integer> out = new TreeSet<>();
        if (g.validParents(n).isEmpty()) {
            out.add(n);
        }
        for (int p : g.validParents(n)) {
            out.addAll(independentByRecursion(g, p));
        }
        return List.copyOf(out);
    }

    private static void pathsByRecursion(Graph g, int n, List<Integer> path, List<List<Integer>> out) {
        if (out.size() >= 256) {
            return;
        }
        path.add(n);
        if (g.validParents(n).isEmpty()) {
            out.add(List.copyOf(path));
        }
        for (int p : g.validParents(n)) {
            pathsByRecursion(g, p, path, out);
        }
        path.remove(path.size() - 1);
    }

    /** known[n]: every path from claim n up has a claim above n that introduced "widget" (saying "the widget" does). */
    private static boolean[] widgetKnownByRecursion(Graph g) {
        boolean[] known = new boolean[g.size() + 1];
        for (int n = 1; n <= g.size(); n++) {
            known[n] = knownAbove(g, n);
        }
        return known;
    }

    private static boolean knownAbove(Graph g, int n) {
        List<Integer> ps = g.validParents(n);
        if (ps.isEmpty()) {
            return false;
        }
        for (int p : ps) {
            if (!(g.introduces()[p - 1] || g.uses()[p - 1] || knownAbove(g, p))) {
                return false;
            }
        }
        return true;
    }

    // ---- the model: arrays filled in claim-number order (parents have smaller numbers), for large graphs ----

    private static boolean[] widgetKnownInOrder(Graph g) {
        boolean[] known = new boolean[g.size() + 1];
        for (int n = 1; n <= g.size(); n++) {
            List<Integer> ps = g.validParents(n);
            boolean all = !ps.isEmpty();
            for (int p : ps) {
                all &= g.introduces()[p - 1] || g.uses()[p - 1] || known[p];
            }
            known[n] = all;
        }
        return known;
    }

    private static List<BitSet> independentInOrder(Graph g) {
        List<BitSet> out = new ArrayList<>();
        out.add(new BitSet());
        for (int n = 1; n <= g.size(); n++) {
            BitSet b = new BitSet();
            if (g.validParents(n).isEmpty()) {
                b.set(n);
            }
            for (int p : g.validParents(n)) {
                b.or(out.get(p));
            }
            out.add(b);
        }
        return out;
    }

    private static long pathCount(Graph g, int upTo) {
        long[] count = new long[upTo + 1];
        for (int n = 1; n <= upTo; n++) {
            List<Integer> ps = g.validParents(n);
            long c = ps.isEmpty() ? 1 : 0;
            for (int p : ps) {
                c = Math.min(Long.MAX_VALUE / 4, c + count[p]);
            }
            count[n] = c;
        }
        return count[upTo];
    }

    private static boolean[] multipleDependentAbove(Graph g) {
        boolean[] above = new boolean[g.size() + 1];
        for (int n = 1; n <= g.size(); n++) {
            for (int p : g.validParents(n)) {
                above[n] |= g.multipleDependent(p) || above[p];
            }
        }
        return above;
    }
}
