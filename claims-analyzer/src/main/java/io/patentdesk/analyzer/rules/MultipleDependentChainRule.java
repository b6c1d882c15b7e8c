package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimKind;
import io.patentdesk.analyzer.ClaimTree;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntPredicate;

/**
 * A multiple dependent claim may not serve as a basis for another multiple dependent claim, directly or through other
 * claims (37 CFR 1.75(c)). A singly dependent claim on a multiple dependent claim is fine.
 */
public final class MultipleDependentChainRule implements Rule {

    @Override
    public String id() {
        return "multiple-dependent-chain";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /** Japanese claims: "【請求項N】" labels, "請求項１に記載の" references and the full stop 。 are read. */
    @Override
    public boolean readsJapanese() {
        return true;
    }

    @Override
    public String citation() {
        return "37 CFR 1.75(c)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        if (ctx.claims().claims().stream().noneMatch(c -> c.kind() == ClaimKind.MULTIPLE_DEPENDENT)) {
            return; // most claim sets: spare the pass over the tree
        }
        ClaimTree tree = ctx.tree();
        IntPredicate multiple = n -> tree.claim(n) != null && tree.claim(n).kind() == ClaimKind.MULTIPLE_DEPENDENT;
        Set<Integer> leadToMultiple = claimsWithMultipleDependentAncestor(tree, multiple);
        for (Claim c : ctx.claims().claims()) {
            if (c.kind() != ClaimKind.MULTIPLE_DEPENDENT || !ctx.isPrimary(c) || !leadToMultiple.contains(c.number())) {
                continue;
            }
            // The nearest one, as the ancestors are listed; the search skips the claims that cannot lead to one.
            OptionalInt base = tree.firstAncestor(c.number(), multiple,
                    n -> multiple.test(n) || leadToMultiple.contains(n));
            if (base.isPresent()) {
                int a = base.getAsInt();
                int s = c.referenceSpan() != null ? c.referenceSpan().start() : c.start();
                int e = c.referenceSpan() != null ? c.referenceSpan().end() : c.contentStart();
                out.accept(finding(c.number(), s, e, Part.CLAIMS, "claim " + c.number()
                        + " is a multiple dependent claim that depends on multiple dependent claim " + a
                        + (tree.parents(c.number()).contains(a) ? "" : " (through other claims)")
                        + "; a multiple dependent claim may not serve as the basis for another", "claim " + a));
            }
        }
    }

    /**
     * The claims with a multiple dependent claim somewhere above them, found in one pass in ascending claim order
     * (parents have smaller numbers), so no claim's ancestors are walked more than once.
     */
    private static Set<Integer> claimsWithMultipleDependentAncestor(ClaimTree tree, IntPredicate multiple) {
        List<Integer> ascending = new ArrayList<>(tree.numbers());
        Collections.sort(ascending);
        Set<Integer> out = new HashSet<>();
        for (int n : ascending) {
            for (int p : tree.parents(n)) {
                if (multiple.test(p) || out.contains(p)) {
                    out.add(n);
                    break;
                }
            }
        }
        return out;
    }
}
