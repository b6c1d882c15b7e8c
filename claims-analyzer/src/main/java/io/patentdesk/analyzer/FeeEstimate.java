package io.patentdesk.analyzer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Official fees for one claim set at one office, from its {@link FeeTable}.
 *
 * @param office    the office
 * @param entity    the entity size the amounts are for ("large", "small", "micro"; "standard" where there is one)
 * @param currency  ISO 4217 code
 * @param effective the day the fee schedule took effect
 * @param source    where the amounts come from
 * @param items     the fees due: fixed filing fees first, then claim fees, then page fees
 */
public record FeeEstimate(Office office, String entity, String currency, LocalDate effective, String source,
                          List<Item> items) {

    /** What a fee is charged on. */
    public enum Basis {
        /** Once per application (filing, search, examination base). */
        FIXED,
        /** The claims: excess claims, excess independent claims, the multiple dependent claim fee. */
        CLAIMS,
        /** The description's pages over the free number (CNIPA), estimated from the text. */
        PAGES
    }

    /**
     * One fee.
     *
     * @param label  what it is, with its legal basis
     * @param count  how many times it is due
     * @param each   the amount of one
     * @param amount count times each
     * @param basis  what it is charged on
     */
    public record Item(String label, int count, BigDecimal each, BigDecimal amount, Basis basis) {

        /** Whether it depends on the claims. */
        public boolean perClaim() {
            return basis == Basis.CLAIMS;
        }

        /** Whether it is charged per unit (claims or pages), so that its count says something. */
        public boolean counted() {
            return basis != Basis.FIXED;
        }
    }

    public FeeEstimate {
        items = List.copyOf(items);
    }

    /** The fees the claims cause: excess claims, excess independent claims, multiple dependent claims. */
    public BigDecimal claimsAmount() {
        return items.stream().filter(Item::perClaim).map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The fees the description's pages cause (CNIPA 说明书附加费); 0 where none. */
    public BigDecimal pagesAmount() {
        return items.stream().filter(i -> i.basis() == Basis.PAGES).map(Item::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every fee listed, fixed, claim- and page-dependent. */
    public BigDecimal total() {
        return items.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
