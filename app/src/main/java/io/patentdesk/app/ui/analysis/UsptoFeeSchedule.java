package io.patentdesk.app.ui.analysis;

import io.patentdesk.analyzer.Fees;
import io.patentdesk.editor.FeeLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * USPTO utility filing fees (37 CFR 1.16) for the large entity, as of the fee schedule effective 19 January 2025.
 * The analyzer counts the claims; this turns the counts into money for the fee summary.
 */
public final class UsptoFeeSchedule {
    static final BigDecimal BASIC_FILING = new BigDecimal("350");
    static final BigDecimal SEARCH = new BigDecimal("770");
    static final BigDecimal EXAMINATION = new BigDecimal("880");
    static final BigDecimal EACH_CLAIM_OVER_20 = new BigDecimal("200");
    static final BigDecimal EACH_INDEPENDENT_OVER_3 = new BigDecimal("600");
    static final BigDecimal MULTIPLE_DEPENDENT = new BigDecimal("925");
    public static final String NOTE = "USPTO large-entity fees, schedule of 19 Jan 2025 (small entity 40 %, micro 20 %). "
            + "Verify against the current schedule before filing.";

    private UsptoFeeSchedule() {
    }

    public static List<FeeLine> lines(Fees fees) {
        List<FeeLine> lines = new ArrayList<>();
        lines.add(new FeeLine("Basic filing, search and examination", "", BASIC_FILING.add(SEARCH).add(EXAMINATION)));
        lines.add(new FeeLine("Claims over 20", fees.feeCountedClaims() + " counted",
                EACH_CLAIM_OVER_20.multiply(BigDecimal.valueOf(fees.excessTotal()))));
        lines.add(new FeeLine("Independent over 3", fees.independentClaims() + " independent",
                EACH_INDEPENDENT_OVER_3.multiply(BigDecimal.valueOf(fees.excessIndependent()))));
        if (fees.multipleDependentClaims() > 0) {
            lines.add(new FeeLine("Multiple dependent claims", fees.multipleDependentClaims() + " present", MULTIPLE_DEPENDENT));
        }
        return lines;
    }
}
