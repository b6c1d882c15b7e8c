package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A claim that relies on the drawings or the description ("as shown in Fig. 2", "wie in Figur 1 gezeigt", "comme
 * représenté sur la figure 3", "as described in the description"): R. 43(6) EPC allows it only where absolutely
 * necessary. Underlines the reference itself; each one is a finding.
 */
public final class EpoFigureReferenceRule implements Rule {

    /** A figure by number in English, German or French: "Fig. 2", "FIGS. 3A", "Figure 1", "Figur 4", "Abb. 5". */
    private static final Pattern FIGURE = Pattern.compile(
            "(?iU)\\b(?:fig(?:ure|ur)?s?|abb(?:ildung)?)\\.?\\s*\\d+[a-z]?\\b");
    /** A reference to the description as a whole, which is what R. 43(6) names besides the drawings. */
    private static final Pattern DESCRIPTION = Pattern.compile(
            "(?iU)\\b(?:as\\s+(?:described|defined|set\\s+out|explained)\\s+in\\s+the\\s+description"
                    + "|wie\\s+in\\s+der\\s+beschreibung"
                    + "|(?:tel(?:le)?s?\\s+que\\s+)?d\u00e9crit(?:e|s|es)?\\s+dans\\s+la\\s+description)");

    @Override
    public String id() {
        return "epo-figure-reference";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "R. 43(6) EPC";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        for (Claim c : ctx.claims().claims()) {
            if (c.isCanceled() || !ctx.isPrimary(c)) {
                continue;
            }
            String text = c.analysisContent();
            int base = c.contentStart();
            for (Pattern p : new Pattern[] {FIGURE, DESCRIPTION}) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String what = p == FIGURE ? "the drawings" : "the description";
                    out.accept(finding(c.number(), base + m.start(), base + m.end(), Part.CLAIMS,
                            "claim " + c.number() + " relies on " + what + " ('" + m.group() + "'); a claim may refer"
                                    + " to the description or drawings only where absolutely necessary: state the"
                                    + " features in the claim", null));
                }
            }
        }
    }
}
