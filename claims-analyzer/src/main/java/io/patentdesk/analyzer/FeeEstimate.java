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
 * @param items     the fees due: fixed filing fees first, then claim fees
 */
public record FeeEstimate(Office office, String entity, String currency, LocalDate effective, String source,
                          List<Item> items) {

    /**
     * One fee.
     *
     * @param label    what it is, with its legal basis
     * @param count    how many times it is due
     * @param each     the amount of one
     * @param amount   count times each
     * @param perClaim whether it depends on the claims (else a fixed filing fee)
     */
    public record Item(String label, int count, BigDecimal each, BigDecimal amount, boolean perClaim) {}

    public FeeEstimate {
        items = List.copyOf(items);
    }

    /** The fees the claims cause: excess claims, excess independent claims, multiple dependent claims. */
    public BigDecimal claimsAmount() {
        return items.stream().filter(Item::perClaim).map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Every fee listed, fixed and claim-dependent. */
    public BigDecimal total() {
        return items.stream().map(Item::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
