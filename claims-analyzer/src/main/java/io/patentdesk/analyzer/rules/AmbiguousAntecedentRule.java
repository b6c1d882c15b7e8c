package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/** "the gear" after "a first gear" and "a second gear": the reader cannot tell which is meant (MPEP 2173.05(e)). */
public final class AmbiguousAntecedentRule implements Rule {

    @Override
    public String id() {
        return "ambiguous-antecedent";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public String citation() {
        return "MPEP 2173.05(e)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        for (AntecedentWalk.Issue i : AntecedentWalk.issues(ctx)) {
            if (i.ambiguous()) {
                out.accept(finding(i.claim().number(), i.start(), i.end(), Part.CLAIMS, i.message(), i.term(),
                        i.severity(), i.confidence()));
            }
        }
        // Chinese claims (所述X / 该X / 上述X) under the same id: the office pack gives the office's citation
        for (ChineseAntecedentWalk.Issue i : ChineseAntecedentWalk.issues(ctx)) {
            if (i.kind() == ChineseAntecedentWalk.Kind.AMBIGUOUS) {
                out.accept(finding(i.claim(), i.start(), i.end(), Part.CLAIMS, i.message(), i.term(), i.severity(),
                        i.confidence()));
            }
        }
        // German and French claims (ledit X, der genannte X): the markers that say X was named before
        for (EuropeanAntecedentWalk.Issue i : EuropeanAntecedentWalk.issues(ctx)) {
            if (i.kind() == EuropeanAntecedentWalk.Kind.AMBIGUOUS) {
                out.accept(finding(i.claim(), i.start(), i.end(), Part.CLAIMS, i.message(), i.term(), i.severity(),
                        i.confidence()));
            }
        }
    }
}
