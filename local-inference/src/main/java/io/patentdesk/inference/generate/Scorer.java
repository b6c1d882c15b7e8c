package io.patentdesk.inference.generate;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.Perplexity;
import io.patentdesk.inference.Score;
import io.patentdesk.inference.tokenize.TextTokenizer;

/** Log-probabilities of given tokens under the model: scoring answers and measuring perplexity. */
public final class Scorer {

    private final Decoder decoder;
    private final TextTokenizer tokenizer;
    private final int contextLength;
    private final int[] prefix;

    /** @param prefix the tokens the tokenizer puts before every text (a BOS token, or none) */
    public Scorer(Decoder decoder, TextTokenizer tokenizer, int contextLength, int[] prefix) {
        this.decoder = decoder;
        this.tokenizer = tokenizer;
        this.contextLength = contextLength;
        this.prefix = prefix.clone();
    }

    /**
     * log p(continuation | prompt), with prompt and continuation tokenized separately (as evaluation harnesses do) so
     * that exactly the continuation's tokens are scored. A prompt too long for the context loses its start.
     */
    public Score score(String prompt, String continuation) throws OrtException {
        int[] context = ContextGuard.concat(prefix, tokenizer.encode(prompt, false));
        int[] cont = prompt.isEmpty() ? tokenizer.encode(continuation, false) : tokenizer.encodeAfter(continuation);
        if (cont.length == 0) {
            return new Score(0, 0);
        }
        if (cont.length >= contextLength) {
            throw new InferenceException("The continuation has " + cont.length + " tokens; the model reads at most "
                    + contextLength + ".");
        }
        int keep = Math.min(context.length, contextLength - cont.length);
        int[] ids = ContextGuard.concat(java.util.Arrays.copyOfRange(context, context.length - keep, context.length), cont);
        int first = keep == 0 ? 1 : keep; // with no context at all the first token has no prediction
        double logProb = logProbabilities(ids, first, ids.length);
        return new Score(logProb, ids.length - first);
    }

    /**
     * Perplexity of a text: every token after the first (all of them when the tokenizer puts a BOS token first) is scored given
     * what precedes it, in windows of the context length that overlap by one token.
     */
    public Perplexity perplexity(String text) throws OrtException {
        int[] ids = ContextGuard.concat(prefix, tokenizer.encode(text, false));
        double nll = 0;
        long scored = 0;
        int start = 0;
        while (start < ids.length - 1) {
            int end = Math.min(ids.length, start + contextLength);
            nll -= logProbabilities(java.util.Arrays.copyOfRange(ids, start, end), 1, end - start);
            scored += end - start - 1;
            start = end - 1;
        }
        return new Perplexity(nll, scored);
    }

    /** Sum of log p(ids[i] | ids[0..i)) for i in [from, to), computed in one pass through a fresh cache. */
    private double logProbabilities(int[] ids, int from, int to) throws OrtException {
        double sum = 0;
        int chunk = decoder.maxChunk();
        try (KvCache cache = decoder.newCache(); OrtSession.RunOptions options = new OrtSession.RunOptions()) {
            // Position p's logits predict ids[p + 1]; feed ids[0 .. to-2].
            for (int start = 0; start < to - 1; start += chunk) {
                int end = Math.min(to - 1, start + chunk);
                decoder.forward(ids, start, end, cache, options);
                for (int p = Math.max(start, from - 1); p < end; p++) {
                    sum += decoder.logits().logProbability(p - start, ids[p + 1]);
                }
            }
        }
        return sum;
    }
}
