package io.patentdesk.editor.spell;

/** A word the spell checker does not know, at {@code [start, end)} of the text it checked. */
public record Misspelling(int start, int end, String word) {
    public Misspelling {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public boolean covers(int index) {
        return index >= start && index <= end;
    }
}
