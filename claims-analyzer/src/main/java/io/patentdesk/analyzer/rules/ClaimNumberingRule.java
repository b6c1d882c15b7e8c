package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Span;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Claims must be numbered consecutively from 1, without gaps or duplicates (37 CFR 1.126). */
public final class ClaimNumberingRule implements Rule {

    @Override
    public String id() {
        return "claim-numbering";
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
        return "37 CFR 1.126";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        Span leader = ctx.claims().unnumberedLeader();
        if (leader != null) {
            String where = ctx.claims().isEmpty() ? "the claims text" : "the text before claim "
                    + ctx.claims().claims().get(0).number();
            out.accept(finding(null, leader.start(), Math.min(leader.end(), leader.start() + 40), Part.CLAIMS,
                    where + " has no claim number; number it or remove it", null));
        }
        Set<Integer> seen = new HashSet<>();
        int expected = 1;
        Integer previous = null;
        for (Claim c : ctx.claims().claims()) {
            int n = c.number();
            int s = c.numberSpan().start();
            int e = c.numberSpan().end() > s ? labelEnd(c) : Math.min(c.end(), s + 1);
            if (!seen.add(n)) {
                out.accept(finding(n, s, e, Part.CLAIMS,
                        "claim number " + n + " is used more than once; number the claims 1, 2, 3, ... without repeats",
                        null));
            } else if (n == 0) {
                out.accept(finding(n, s, e, Part.CLAIMS, "claim numbers start at 1, not 0", null));
            } else if (n != expected) {
                String msg;
                if (n > expected) {
                    String missing = n - 1 == expected ? "claim " + expected + " is missing"
                            : "claims " + expected + " to " + (n - 1) + " are missing";
                    msg = previous == null ? "the first claim is numbered " + n + ", not 1; " + missing
                            : "claim " + n + " follows claim " + previous + ": " + missing;
                } else {
                    msg = "claim " + n + " is out of order: it follows claim " + previous;
                }
                out.accept(finding(n, s, e, Part.CLAIMS, msg, null));
            }
            expected = Math.max(expected, n + 1);
            previous = n;
        }
    }

    /** The label without trailing blanks, so the underline covers "2." and not the space after it. */
    private static int labelEnd(Claim c) {
        String label = c.slice(c.numberSpan().start(), c.numberSpan().end());
        return c.numberSpan().start() + label.stripTrailing().length();
    }
}
