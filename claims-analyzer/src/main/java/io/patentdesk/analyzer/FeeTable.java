package io.patentdesk.analyzer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * One office's official fees as its pack states them ({@code fees.*} keys): currency, the date the schedule took
 * effect, where the amounts come from, and per entity size the fixed filing fees and the claim-dependent fees. Turns
 * the claim counts of {@link Fees} into money.
 */
public final class FeeTable {


    private final Office office;
    private final String currency;
    private final LocalDate effective;
    private final String source;
    private final List<String> entities;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Map<String, BigDecimal>> amounts = new LinkedHashMap<>();

    private FeeTable(Office office, Properties p) {
        this.office = office;
        this.currency = p.getProperty("fees.currency").strip();
        this.effective = LocalDate.parse(p.getProperty("fees.effective").strip());
        this.source = p.getProperty("fees.source", "").strip();
        this.entities = Arrays.stream(p.getProperty("fees.entities", "standard").split(",")).map(String::strip).toList();
        for (String key : p.stringPropertyNames().stream().sorted().toList()) {
            if (key.startsWith("fees.label.")) {
                labels.put(key.substring("fees.label.".length()), p.getProperty(key).strip());
            }
        }
        for (String e : entities) {
            Map<String, BigDecimal> m = new LinkedHashMap<>();
            for (String item : labels.keySet()) {
                String v = p.getProperty("fees." + e + "." + item);
                if (v != null) {
                    m.put(item, new BigDecimal(v.strip()));
                }
            }
            amounts.put(e, m);
        }
    }

    static FeeTable of(Office office, Properties p) {
        return new FeeTable(office, p);
    }

    public String currency() {
        return currency;
    }

    /** The day the schedule these amounts come from took effect. */
    public LocalDate effective() {
        return effective;
    }

    /** Where the amounts come from, in words. */
    public String source() {
        return source;
    }

    /** Entity sizes with their own amounts; the first is the default (USPTO: large, small, micro; others: standard). */
    public List<String> entities() {
        return entities;
    }

    /** The amounts due for these counts by an applicant of the given entity size (null: the default). */
    public FeeEstimate estimate(Fees fees, String entity) {
        String e = entity == null ? entities.get(0) : entity.strip().toLowerCase(Locale.ROOT);
        Map<String, BigDecimal> m = amounts.get(e);
        if (m == null) {
            throw new IllegalArgumentException("the " + office.id() + " fee table has no entity size '" + entity
                    + "' (known: " + String.join(", ", entities) + ")");
        }
        List<FeeEstimate.Item> items = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> en : m.entrySet()) {
            FeeEstimate.Basis basis = basis(en.getKey());
            int count = count(en.getKey(), fees);
            if (basis != FeeEstimate.Basis.FIXED && count == 0) {
                continue;
            }
            int n = basis == FeeEstimate.Basis.FIXED ? 1 : count;
            items.add(new FeeEstimate.Item(labels.get(en.getKey()), n, en.getValue(),
                    en.getValue().multiply(BigDecimal.valueOf(n)), basis));
        }
        items.sort(java.util.Comparator.comparing(FeeEstimate.Item::basis)); // fixed, claims, pages; order kept
        return new FeeEstimate(office, e, currency, effective, source, items);
    }

    /** What a fee item of the pack is charged on, by its key. */
    private static FeeEstimate.Basis basis(String item) {
        return switch (item) {
            case "excessTotal", "excessTotalHigher", "excessIndependent", "multipleDependent" -> FeeEstimate.Basis.CLAIMS;
            case "excessPages", "excessPagesHigher" -> FeeEstimate.Basis.PAGES;
            default -> FeeEstimate.Basis.FIXED;
        };
    }

    /** How many times a claim or page fee is due (a fixed fee: not asked). */
    private static int count(String item, Fees f) {
        return switch (item) {
            case "excessTotal" -> f.excessTotal() - f.excessTotalHigher(); // the higher tier is charged on its own
            case "excessTotalHigher" -> f.excessTotalHigher();
            case "excessIndependent" -> f.excessIndependent();
            case "multipleDependent" -> f.multipleDependentClaims() > 0 ? 1 : 0; // once per application, 1.16(j)
            case "excessPages" -> f.excessPages() - f.excessPagesHigher(); // pages 31-300, then 301 on at their own rate
            case "excessPagesHigher" -> f.excessPagesHigher();
            default -> 1;
        };
    }
}
