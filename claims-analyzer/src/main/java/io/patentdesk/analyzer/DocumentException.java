package io.patentdesk.analyzer;

/** Input that cannot be read as a patent document; the message is one line a user understands. */
public final class DocumentException extends Exception {
    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
