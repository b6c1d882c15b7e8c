package io.patentdesk.app.io;

/** A file could not be written; {@link #getMessage()} is one line fit to show the user. Any old file is intact. */
public final class ExportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
