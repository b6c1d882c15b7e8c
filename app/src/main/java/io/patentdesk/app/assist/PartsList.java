package io.patentdesk.app.assist;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts list of a specification: each reference numeral ("the lever 14", "a pin (12)") with the term it names,
 * sorted by numeral. Deterministic: the same text always gives the same list.
 */
public final class PartsList {
    /** A word, a numeral ("12", "12a", "14'", "(12)"), or punctuation. */
    private static final Pattern TOKEN = Pattern.compile(
            "\\(?(\\d{1,4}[a-z]?'{0,2})\\)?(?=$|[\\s,.;:)\\]])|([A-Za-z][A-Za-z-]*)|([^\\sA-Za-z\\d])|(\\d[\\d.,]*)");
    /** Words that end a term when read backwards from the numeral. */
    private static final Set<String> STOP = Set.of("a", "an", "the", "said", "each", "every", "of", "to", "in", "on",
            "with", "and", "or", "by", "from", "at", "is", "are", "was", "be", "which", "that", "for", "as", "its",
            "their", "this", "these", "those", "via", "into", "onto", "between", "within", "through", "has", "have",
            "having", "includes", "including", "comprises", "comprising", "may", "can", "also", "both", "such",
            "about", "approximately", "than", "over", "under", "up", "using", "when", "where", "wherein", "while",
            "further", "one", "two", "three", "not", "all", "any", "some", "other", "another", "then", "if", "so",
            "e", "g", "i", "see", "shown", "illustrated", "depicted", "embodiment", "embodiments");
    /** A number after these is not a reference numeral. */
    private static final Set<String> NOT_PARTS = Set.of("fig", "figs", "figure", "figures", "claim", "claims",
            "table", "tables", "example", "examples", "paragraph", "paragraphs", "equation", "formula", "page",
            "pages", "line", "lines", "column", "columns", "section", "chapter", "step-by-step", "version", "no",
            "number", "ser", "patent", "publication", "application", "appendix", "sheet");
    /** A number before these is a quantity, not a reference numeral. */
    private static final Set<String> UNITS = Set.of("mm", "cm", "m", "km", "nm", "um", "µm", "in", "inch", "inches",
            "ft", "feet", "g", "kg", "mg", "lb", "lbs", "s", "ms", "sec", "seconds", "minutes", "min", "hours", "h",
            "hz", "khz", "mhz", "ghz", "v", "mv", "kv", "a", "ma", "w", "kw", "mw", "c", "f", "k", "degrees",
            "degree", "percent", "psi", "pa", "kpa", "mpa", "bar", "ml", "l", "wt", "mol", "times", "bits", "bytes",
            "kb", "mb", "gb", "rpm", "db", "%", "°");
    private static final int MAX_TERM_WORDS = 4;

    private PartsList() {
    }

    /** The parts list of a matter's specification (every section but the title). */
    public static List<ReferenceNumeral> of(Matter matter) {
        StringBuilder text = new StringBuilder();
        for (Section s : Section.values()) {
            if (s != Section.TITLE) {
                // A paragraph break between sections, so a numeral never takes words from the previous section.
                text.append(matter.section(s)).append("\n.\n");
            }
        }
        return of(text.toString());
    }

    /** The numerals in {@code specification}, sorted by number then suffix (10, 12, 12a, 12b, 100). */
    public static List<ReferenceNumeral> of(String specification) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        List<String> tokens = new ArrayList<>();
        List<Boolean> numeralFlags = new ArrayList<>();
        Matcher m = TOKEN.matcher(specification);
        while (m.find()) {
            if (m.group(1) != null) {
                tokens.add(m.group(1));
                numeralFlags.add(true);
            } else {
                tokens.add(m.group());
                numeralFlags.add(false);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!numeralFlags.get(i)) {
                continue;
            }
            String next = i + 1 < tokens.size() ? tokens.get(i + 1).toLowerCase(Locale.ROOT) : "";
            if (UNITS.contains(next)) {
                continue;
            }
            String term = termBefore(tokens, numeralFlags, i);
            if (term != null) {
                counts.computeIfAbsent(tokens.get(i), k -> new HashMap<>()).merge(term, 1, Integer::sum);
            }
        }
        List<ReferenceNumeral> out = new ArrayList<>();
        counts.forEach((numeral, terms) -> {
            List<Map.Entry<String, Integer>> ranked = new ArrayList<>(terms.entrySet());
            // Most frequent first; ties go to the longer (more specific) term, then alphabetical for determinism.
            ranked.sort(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                    .thenComparingInt(e -> -e.getKey().length()).thenComparing(Map.Entry::getKey));
            int total = ranked.stream().mapToInt(Map.Entry::getValue).sum();
            List<String> variants = ranked.stream().skip(1).map(Map.Entry::getKey)
                    .filter(v -> !v.endsWith(" " + ranked.get(0).getKey())).toList(); // "locking lever" refines "lever"
            out.add(new ReferenceNumeral(numeral, ranked.get(0).getKey(), total, variants));
        });
        out.sort(NUMERAL_ORDER);
        return out;
    }

    /** Numeric part first, then the suffix: 12 < 12a < 12b < 12' < 100. */
    static final Comparator<ReferenceNumeral> NUMERAL_ORDER = Comparator
            .<ReferenceNumeral>comparingInt(r -> Integer.parseInt(r.numeral().replaceAll("\\D.*$", "")))
            .thenComparing(r -> r.numeral().replaceAll("^\\d+", ""));

    /** The words before token {@code i} that name a part, or null when there are none (e.g. "FIG. 1"). */
    private static String termBefore(List<String> tokens, List<Boolean> numeral, int i) {
        List<String> words = new ArrayList<>();
        for (int j = i - 1; j >= 0 && words.size() < MAX_TERM_WORDS; j--) {
            String t = tokens.get(j);
            String lower = t.toLowerCase(Locale.ROOT);
            if (numeral.get(j) || !Character.isLetter(t.charAt(0)) || STOP.contains(lower)) {
                break;
            }
            if (words.isEmpty() && NOT_PARTS.contains(lower)) {
                return null;
            }
            words.add(0, lower);
        }
        if (words.isEmpty()) {
            return null;
        }
        // "the lever 14 and the pin 12 of FIG. 2": "FIG." sits before 2, never inside a term.
        return String.join(" ", words);
    }

    /** The list as text, one "numeral<TAB>term" line per part, for pasting into the description. */
    public static String render(List<ReferenceNumeral> parts) {
        StringBuilder sb = new StringBuilder();
        for (ReferenceNumeral p : parts) {
            sb.append(p.numeral()).append('\t').append(p.term()).append('\n');
        }
        return sb.toString();
    }
}
