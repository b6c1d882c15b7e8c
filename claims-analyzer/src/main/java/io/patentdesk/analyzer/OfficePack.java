package io.patentdesk.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What one office requires, read from its resource {@code offices/<id>.properties}: which rules apply, at what highest
 * severity and with which citation, the claims (and description pages) the office counts without a fee, and its
 * {@link FeeTable}. Shared rules
 * keep their ids in every office; the office's citation replaces the rule's own. A rule the pack does not name does
 * not run for that office. Immutable; one pack per office, loaded once.
 */
public final class OfficePack {

    /**
     * How a rule applies in an office.
     *
     * @param highest  the highest severity its findings keep here (a rule's less sure, lower findings stay lower)
     * @param citation the office's source for the requirement
     */
    public record RuleSetting(Severity highest, String citation) {}

    private static final Map<Office, OfficePack> PACKS = loadAll();

    private final Office office;
    private final String name;
    private final Map<String, RuleSetting> rules;
    private final int freeTotal;
    private final int freeIndependent;
    private final int higherFrom;
    private final boolean multipleDependentCountsEachReference;
    private final int freePages;
    private final int higherPageFrom;
    private final int charsPerLine;
    private final int linesPerPage;
    private final FeeTable fees;

    private OfficePack(Office office, Properties p) {
        this.office = office;
        this.name = required(p, "name");
        Map<String, RuleSetting> r = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("rule.")) {
                String[] v = p.getProperty(key).split("\\|", 2);
                if (v.length != 2) {
                    throw new IllegalStateException(office.id() + " pack: " + key + " needs 'severity | citation'");
                }
                r.put(key.substring(5), new RuleSetting(Severity.valueOf(v[0].strip().toUpperCase(Locale.ROOT)),
                        v[1].strip()));
            }
        }
        this.rules = Collections.unmodifiableMap(r);
        this.freeTotal = Integer.parseInt(required(p, "claims.free"));
        this.freeIndependent = Integer.parseInt(p.getProperty("claims.freeIndependent", "0"));
        this.higherFrom = Integer.parseInt(p.getProperty("claims.higherFeeFrom", "0"));
        this.multipleDependentCountsEachReference =
                Boolean.parseBoolean(p.getProperty("claims.multipleDependentCountsEachReference", "false"));
        this.freePages = Integer.parseInt(p.getProperty("description.pagesFree", "0").strip());
        this.higherPageFrom = Integer.parseInt(p.getProperty("description.pagesHigherFrom", "0").strip());
        this.charsPerLine = Integer.parseInt(p.getProperty("description.charsPerLine", "0").strip());
        this.linesPerPage = Integer.parseInt(p.getProperty("description.linesPerPage", "0").strip());
        if (freePages > 0 && (charsPerLine <= 0 || linesPerPage <= 0)) {
            throw new IllegalStateException(office.id() + " pack: description.pagesFree needs description.charsPerLine"
                    + " and description.linesPerPage");
        }
        this.fees = FeeTable.of(office, p);
    }

    /** The pack of one office. */
    public static OfficePack of(Office office) {
        return PACKS.get(office);
    }

    public Office office() {
        return office;
    }

    /** The office's name, e.g. "European Patent Office". */
    public String name() {
        return name;
    }

    /** Rule id to how it applies here; rules not in this map do not run for this office. */
    public Map<String, RuleSetting> rules() {
        return rules;
    }

    public boolean applies(String ruleId) {
        return rules.containsKey(ruleId);
    }

    /** Claims counted without a claims fee (USPTO 20, EPO 15, CNIPA 10, JPO 0: every claim costs). */
    public int freeTotal() {
        return freeTotal;
    }

    /** Independent claims without a fee, or 0 where the office has no such fee (USPTO 3). */
    public int freeIndependent() {
        return freeIndependent;
    }

    /** The claim count above which a higher fee is due, or 0 where there is none (EPO 50). */
    public int higherFeeFrom() {
        return higherFrom;
    }

    /** Whether a multiple dependent claim counts as the number of claims it refers to (USPTO, 37 CFR 1.75(c)). */
    public boolean multipleDependentCountsEachReference() {
        return multipleDependentCountsEachReference;
    }

    /** Whether the office charges for description pages over a free number (CNIPA 说明书附加费). */
    public boolean countsDescriptionPages() {
        return freePages > 0;
    }

    /** Description pages without a page fee (CNIPA 30), or 0 where the office charges none. */
    public int freePages() {
        return freePages;
    }

    /** The page count above which a higher page fee is due (CNIPA 300), or 0 where there is none. */
    public int higherPageFeeFrom() {
        return higherPageFrom;
    }

    /** Full-width characters on one line of the office's page, for {@link DescriptionPages}. */
    public int charsPerLine() {
        return charsPerLine;
    }

    /** Lines on one page of the office's page format, for {@link DescriptionPages}. */
    public int linesPerPage() {
        return linesPerPage;
    }

    public FeeTable fees() {
        return fees;
    }

    /**
     * The finding of {@code rule} as this office states it: its severity at most the office's, and the office's
     * citation, except where the rule cites a narrower passage of the very source the office cites for it (the USPTO's
     * "about 5" note cites MPEP 2173.05(b)(III)(A)). Null where the rule is off here.
     */
    public Finding restate(Rule rule, Finding f) {
        RuleSetting s = rules.get(f.rule());
        if (s == null) {
            return null;
        }
        Severity sev = f.severity().ordinal() < s.highest().ordinal() ? s.highest() : f.severity();
        boolean narrower = !f.citation().equals(rule.citation()) && s.citation().equals(rule.citation());
        return new Finding(f.rule(), sev, f.claim(), f.start(), f.end(), f.part(), f.message(),
                narrower ? f.citation() : s.citation(), f.term(), f.confidence());
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("office pack lacks " + key);
        }
        return v.strip();
    }

    private static Map<Office, OfficePack> loadAll() {
        Map<Office, OfficePack> m = new EnumMap<>(Office.class);
        for (Office o : Office.values()) {
            String res = "offices/" + o.id() + ".properties";
            try (InputStream in = OfficePack.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + res);
                }
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                m.put(o, new OfficePack(o, p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
