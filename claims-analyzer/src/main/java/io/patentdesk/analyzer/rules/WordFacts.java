package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.text.Words;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the antecedent walk reads from a written word on its own, whatever claims it is in: the vocabulary keys it
 * stands for, its stem key, and how it behaves in a phrase. Worked out once per word and kept across analyses (the
 * editor analyzes on every pause in typing), up to a bound.
 *
 * @param keys             the singular forms it is keyed by: one, or one per part of a hyphenated word
 *                         ("three-point" is "three", "point"), except where the first part is a prefix
 *                         ("non-conductive" is "nonconductive")
 * @param stem             the key shared with its nominalization ("~determ"), or null for a short word
 * @param ordinal          its ordinal bit ("first"), or 0
 * @param plural           whether it looks plural
 * @param kind             the mark it gives the word after it (see {@link AntecedentWalk})
 * @param kindAfterArticle the same right after "a"/"an", where a gerund names a kind ("a drinking opening")
 * @param gerund           whether it ends in "-ing"
 * @param verbLike         whether it ends a noun phrase when a noun came before it (participle, adverb)
 * @param noun             whether it can be the noun of a phrase (not an adjective or adverb by its ending)
 * @param modifier         whether it only modifies (adjective, participle, non-restrictive word)
 */
record WordFacts(String[] keys, String stem, int ordinal, boolean plural, int kind, int kindAfterArticle,
                 boolean gerund, boolean verbLike, boolean noun, boolean modifier) {

    /** Distinct words kept; past this, facts are worked out each time (a pasted dictionary must not fill memory). */
    private static final int MAX_CACHED = 200_000;
    private static final ConcurrentHashMap<String, WordFacts> CACHE = new ConcurrentHashMap<>();

    /** First parts of a hyphenated word that do not stand alone: "non-conductive" is one word, not "conductive". */
    private static final Set<String> PREFIXES = Set.of("non", "un", "anti", "semi", "self", "multi", "pre", "post",
            "sub", "co", "re", "bi", "tri", "counter", "inter", "intra", "ultra", "micro", "nano", "mini", "quasi",
            "pseudo", "mid", "de", "dis", "mis", "over", "under", "out", "in", "ex", "extra", "hyper", "hypo", "mono",
            "poly", "uni", "super", "macro", "meta", "para", "auto", "e");

    static WordFacts of(String lower) {
        WordFacts f = CACHE.get(lower);
        if (f == null) {
            f = compute(lower);
            if (CACHE.size() < MAX_CACHED) {
                CACHE.putIfAbsent(lower, f);
            }
        }
        return f;
    }

    private static WordFacts compute(String lower) {
        boolean verbLike = lower.indexOf('-') < 0 && lower.length() > 4 && (lower.endsWith("ed")
                || lower.endsWith("ing") || lower.endsWith("ly"));
        return new WordFacts(keys(lower), lower.length() < 6 ? null : "~" + lower.substring(0, 6),
                AntecedentWalk.ordinalBit(lower), Words.looksPlural(lower), AntecedentWalk.modifierBit(lower, false),
                AntecedentWalk.modifierBit(lower, true), lower.endsWith("ing"), verbLike,
                !Words.looksAdjectival(lower) && !lower.endsWith("ly"),
                AntecedentWalk.droppable(lower) || Words.looksAdjectival(lower));
    }

    /** The vocabulary keys of a written word: its singular form, or one per part of a hyphenated compound. */
    static String[] keys(String lower) {
        if (lower.indexOf('-') <= 0) {
            return new String[] {Words.singular(lower)};
        }
        String[] parts = lower.split("-");
        boolean split = parts.length <= 3 && !PREFIXES.contains(parts[0]);
        for (String p : parts) {
            split &= !p.isEmpty();
        }
        if (!split) {
            return new String[] {Words.singular(lower.replace("-", ""))};
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = Words.singular(parts[i]);
        }
        return parts;
    }
}
