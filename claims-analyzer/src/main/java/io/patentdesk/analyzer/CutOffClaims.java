package io.patentdesk.analyzer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings that one input-quality finding stands for, when claims were cut off in copying ({@link
 * InputQuality#claimsWithoutOpening()}): every finding on a cut-off claim but its numbering, and the antecedent
 * findings of the claims that depend on one, directly or not, since the lost opening may have introduced the term.
 */
final class CutOffClaims {

    /** Rules whose findings in a dependent claim rest on the terms of the claims above it. */
    private static final Set<String> READ_FROM_ABOVE = Set.of("antecedent-basis", "ambiguous-antecedent");
    /** Rules whose findings on a cut-off claim still hold: its number was not lost. */
    private static final Set<String> STILL_HOLD = Set.of("claim-numbering", "input-quality");

    private CutOffClaims() {}

    /** The findings without those on or below cut-off claims; the same list when no claim was cut off. */
    static List<Finding> withhold(List<Finding> findings, ClaimSet claims, ClaimTree tree) {
        Set<Integer> cut = claims.inputQuality().claimsWithoutOpening();
        if (cut.isEmpty()) {
            return findings;
        }
        Set<Integer> below = dependentsOf(cut, tree);
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Integer n = f.claim();
            boolean withheld = n != null && (cut.contains(n) && !STILL_HOLD.contains(f.rule())
                    || below.contains(n) && READ_FROM_ABOVE.contains(f.rule()));
            if (!withheld) {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Every claim depending on one of {@code roots}, directly or not (no recursion: chains may be deep). */
    private static Set<Integer> dependentsOf(Set<Integer> roots, ClaimTree tree) {
        Set<Integer> seen = new HashSet<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>(roots);
        while (!queue.isEmpty()) {
            for (int child : tree.children(queue.poll())) {
                if (seen.add(child)) {
                    queue.add(child);
                }
            }
        }
        seen.removeAll(roots);
        return seen;
    }
}
