package io.patentdesk.models;

import java.io.IOException;

/** The bundled model could not be found or unpacked; the message is one line a user can act on. */
public final class BundledModelException extends IOException {
    private static final long serialVersionUID = 1L;

    public BundledModelException(String message) {
        super(message);
    }

    public BundledModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
