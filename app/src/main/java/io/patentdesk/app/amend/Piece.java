package io.patentdesk.app.amend;

import java.util.Objects;

/**
 * A run of text in a redline: kept as it was, added, or deleted.
 *
 * @param kind what happened to the text
 * @param text the characters, exactly as written (spaces included)
 */
public record Piece(Kind kind, String text) {

    /** What happened to a run of text between the older and the newer version. */
    public enum Kind { SAME, ADDED, DELETED }

    /**
     * 37 CFR 1.121(c)(2): deleted text is struck through, "except that double brackets placed before and after the
     * deleted characters may be used to show deletion of five or fewer consecutive characters". A short deletion is
     * shown that way because a struck-through "3" or "s" is easy to miss on a printed page.
     */
    public static final int BRACKET_LIMIT = 5;

    public Piece {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A deletion shown as {@code [[text]]} rather than struck through. */
    public boolean bracketed() {
        return kind == Kind.DELETED && text.codePointCount(0, text.length()) <= BRACKET_LIMIT;
    }
}
