package io.patentdesk.analyzer;

import java.util.function.Consumer;

/** One check with a fixed id, severity and citation. Implementations are stateless and thread-safe. */
public interface Rule {

    /** The rule id, e.g. "antecedent-basis". */
    String id();

    Severity severity();

    /** Where the requirement comes from, e.g. "MPEP 2173.05(e)". */
    String citation();

    /**
     * Whether the rule reads claims written in Japanese. Most rules read the words of one language (antecedent basis,
     * vague terms, support in the description) and would report nonsense on Japanese claims, and none of them has
     * been measured on Japanese text; the {@link Analyzer} does not run them on a Japanese claim set. The rules of
     * form (numbering, the final full stop, references to other claims) read Japanese claims.
     */
    default boolean readsJapanese() {
        return false;
    }

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
