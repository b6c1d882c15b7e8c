package io.patentdesk.app.store.salvage;

import java.util.List;

/**
 * One row read straight from a table leaf page: its rowid and its column values (Long, Double, String, byte[] or
 * null, in column order; an INTEGER PRIMARY KEY column reads as null, its value is the rowid).
 */
public record RawRow(int page, long rowid, List<Object> values) {
    public RawRow {
        values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    public int columns() {
        return values.size();
    }

    public Object get(int i) {
        return values.get(i);
    }

    /** Whether column {@code i} holds text. */
    public boolean isText(int i) {
        return values.get(i) instanceof String;
    }

    /** Whether column {@code i} holds an integer. */
    public boolean isInteger(int i) {
        return values.get(i) instanceof Long;
    }
}
