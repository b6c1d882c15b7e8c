package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimKind;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

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

    @Override
    public String citation() {
        return "37 CFR 1.75(c)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        for (Claim c : ctx.claims().claims()) {
            if (c.kind() != ClaimKind.MULTIPLE_DEPENDENT || !ctx.isPrimary(c)) {
                continue;
            }
            for (int a : ctx.tree().ancestors(c.number())) {
                Claim base = ctx.tree().claim(a);
                if (base != null && base.kind() == ClaimKind.MULTIPLE_DEPENDENT) {
                    int s = c.referenceSpan() != null ? c.referenceSpan().start() : c.start();
                    int e = c.referenceSpan() != null ? c.referenceSpan().end() : c.contentStart();
                    out.accept(finding(c.number(), s, e, Part.CLAIMS, "claim " + c.number()
                            + " is a multiple dependent claim that depends on multiple dependent claim " + a
                            + (ctx.tree().parents(c.number()).contains(a) ? "" : " (through other claims)")
                            + "; a multiple dependent claim may not serve as the basis for another", "claim " + a));
                    break;
                }
            }
        }
    }
}
