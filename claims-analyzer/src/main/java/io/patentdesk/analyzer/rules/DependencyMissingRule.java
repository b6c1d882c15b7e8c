package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Span;
import java.util.function.Consumer;

/** A dependent claim must refer back to an existing, earlier claim (37 CFR 1.75(c)). */
public final class DependencyMissingRule implements Rule {

    @Override
    public String id() {
        return "dependency-missing";
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
        for (Claim c : ctx.claims().claims()) {
            Span s = c.referenceSpan();
            for (int ref : c.references()) {
                String msg;
                Severity severity = Severity.ERROR;
                if (ref == c.number()) {
                    msg = "claim " + c.number() + " refers to itself; a dependent claim must refer to an earlier claim";
                } else if (ref > c.number()) {
                    msg = "claim " + c.number() + " refers to claim " + ref
                            + ", which comes later; a claim may only depend on a preceding claim";
                } else if (ctx.claims().get(ref).isEmpty()) {
                    // A gap in the numbering before this claim: claim-numbering reports it as the error (one cause,
                    // one error: text extraction that lost claims 3 to 9 would otherwise give one per reference)
                    severity = Severity.WARNING;
                    msg = "claim " + c.number() + " refers to claim " + ref + ", which does not exist (claim " + ref
                            + " is missing from the numbering)";
                } else if (ctx.claims().get(ref).get().isCanceled()) {
                    msg = "claim " + c.number() + " refers to claim " + ref + ", which is canceled";
                } else {
                    continue;
                }
                int[] at = numberIn(c, s, ref);
                out.accept(finding(c.number(), at[0], at[1], Part.CLAIMS, msg, "claim " + ref, severity,
                        io.patentdesk.analyzer.Confidence.CERTAIN));
            }
        }
    }

    /**
     * The span of the number {@code ref} inside the reference phrase, or the whole phrase. The number may be written
     * in full-width digits ("請求項１２", "权利要求１２").
     */
    static int[] numberIn(Claim c, Span phrase, int ref) {
        String text = c.slice(phrase.start(), phrase.end());
        int i = 0;
        while (i < text.length()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            int value = 0;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                value = j - i < 9 ? value * 10 + Character.digit(text.charAt(j), 10) : -1;
                j++;
            }
            if (value == ref) {
                return new int[] {phrase.start() + i, phrase.start() + j};
            }
            i = j;
        }
        return new int[] {phrase.start(), phrase.end()};
    }
}
