package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.Comparator;
import java.util.function.Consumer;

/**
 * A dependent claim of another category than its parent: "The method of claim 1" where claim 1 claims an apparatus.
 * A dependent claim must contain every limitation of the claim it refers to and limit it further (37 CFR 1.75(c);
 * MPEP 608.01(n)); a method cannot do that for an apparatus. Reported instead of an antecedent finding for "the
 * method".
 */
public final class DependencyCategoryRule implements Rule {

    @Override
    public String id() {
        return "dependency-category";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String citation() {
        return "37 CFR 1.75(c); MPEP 608.01(n)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        CategoryMismatches.of(ctx).values().stream()
                .sorted(Comparator.comparingInt(CategoryMismatches.Mismatch::start))
                .forEach(m -> out.accept(finding(m.claim().number(), m.start(), m.end(), Part.CLAIMS,
                        "claim " + m.claim().number() + " is written as a " + words(m.named()) + " ('"
                                + m.claim().slice(m.start(), m.end()) + "') but depends on claim " + m.parent()
                                + ", which claims " + article(m.parentNoun()) + "; a dependent claim must be of"
                                + " its parent's category (make it independent or correct the preamble)",
                        m.noun(), severity(), m.confidence())));
    }

    private static String words(io.patentdesk.analyzer.ClaimCategory c) {
        return switch (c) {
            case METHOD -> "method";
            case COMPUTER_READABLE_MEDIUM -> "computer-readable medium";
            default -> c.id();
        };
    }

    private static String article(String w) {
        return ("aeiou".indexOf(w.charAt(0)) >= 0 ? "an " : "a ") + w;
    }
}
