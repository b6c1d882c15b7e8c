package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimCategory;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * More than one independent claim in one category (R. 43(2) EPC). The categories are the EPC's: a product or
 * apparatus, a process or method, a use; a computer program (medium) claim stands beside the method and apparatus it
 * mirrors (Guidelines F-IV, 3.9), so it is a category of its own here. Each further independent claim of a category
 * is reported on its number, naming the first claim of that category.
 */
public final class EpoIndependentPerCategoryRule implements Rule {

    /** The EPC categories the analyzer's categories fall into. */
    private enum EpcCategory { PRODUCT, PROCESS, USE, PROGRAM }

    @Override
    public String id() {
        return "epo-independent-per-category";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "R. 43(2) EPC; R. 62a EPC";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        Map<EpcCategory, Claim> first = new EnumMap<>(EpcCategory.class);
        for (Claim c : ctx.claims().claims()) {
            if (!c.isIndependent() || c.isCanceled() || !ctx.isPrimary(c)) {
                continue;
            }
            EpcCategory cat = of(c.category());
            if (cat == null) {
                continue;
            }
            Claim earlier = first.putIfAbsent(cat, c);
            if (earlier != null) {
                out.accept(finding(c.number(), c.numberSpan().start(), EpoTwoPartFormRule.labelEnd(c), Part.CLAIMS,
                        "claim " + c.number() + " is a further independent " + words(cat) + " claim beside claim "
                                + earlier.number() + "; R. 43(2) allows more than one independent claim per category"
                                + " only for interrelated products, different uses of a product or apparatus, or"
                                + " alternative solutions to a problem that one claim cannot cover. Otherwise the"
                                + " search division invites you under R. 62a to name the claim to search, and"
                                + " searches the first claim of the category if you do not", null));
            }
        }
    }

    private static EpcCategory of(ClaimCategory c) {
        return switch (c) {
            case APPARATUS, SYSTEM, COMPOSITION -> EpcCategory.PRODUCT;
            case METHOD -> EpcCategory.PROCESS;
            case USE -> EpcCategory.USE;
            case COMPUTER_READABLE_MEDIUM -> EpcCategory.PROGRAM;
            case DESIGN, UNKNOWN -> null;
        };
    }

    private static String words(EpcCategory c) {
        return switch (c) {
            case PRODUCT -> "product or apparatus";
            case PROCESS -> "process or method";
            case USE -> "use";
            case PROGRAM -> "computer program";
        };
    }
}
