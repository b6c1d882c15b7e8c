package io.patentdesk.inference.sampling;

/** One step of turning raw logits into the distribution a token is drawn from; works in place. */
public interface LogitsTransform {

    /**
     * @param logits  one entry per vocabulary token; entries set to negative infinity are excluded
     * @param history the tokens so far (prompt and generated), the first {@code length} entries
     */
    void apply(float[] logits, int[] history, int length);
}
