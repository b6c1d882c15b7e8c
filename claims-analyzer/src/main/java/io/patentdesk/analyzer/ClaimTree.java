package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependency graph of a claim set. Only valid references count as edges: to an existing claim with a smaller
 * number (a reference to itself, to a later or to a missing claim is reported by the dependency-missing rule), so the
 * graph is acyclic and every path ends at an independent claim.
 */
public final class ClaimTree {

    /** Paths beyond this are not listed: a long chain of multiple dependent claims multiplies them. */
    private static final int MAX_PATHS = 256;

    private final Map<Integer, Claim> byNumber = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> parents = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> children = new LinkedHashMap<>();

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

    /** Every path from this claim to an independent claim, each starting with the claim itself. */
    public List<List<Integer>> pathsToIndependent(int number) {
        List<List<Integer>> out = new ArrayList<>();
        walk(number, new ArrayList<>(), out);
        return out;
    }

    private void walk(int number, List<Integer> path, List<List<Integer>> out) {
        if (out.size() >= MAX_PATHS) {
            return;
        }
        path.add(number);
        List<Integer> ps = parents(number);
        if (ps.isEmpty()) {
            out.add(List.copyOf(path));
        } else {
            for (int p : ps) {
                walk(p, path, out);
            }
        }
        path.remove(path.size() - 1);
    }

    /** The independent claims this claim leads to, in claim order. */
    public List<Integer> independentClaimsOf(int number) {
        java.util.TreeSet<Integer> roots = new java.util.TreeSet<>();
        for (List<Integer> p : pathsToIndependent(number)) {
            roots.add(p.get(p.size() - 1));
        }
        return List.copyOf(roots);
    }

    /** All claims reachable upward from this one (not including it). */
    public java.util.Set<Integer> ancestors(int number) {
        java.util.Set<Integer> seen = new java.util.LinkedHashSet<>();
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(parents(number));
        while (!todo.isEmpty()) {
            int n = todo.pop();
            if (seen.add(n)) {
                todo.addAll(parents(n));
            }
        }
        return seen;
    }

    public Claim claim(int number) {
        return byNumber.get(number);
    }
}
