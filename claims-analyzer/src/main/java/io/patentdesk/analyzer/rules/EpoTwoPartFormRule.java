package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/**
 * An independent claim without a characterising portion ("characterised in that", "dadurch gekennzeichnet, dass",
 * "caractérisé en ce que"): R. 43(1) EPC asks for the two-part form "wherever appropriate", so this is a note, not an
 * objection (Guidelines F-IV, 2.3 lists where the one-part form is appropriate). Underlines the claim's number.
 */
public final class EpoTwoPartFormRule implements Rule {

    @Override
    public String id() {
        return "epo-two-part-form";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String citation() {
        return "R. 43(1) EPC";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        for (Claim c : ctx.claims().claims()) {
            if (!c.isIndependent() || c.isCanceled() || !ctx.isPrimary(c) || c.analysisContent().isBlank()) {
                continue;
            }
            if (ctx.characterizingPhrase(c) == null) {
                out.accept(finding(c.number(), c.numberSpan().start(), labelEnd(c), Part.CLAIMS,
                        "independent claim " + c.number() + " is not in the two-part form: where appropriate, state the"
                                + " features known from the closest prior art, then 'characterised in that' and the"
                                + " features for which protection is sought", null));
            }
        }
    }

    /** The end of the claim's number label without the blank after it ("1." of "1. A lamp"). */
    static int labelEnd(Claim c) {
        return c.numberSpan().start() + c.slice(c.numberSpan().start(), c.numberSpan().end()).stripTrailing().length();
    }
}
