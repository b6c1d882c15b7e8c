package io.patentdesk.app.assist;

import java.util.List;

/**
 * One entry of a parts list.
 *
 * @param numeral     as written: "12", "12a", "14'"
 * @param term        the name used most often with it ("locking lever")
 * @param occurrences how often the numeral appears with a name
 * @param variants    other names used with the same numeral, most frequent first (a drafting inconsistency)
 */
public record ReferenceNumeral(String numeral, String term, int occurrences, List<String> variants) {
    public ReferenceNumeral {
        variants = List.copyOf(variants);
    }
}
