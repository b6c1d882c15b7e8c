package io.patentdesk.app.store;

import java.util.List;
import java.util.Optional;

/**
 * A matter's prior-art chart data exactly as its rows hold it (schema 5): the reference files in order, the option
 * row (absent when the user never set it), and every mark row. It is what travels with a matter through the trash
 * and a salvage; a mark's name is kept as stored, so one written by a newer PatentDesk is not lost on the way.
 */
record StoredChart(List<String> references, Optional<Boolean> includesSpecification, List<Mark> marks) {
    static final StoredChart EMPTY = new StoredChart(List.of(), Optional.empty(), List.of());

    StoredChart {
        references = List.copyOf(references);
        marks = List.copyOf(marks);
    }

    /** One chart_mark row; {@code mark} is the stored name or null (a note without a verdict). */
    record Mark(String referenceSha, int claim, String element, String passageSha, String mark, String note,
            long modifiedMs) {
        /** The row's primary key within its matter: two rows with the same key are the same cell. */
        String key() {
            return referenceSha + '\u0000' + claim + '\u0000' + element + '\u0000' + passageSha;
        }
    }

    boolean isEmpty() {
        return references.isEmpty() && includesSpecification.isEmpty() && marks.isEmpty();
    }
}
