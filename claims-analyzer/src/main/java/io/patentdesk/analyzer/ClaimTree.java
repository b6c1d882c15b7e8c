package io.patentdesk.analyzer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntPredicate;

/**
 * The dependency graph of a claim set. Only valid references count as edges: to an existing claim with a smaller
 * number (a reference to itself, to a later or to a missing claim is reported by the dependency-missing rule), so the
 * graph is acyclic and every path ends at an independent claim.
 *
 * <p>Nothing here recurses: a pasted file may hold a chain of tens of thousands of claims, each depending on the one
 * before, and a call stack as deep as the chain overflows. Every walk keeps its own stack or queue, and what every
 * claim needs (its independent claims) is computed once, in claim-number order, which is a topological order.
 * Immutable once built, so a report can be read from any thread.
 */
public final class ClaimTree {

    /** Paths beyond this are not listed: a long chain of multiple dependent claims multiplies them. */
    private static final int MAX_PATHS = 256;

    private final Map<Integer, Claim> byNumber = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> parents = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> children = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> independentOf = new HashMap<>();

    private ClaimTree(ClaimSet set) {
        for (Claim c : set.claims()) {
            byNumber.putIfAbsent(c.number(), c);
        }
        for (Claim c : byNumber.values()) {
            List<Integer> valid = new ArrayList<>();
            for (int ref : c.references()) {
                if (ref < c.number() && byNumber.containsKey(ref) && !byNumber.get(ref).isCanceled()) {
                    valid.add(ref);
                    children.computeIfAbsent(ref, k -> new ArrayList<>()).add(c.number());
                }
            }
            parents.put(c.number(), List.copyOf(valid));
        }
        List<Integer> ascending = new ArrayList<>(byNumber.keySet());
        if (!isAscending(ascending)) {
            ascending.sort(null); // claims written out of order
        }
        for (int n : ascending) {
            independentOf.put(n, independentClaimsFromParents(n));
        }
    }

    private static boolean isAscending(List<Integer> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (numbers.get(i - 1) > numbers.get(i)) {
                return false;
            }
        }
        return true;
    }

    public static ClaimTree of(ClaimSet set) {
        return new ClaimTree(set);
    }

    /** Claim numbers in the order written (the first claim of each number). */
    public List<Integer> numbers() {
        return List.copyOf(byNumber.keySet());
    }

    /** The claims this claim validly depends on directly. */
    public List<Integer> parents(int number) {
        return parents.getOrDefault(number, List.of());
    }

    /** The claims that depend directly on this one. */
    public List<Integer> children(int number) {
        return Collections.unmodifiableList(children.getOrDefault(number, List.of()));
    }

    /** The claims with no valid reference: independent claims, and claims whose every reference is broken. */
    public List<Integer> roots() {
        List<Integer> r = new ArrayList<>();
        for (Map.Entry<Integer, List<Integer>> e : parents.entrySet()) {
            if (e.getValue().isEmpty()) {
                r.add(e.getKey());
            }
        }
        return r;
    }

    /**
     * Paths from this claim to an independent claim, each starting with the claim itself, depth first in the order of
     * each claim's references; at most {@value #MAX_PATHS} of them.
     */
    public List<List<Integer>> pathsToIndependent(int number) {
        List<List<Integer>> out = new ArrayList<>();
        List<Integer> path = new ArrayList<>();
        // next[i]: which parent of path[i] to follow next
        List<Integer> next = new ArrayList<>();
        path.add(number);
        next.add(0);
        while (!path.isEmpty() && out.size() < MAX_PATHS) {
            int top = path.size() - 1;
            List<Integer> ps = parents(path.get(top));
            int i = next.get(top);
            if (ps.isEmpty()) {
                out.add(List.copyOf(path));
            } else if (i < ps.size()) {
                next.set(top, i + 1);
                path.add(ps.get(i));
                next.add(0);
                continue;
            }
            path.remove(top);
            next.remove(top);
        }
        return out;
    }

    /** The independent claims this claim leads to (the ends of all its paths), in claim order. */
    public List<Integer> independentClaimsOf(int number) {
        List<Integer> known = independentOf.get(number);
        return known != null ? known : List.of(number);
    }

    /** Called in ascending claim order, so every parent's list is already there. */
    private List<Integer> independentClaimsFromParents(int number) {
        List<Integer> ps = parents(number);
        if (ps.isEmpty()) {
            return List.of(number);
        }
        List<Integer> first = independentOf.get(ps.get(0));
        boolean same = true;
        for (int p : ps) {
            same &= independentOf.get(p) == first;
        }
        if (same) {
            return first; // a chain, or every parent leads to the same claims: share one list
        }
        TreeSet<Integer> union = new TreeSet<>();
        for (int p : ps) {
            union.addAll(independentOf.get(p));
        }
        return List.copyOf(union);
    }

    /**
     * All claims reachable upward from this one (not including it), breadth first: its parents in the order written,
     * then theirs.
     */
    public Set<Integer> ancestors(int number) {
        Set<Integer> seen = new LinkedHashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>(parents(number));
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (seen.add(n)) {
                todo.addAll(parents(n));
            }
        }
        return seen;
    }

    /** The first {@code limit} claims of {@link #ancestors(int)}, in that order, found without visiting the rest. */
    public List<Integer> nearestAncestors(int number, int limit) {
        List<Integer> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>(parents(number));
        while (!todo.isEmpty() && out.size() < limit) {
            int n = todo.pop();
            if (seen.add(n)) {
                out.add(n);
                todo.addAll(parents(n));
            }
        }
        return out;
    }

    /**
     * The first claim of {@link #ancestors(int)}, in that order, that is {@code wanted}. {@code worthVisiting} prunes
     * the search: it may say no only of a claim that is not wanted and has no wanted claim above it. Pruning keeps
     * the order of the claims still visited, so the answer is the same as without it.
     */
    public OptionalInt firstAncestor(int number, IntPredicate wanted, IntPredicate worthVisiting) {
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> todo = new ArrayDeque<>();
        enqueue(todo, parents(number), worthVisiting);
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (seen.add(n)) {
                if (wanted.test(n)) {
                    return OptionalInt.of(n);
                }
                enqueue(todo, parents(n), worthVisiting);
            }
        }
        return OptionalInt.empty();
    }

    private static void enqueue(ArrayDeque<Integer> todo, List<Integer> claims, IntPredicate worthVisiting) {
        for (int c : claims) {
            if (worthVisiting.test(c)) {
                todo.add(c);
            }
        }
    }

    public Claim claim(int number) {
        return byNumber.get(number);
    }
}
