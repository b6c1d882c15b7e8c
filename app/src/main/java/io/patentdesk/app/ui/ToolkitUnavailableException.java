package io.patentdesk.app.ui;

/** The desktop app cannot start here (no GTK, no display); the message is the one line to print. */
public final class ToolkitUnavailableException extends RuntimeException {
    public ToolkitUnavailableException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
