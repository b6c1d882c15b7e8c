package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.InputQuality;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/**
 * One warning about the claims text itself, not the claims as drafted: OCR debris the parser read past (column line
 * numbers, misread claim numbers, words run together, back matter) and claims cut off in copying. It names the
 * suspect spots instead of the dozens of errors they would otherwise cause, and underlines the first one.
 */
public final class InputQualityRule implements Rule {

    @Override
    public String id() {
        return "input-quality";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    /** Not a rule of law: the text could not be read as written. */
    @Override
    public String citation() {
        return "\u2014";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        InputQuality q = ctx.claims().inputQuality();
        if (q.isEmpty()) {
            return;
        }
        InputQuality.Spot first = q.spots().get(0);
        out.accept(finding(null, first.span().start(), first.span().end(), Part.CLAIMS, q.summary(), null));
    }
}
