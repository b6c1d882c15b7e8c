package io.patentdesk.analyzer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claim counts for fees at one office, with the allowances of its {@link OfficePack}, and the description's pages
 * where the office charges per page (CNIPA). At the USPTO a multiple
 * dependent claim counts as the number of claims it refers to, and a claim depending on it counts as that many too
 * (37 CFR 1.75(c)); the EPO, JPO and CNIPA count claims as written. Money is {@link FeeTable#estimate}'s job.
 *
 * @param totalClaims             claims as written, not counting canceled ones
 * @param independentClaims       independent claims
 * @param multipleDependentClaims multiple dependent claims (each triggers the USPTO's 1.16(j) fee)
 * @param feeCountedClaims        the total as the office counts it for fees
 * @param excessTotal             fee-counted claims over the office's free allowance (USPTO 20, EPO 15, CNIPA 10,
 *                                JPO 0), the higher tier included
 * @param excessIndependent       independent claims over the free number (USPTO 3; 0 elsewhere)
 * @param excessTotalHigher       fee-counted claims in the higher tier (EPO: over 50; 0 elsewhere)
 * @param office                  the office counted for
 * @param descriptionPages        the description's pages as {@link DescriptionPages} estimates them, where the office
 *                                charges per page (CNIPA) and the document has a description; else 0
 * @param excessPages             description pages over the office's free pages (CNIPA: 30), the higher tier included
 * @param excessPagesHigher       description pages in the higher tier (CNIPA: over 300)
 */
public record Fees(int totalClaims, int independentClaims, int multipleDependentClaims, int feeCountedClaims,
                   int excessTotal, int excessIndependent, int excessTotalHigher, Office office, int descriptionPages,
                   int excessPages, int excessPagesHigher) {

    /** Claim counts without a page count (no description, or an office that does not charge per page). */
    public Fees(int totalClaims, int independentClaims, int multipleDependentClaims, int feeCountedClaims,
                int excessTotal, int excessIndependent, int excessTotalHigher, Office office) {
        this(totalClaims, independentClaims, multipleDependentClaims, feeCountedClaims, excessTotal, excessIndependent,
                excessTotalHigher, office, 0, 0, 0);
    }

    /** Counts the claims of a set for the given office, without a description. */
    public static Fees of(ClaimSet set, ClaimTree tree, Office office) {
        return of(set, tree, office, "");
    }

    /**
     * Counts the claims of a set, and where the office charges per description page the pages of {@code description}
     * (null or blank: none).
     */
    public static Fees of(ClaimSet set, ClaimTree tree, Office office, String description) {
        OfficePack pack = office.pack();
        Map<Integer, Integer> weight = new HashMap<>();
        int independent = 0;
        int multiple = 0;
        int counted = 0;
        int total = 0;
        for (Claim c : set.claims()) {
            if (c.isCanceled()) {
                continue; // canceled claims are not counted
            }
            total++;
            int w;
            switch (c.kind()) {
                case INDEPENDENT -> {
                    independent++;
                    w = 1;
                }
                case MULTIPLE_DEPENDENT -> {
                    multiple++;
                    w = pack.multipleDependentCountsEachReference() ? c.references().size() : 1;
                }
                default -> {
                    List<Integer> ps = tree.parents(c.number());
                    w = ps.isEmpty() ? 1 : weight.getOrDefault(ps.get(0), 1);
                }
            }
            weight.putIfAbsent(c.number(), w);
            counted += w;
        }
        int higher = pack.higherFeeFrom() > 0 ? Math.max(0, counted - pack.higherFeeFrom()) : 0;
        int excessIndependent = pack.freeIndependent() > 0 ? Math.max(0, independent - pack.freeIndependent()) : 0;
        int pages = pack.countsDescriptionPages() && description != null && !description.isBlank()
                ? DescriptionPages.estimate(description, pack.charsPerLine(), pack.linesPerPage()) : 0;
        int excessPages = pages > 0 ? Math.max(0, pages - pack.freePages()) : 0;
        int higherPages = pages > 0 && pack.higherPageFeeFrom() > 0 ? Math.max(0, pages - pack.higherPageFeeFrom()) : 0;
        return new Fees(total, independent, multiple, counted, Math.max(0, counted - pack.freeTotal()),
                excessIndependent, higher, office, pages, excessPages, higherPages);
    }
}
