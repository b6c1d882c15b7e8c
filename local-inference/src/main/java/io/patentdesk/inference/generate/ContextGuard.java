package io.patentdesk.inference.generate;

import io.patentdesk.inference.ContextPolicy;
import io.patentdesk.inference.ContextTooLongException;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.tokenize.SpecialTokens;
import io.patentdesk.inference.tokenize.TextTokenizer;
import java.util.Arrays;

/**
 * Fits a prompt into the model's context. Room is kept for the answer (the requested tokens, but at most half the
 * context so a large request cannot squeeze the prompt out); when the prompt is still too long, the start or the end of
 * its body is cut, never the head or tail, or the request is refused — whichever the policy says. Never a crash.
 */
public final class ContextGuard {

    /** Prompt token ids after any cut, and what was cut. */
    record Fitted(int[] ids, int cutTokens, String cutText) {
    }

    private final TextTokenizer tokenizer;
    private final int contextLength;
    private final SpecialTokens specials;
    private final int vocabSize;

    /** @param specials the tokens put around every prompt text (the tokenizer's own, {@link TextTokenizer#specials()}) */
    public ContextGuard(TextTokenizer tokenizer, int contextLength, SpecialTokens specials, int vocabSize) {
        this.tokenizer = tokenizer;
        this.contextLength = contextLength;
        this.specials = specials;
        this.vocabSize = vocabSize;
    }

    int reserveFor(int maxNewTokens) {
        return Math.min(maxNewTokens, contextLength / 2);
    }

    Fitted fit(GenerationRequest request) {
        int budget = contextLength - reserveFor(request.maxNewTokens());
        if (request.promptTokens() != null) {
            int[] ids = request.promptTokens();
            for (int id : ids) {
                if (id < 0 || id >= vocabSize) {
                    throw new InferenceException("Token id " + id + " is outside the model's vocabulary (0.."
                            + (vocabSize - 1) + ").");
                }
            }
            if (ids.length <= budget) {
                return new Fitted(ids, 0, "");
            }
            refuseIfAsked(request, ids.length, budget);
            int cut = ids.length - budget;
            if (request.contextPolicy().cutsTheEnd()) {
                return new Fitted(Arrays.copyOf(ids, budget), cut, tokenizer.decode(ids, budget, ids.length));
            }
            return new Fitted(Arrays.copyOfRange(ids, cut, ids.length), cut, tokenizer.decode(ids, 0, cut));
        }
        Prompt p = request.prompt();
        if (p.templated()) { // tokenized as one text, as Hugging Face does, unless it has to be cut
            int[] whole = tokenizer.encode(p.text(), false);
            if (whole.length <= budget) {
                return new Fitted(whole, 0, "");
            }
        }
        // A chat template's rendering holds its special tokens as text: nothing is added around it.
        int[] head = concat(p.templated() ? new int[0] : specials.prefix(), tokenizer.encode(p.head(), false));
        // Each part goes on from the one before: no start-of-text marker of its own (SentencePiece's "▁").
        int[] body = p.head().isEmpty() ? tokenizer.encode(p.body(), false) : tokenizer.encodeAfter(p.body());
        int[] tail = concat(p.head().isEmpty() && p.body().isEmpty() ? tokenizer.encode(p.tail(), false)
                : tokenizer.encodeAfter(p.tail()), p.templated() ? new int[0] : specials.suffix());
        int total = head.length + body.length + tail.length;
        if (total == 0) {
            throw new InferenceException("The prompt is empty: give the model some text to continue.");
        }
        if (total <= budget) {
            return new Fitted(concat(concat(head, body), tail), 0, "");
        }
        refuseIfAsked(request, total, budget);
        int fixed = head.length + tail.length;
        if (fixed >= budget) {
            throw new ContextTooLongException("The instructions of this prompt alone need " + fixed
                    + " tokens, but the model reads at most " + contextLength + " (keeping "
                    + reserveFor(request.maxNewTokens()) + " for the answer).", total, contextLength);
        }
        int cut = total - budget;
        boolean end = request.contextPolicy().cutsTheEnd();
        int keep = body.length - cut;
        // A cut can split a character's bytes between two tokens: the replacement marks of the broken edge are dropped.
        String cutText = (end ? tokenizer.decode(body, keep, body.length) : tokenizer.decode(body, 0, cut)).replace("\uFFFD", "");
        int[] kept = end ? Arrays.copyOf(body, keep) : Arrays.copyOfRange(body, cut, body.length);
        return new Fitted(concat(concat(head, kept), tail), cut, cutText);
    }

    /**
     * The prompt without the user's text (head and tail only), for a decoding aid's guidance (context-aware decoding); empty when the request
     * has no such split: token ids, a prompt without template, or one without user text.
     */
    int[] withoutBody(GenerationRequest request) {
        Prompt p = request.prompt();
        if (p == null || p.body().isBlank() || (p.head().isEmpty() && p.tail().isEmpty())) {
            return new int[0];
        }
        int[] ids = concat(tokenizer.encode(p.head(), false),
                p.head().isEmpty() ? tokenizer.encode(p.tail(), false) : tokenizer.encodeAfter(p.tail()));
        return p.templated() ? ids : specials.around(ids);
    }

    private void refuseIfAsked(GenerationRequest request, int tokens, int budget) {
        if (request.contextPolicy() == ContextPolicy.FAIL) {
            throw new ContextTooLongException("The prompt has " + tokens + " tokens, but the model reads at most "
                    + contextLength + " and " + (contextLength - budget) + " are kept for the answer: shorten it by "
                    + (tokens - budget) + " tokens.", tokens, contextLength);
        }
    }

    public static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
