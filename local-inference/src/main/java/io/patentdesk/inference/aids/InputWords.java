package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.LogitsTransform;
import io.patentdesk.inference.tokenize.ByteLevelTokens;
import java.util.Arrays;

/**
 * A bias toward the input's terms: each token of the prompt that begins a word (a space, then an ASCII letter: " mobile",
 * " Shank") gets {@code boost} added to its logit at every step. Where {@link InputCopy} continues a phrase the draft
 * has already begun to quote, this makes the input's own words likelier wherever a word begins, so a small model
 * writes "the structure variable body" of the abstract rather than "a first substrate" of its own. Measured on
 * validation drafts of PatentGPT-mini (2 seeds, besides the copy bonus): claim 1 from an abstract ROUGE-L +0.058 +-
 * 0.016, description paragraphs +0.057 +- 0.025, abstracts +0.028 +- 0.018 with a boost of 2. Byte-level vocabularies
 * only.
 */
public final class InputWords implements LogitsTransform {

    private final byte[][] tokens;
    private final float boost;
    private final int promptLength;
    private int[] words;

    /**
     * @param tokens       the bytes of each token id (byte-level BPE)
     * @param boost        added to the logit of each word-beginning token of the prompt; above 0
     * @param promptLength how many leading history tokens are the prompt
     */
    public InputWords(byte[][] tokens, double boost, int promptLength) {
        if (!(boost > 0 && boost <= InputCopy.MAX_BOOST)) {
            throw new IllegalArgumentException("input-word boost must be in (0, " + (int) InputCopy.MAX_BOOST
                    + "], was " + boost);
        }
        this.tokens = tokens;
        this.boost = (float) boost;
        this.promptLength = Math.max(0, promptLength);
    }

    /** Whether a token begins a word after a space: " claim", " X" (not "claim", " 10", " ("). */
    static boolean startsWord(byte[] token) {
        return token.length >= 2 && token[0] == ' ' && ByteLevelTokens.isLetter(token[1]);
    }

    @Override
    public void apply(float[] logits, int[] history, int length) {
        if (words == null) {
            words = Arrays.stream(history, 0, Math.min(promptLength, length))
                    .filter(t -> t >= 0 && t < tokens.length && startsWord(tokens[t])).distinct().sorted().toArray();
        }
        for (int t : words) {
            if (t < logits.length) {
                logits[t] += boost;
            }
        }
    }
}
