package io.patentdesk.inference;

/** A generation or scoring call that could not run; the message is one line fit for a status bar. */
public class InferenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InferenceException(String message) {
        super(message);
    }

    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
