package io.patentdesk.inference;

/**
 * A model folder that cannot be used: missing or unreadable files, a graph the engine does not understand.
 * The message is one line a user can act on; it never carries a stack trace for display.
 */
public class ModelException extends Exception {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
