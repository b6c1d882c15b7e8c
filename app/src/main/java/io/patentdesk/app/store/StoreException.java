package io.patentdesk.app.store;

/** A workspace operation failed; {@link #userMessage()} is one line fit to show the user. */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    /** One line for a dialog or the status bar; never a stack trace. */
    public String userMessage() {
        return getMessage();
    }
}
