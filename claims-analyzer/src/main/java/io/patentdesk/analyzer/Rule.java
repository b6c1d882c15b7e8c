package io.patentdesk.analyzer;

import java.util.function.Consumer;

/** One check with a fixed id, severity and citation. Implementations are stateless and thread-safe. */
public interface Rule {

    /** The rule id, e.g. "antecedent-basis". */
    String id();

    Severity severity();

    /** Where the requirement comes from, e.g. "MPEP 2173.05(e)". */
    String citation();

    /** Reports this rule's findings on the analysed document. */
    void check(AnalysisContext ctx, Consumer<Finding> out);

    /** A finding of this rule, at its severity, that the rule is certain of. */
    default Finding finding(Integer claim, int start, int end, Part part, String message, String term) {
        return new Finding(id(), severity(), claim, start, end, part, message, citation(), term, Confidence.CERTAIN);
    }

    /** A finding of this rule with its own severity and confidence (a less sure finding is reported lower). */
    default Finding finding(Integer claim, int start, int end, Part part, String message, String term,
                            Severity severity, Confidence confidence) {
        return new Finding(id(), severity, claim, start, end, part, message, citation(), term, confidence);
    }
}
