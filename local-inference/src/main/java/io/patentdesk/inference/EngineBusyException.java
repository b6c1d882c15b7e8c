package io.patentdesk.inference;

/** Refusal when the model already has as many generations waiting as the engine accepts. */
public final class EngineBusyException extends InferenceException {
    private static final long serialVersionUID = 1L;

    public EngineBusyException(String message) {
        super(message);
    }
}
