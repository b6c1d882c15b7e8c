package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/**
 * ambiguous-antecedent for Chinese claims: 所述连接杆 after only 第一连接杆 and 第二连接杆 (see
 * {@link ChineseAntecedentWalk}). Same rule id as the English check, which reads English claims only;
 * the office pack gives the office's citation.
 */
public final class ChineseAmbiguousAntecedentRule implements Rule {

    private static final Rule ENGLISH = new AmbiguousAntecedentRule();

    @Override
    public String id() {
        return "ambiguous-antecedent";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /**
     * The id's own citation, the English rule's: one id, one default (the USPTO pack keeps it); the CNIPA pack states
     * 专利法 第二十六条第四款 and 审查指南 第二部分第二章 3.2.2 instead.
     */
    @Override
    public String citation() {
        return ENGLISH.citation();
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        for (ChineseAntecedentWalk.Issue i : ChineseAntecedentWalk.issues(ctx)) {
            if (i.kind() == ChineseAntecedentWalk.Kind.AMBIGUOUS) {
                out.accept(finding(i.claim(), i.start(), i.end(), Part.CLAIMS, i.message(), i.term(), i.severity(),
                        i.confidence()));
            }
        }
    }
}
