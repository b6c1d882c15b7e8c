package io.patentdesk.analyzer;

/**
 * USPTO claim counts for fees (37 CFR 1.16(h), (i), (j); 37 CFR 1.75(c)): a multiple dependent claim counts as the
 * number of claims it refers to, and a claim depending on it counts as that many too.
 *
 * @param totalClaims             claims as written, not counting canceled ones
 * @param independentClaims       independent claims
 * @param multipleDependentClaims multiple dependent claims (each triggers the 1.16(j) fee)
 * @param feeCountedClaims        the total as counted for fees
 * @param excessTotal             fee-counted claims over 20
 * @param excessIndependent       independent claims over 3
 */
public record Fees(int totalClaims, int independentClaims, int multipleDependentClaims, int feeCountedClaims,
                   int excessTotal, int excessIndependent) {

    public static final int FREE_TOTAL = 20;
    public static final int FREE_INDEPENDENT = 3;

    /** Counts the claims of a set for the given office. */
    public static Fees of(ClaimSet set, ClaimTree tree, Office office) {
        java.util.Map<Integer, Integer> weight = new java.util.HashMap<>();
        int independent = 0;
        int multiple = 0;
        int counted = 0;
        int total = 0;
        for (Claim c : set.claims()) {
            if (c.isCanceled()) {
                continue; // canceled claims are not counted (37 CFR 1.16)
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
                    w = c.references().size();
                }
                default -> {
                    java.util.List<Integer> ps = tree.parents(c.number());
                    w = ps.isEmpty() ? 1 : weight.getOrDefault(ps.get(0), 1);
                }
            }
            weight.putIfAbsent(c.number(), w);
            counted += w;
        }
        return new Fees(total, independent, multiple, counted, Math.max(0, counted - FREE_TOTAL),
                Math.max(0, independent - FREE_INDEPENDENT));
    }
}
