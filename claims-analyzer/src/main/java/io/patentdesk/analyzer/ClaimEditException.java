package io.patentdesk.analyzer;

/** A claim edit (delete, move, insert, renumber) that cannot be made safely; the message is one line for the user. */
public final class ClaimEditException extends RuntimeException {
    public ClaimEditException(String message) {
        super(message);
    }
}
