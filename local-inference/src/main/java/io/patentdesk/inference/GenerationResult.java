package io.patentdesk.inference;

/**
 * A finished generation.
 *
 * @param text                  the generated text (without the prompt and without a matched stop string)
 * @param tokenIds              the generated token ids (an end-of-sequence token is not included)
 * @param promptTokens          tokens fed to the model as the prompt, after any cut
 * @param cutPromptTokens       tokens cut from the prompt's body to fit the context (0 when none): from its start, or
 *                              from its end under {@link ContextPolicy#TRUNCATE_RIGHT}
 * @param cutText               the text that was cut, so a UI can say what the model did not see ("" when none)
 * @param stopReason            why generation ended
 * @param timings               where the time went
 */
public record GenerationResult(String text, int[] tokenIds, int promptTokens, int cutPromptTokens, String cutText,
        StopReason stopReason, GenerationTimings timings) {

    public GenerationResult {
        tokenIds = tokenIds.clone();
    }

    @Override
    public int[] tokenIds() {
        return tokenIds.clone();
    }

    public int newTokens() {
        return tokenIds.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenerationResult r && text.equals(r.text) && java.util.Arrays.equals(tokenIds, r.tokenIds)
                && promptTokens == r.promptTokens && cutPromptTokens == r.cutPromptTokens && cutText.equals(r.cutText)
                && stopReason == r.stopReason && timings.equals(r.timings);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(text, java.util.Arrays.hashCode(tokenIds), promptTokens, stopReason);
    }

    @Override
    public String toString() {
        return "GenerationResult[" + tokenIds.length + " tokens, " + stopReason + ", text=" + text + "]";
    }
}
