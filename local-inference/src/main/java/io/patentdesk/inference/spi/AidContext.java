package io.patentdesk.inference.spi;

import io.patentdesk.inference.tokenize.TextTokenizer;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the engine tells the aids of one generation.
 *
 * @param tokenizer   the model's tokenizer
 * @param prompt      the prompt's token ids, as fitted into the context
 * @param withoutBody the prompt without the user's text (template head and tail only); empty when the request has no
 *                    such split. Tokenized on demand.
 * @param endTokens   the model's end-of-sequence tokens
 */
public record AidContext(TextTokenizer tokenizer, int[] prompt, Supplier<int[]> withoutBody, Set<Integer> endTokens) {
}
