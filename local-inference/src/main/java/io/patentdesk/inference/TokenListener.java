package io.patentdesk.inference;

/**
 * Receives a generation as it happens. Called on the engine's worker thread, one call at a time, in order:
 * a UI hands each call over to its own thread. A listener must not block for long (it holds up the model) and must
 * not call {@link Engine#score} or {@link Engine#perplexity} (they wait for the same worker).
 */
@FunctionalInterface
public interface TokenListener {

    /** A token was generated (before its text, which may wait for the rest of a character); for progress. */
    default void onToken(int tokenId) {
    }

    /** New text, never splitting a character; the pieces concatenated equal {@link GenerationResult#text()}. */
    void onText(String piece);

    /** The generation ended normally, by a stop condition, or by {@link Generation#cancel()}. */
    default void onComplete(GenerationResult result) {
    }

    /** The generation failed; the message is one line fit for a user. */
    default void onError(InferenceException error) {
    }

    /** A listener that ignores everything, for callers that only wait for the result. */
    static TokenListener none() {
        return piece -> { };
    }
}
