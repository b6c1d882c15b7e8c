package io.patentdesk.editor;

/** A CSS style class over a character range {@code [start, end)}; the highlighter's intermediate result. */
public record StyleRange(int start, int end, String styleClass) {
    public StyleRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
