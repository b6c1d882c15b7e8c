package io.patentdesk.analyzer;

/** A half-open character range [start, end) in the text a caller passed in. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The spanned characters of {@code text}. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
