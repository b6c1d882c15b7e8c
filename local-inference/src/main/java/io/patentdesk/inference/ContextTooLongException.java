package io.patentdesk.inference;

/** The prompt cannot fit the model's context, even after cutting what may be cut. */
public final class ContextTooLongException extends InferenceException {
    private static final long serialVersionUID = 1L;

    private final int promptTokens;
    private final int contextLength;

    public ContextTooLongException(String message, int promptTokens, int contextLength) {
        super(message);
        this.promptTokens = promptTokens;
        this.contextLength = contextLength;
    }

    public int promptTokens() {
        return promptTokens;
    }

    public int contextLength() {
        return contextLength;
    }
}
