package io.patentdesk.app.io;

/** A file could not be imported; {@link #getMessage()} is one line fit to show the user. */
public final class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ImportException(String userMessage) {
        super(userMessage);
    }

    public ImportException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
