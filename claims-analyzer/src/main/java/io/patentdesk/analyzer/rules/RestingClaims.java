package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import java.util.ArrayList;
import java.util.List;

/** What a claim's terms can rest on in the Chinese, German and French antecedent checks. */
final class RestingClaims {

    private RestingClaims() {}

    /**
     * The claims this one rests on: those it depends on, or, for an independent claim of another category that cites
     * claims ("一种用于权利要求1所述的装置的方法", "Utilisation d'un dispositif selon la revendication 1"), the earlier
     * claims it cites.
     */
    static List<Integer> of(AnalysisContext ctx, int number) {
        List<Integer> p = ctx.tree().parents(number);
        if (!p.isEmpty()) {
            return p;
        }
        Claim c = ctx.tree().claim(number);
        if (c == null || !c.isIndependent()) {
            return p;
        }
        List<Integer> cited = new ArrayList<>();
        for (int r : c.references()) {
            if (r < number && ctx.tree().claim(r) != null) {
                cited.add(r);
            }
        }
        return cited;
    }
}
