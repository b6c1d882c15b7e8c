package io.patentdesk.inference.generate;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.Generation;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.GenerationTimings;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.StopReason;
import io.patentdesk.inference.TokenListener;
import io.patentdesk.inference.aids.ArticleAgreement;
import io.patentdesk.inference.aids.BannedOpenings;
import io.patentdesk.inference.aids.BannedWords;
import io.patentdesk.inference.aids.ContextContrast;
import io.patentdesk.inference.aids.KnownWords;
import io.patentdesk.inference.aids.LineLeadScript;
import io.patentdesk.inference.aids.WordRules;
import io.patentdesk.inference.sampling.LogitsTransform;
import io.patentdesk.inference.sampling.Sampler;
import io.patentdesk.inference.tokenize.StreamingDetokenizer;
import io.patentdesk.inference.tokenize.TextTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One generation on the engine's worker thread: prefill, then one token per step until a stop condition. */
public final class GenerationTask {

    private final Decoder decoder;
    private final TextTokenizer tokenizer;
    private final ContextGuard guard;
    private final int contextLength;
    private final Set<Integer> eos;
    private final List<String> modelStops;

    public GenerationTask(Decoder decoder, TextTokenizer tokenizer, ContextGuard guard, int contextLength, Set<Integer> eos,
            List<String> modelStops) {
        this.decoder = decoder;
        this.tokenizer = tokenizer;
        this.guard = guard;
        this.contextLength = contextLength;
        this.eos = eos;
        this.modelStops = modelStops;
    }

    public GenerationResult run(GenerationRequest request, TokenListener listener, Generation handle) throws OrtException {
        long start = System.nanoTime();
        ContextGuard.Fitted prompt = guard.fit(request);
        int[] history = Arrays.copyOf(prompt.ids(), prompt.ids().length + request.maxNewTokens());
        int length = prompt.ids().length;
        List<String> stops = new ArrayList<>(modelStops);
        stops.addAll(request.stopStrings());
        StopStringMatcher stopper = new StopStringMatcher(stops);
        StreamingDetokenizer detok = tokenizer.streaming();
        Sampling sampling = request.sampling();
        Sampler sampler = Sampler.of(sampling, prompt.ids().length, wordRules(tokenizer, request.wordRules(), prompt.ids()),
                tokenizer.byteLevelTokens());
        int[] withoutInput = sampling.contextContrast() > 0 ? guard.withoutBody(request) : new int[0];
        Contrast contrast = withoutInput.length == 0 ? null
                : new Contrast(new ContextContrast(sampling.contextContrast(), sampling.plausibility()), withoutInput,
                        new float[decoder.logits().vocab()]);
        LineLeadScript script = LineLeadScript.of(request.lineLeads(), tokenizer);
        float[] row = sampler.isPlainGreedy() && contrast == null && script == null ? null
                : new float[decoder.logits().vocab()];
        StringBuilder text = new StringBuilder();
        Emitter emit = piece -> {
            if (!piece.isEmpty()) {
                text.append(piece);
                listener.onText(piece);
            }
        };
        try (KvCache cache = decoder.newCache(); KvCache other = contrast == null ? null : decoder.newCache();
                AbortableRun abortable = new AbortableRun()) {
            OrtSession.RunOptions runOptions = abortable.options();
            handle.onCancel(abortable::abort);
            StopReason reason = null;
            long prefillNanos = 0;
            long firstToken = 0;
            long decodeStart = 0;
            long runNanos = 0;
            int steps = 0;
            int generated = 0;
            try {
                if (handle.isCancelled()) {
                    reason = StopReason.CANCELLED;
                } else {
                    long t = System.nanoTime();
                    decoder.prefill(history, 0, length, cache, runOptions);
                    if (contrast != null) {
                        decoder.logits().copyRow(decoder.lastRow(length), row);
                        decoder.prefill(contrast.prompt, 0, contrast.prompt.length, other, runOptions);
                        decoder.logits().copyRow(decoder.lastRow(contrast.prompt.length), contrast.row);
                    }
                    prefillNanos = System.nanoTime() - t;
                    int token = next(sampler, script, decoder.lastRow(length), row, history, length, contrast,
                            request.ignoreEos());
                    firstToken = System.nanoTime() - start;
                    decodeStart = System.nanoTime();
                    while (true) {
                        if (!request.ignoreEos() && eos.contains(token)) {
                            reason = StopReason.EOS;
                            break;
                        }
                        history[length++] = token;
                        generated++;
                        listener.onToken(token);
                        emit.piece(stopper.accept(detok.push(token)));
                        if (stopper.stopped()) {
                            reason = StopReason.STOP_STRING;
                            break;
                        }
                        if (script != null && script.added(token, Math.min(request.maxNewTokens() - generated,
                                contextLength - cache.length() - 1))) {
                            reason = StopReason.LINE_BUDGET; // another line would not fit: end after this one
                            break;
                        }
                        if (generated >= request.maxNewTokens()) {
                            reason = StopReason.MAX_TOKENS;
                            break;
                        }
                        if (cache.length() >= contextLength) {
                            reason = StopReason.CONTEXT_FULL;
                            break;
                        }
                        if (handle.isCancelled()) {
                            reason = StopReason.CANCELLED;
                            break;
                        }
                        runNanos += decoder.forward(history, length - 1, length, cache, runOptions);
                        if (contrast != null) {
                            // The same token goes to the prompt without the user's text: both rows are read before
                            // the next run overwrites the shared logits buffer.
                            decoder.logits().copyRow(0, row);
                            runNanos += decoder.forward(history, length - 1, length, other, runOptions);
                            decoder.logits().copyRow(0, contrast.row);
                        }
                        steps++;
                        token = next(sampler, script, 0, row, history, length, contrast, request.ignoreEos());
                    }
                }
            } catch (OrtException e) {
                if (!handle.isCancelled()) {
                    throw e;
                }
                reason = StopReason.CANCELLED; // the run was aborted through the run options
            }
            long decodeNanos = decodeStart == 0 ? 0 : System.nanoTime() - decodeStart;
            if (reason != StopReason.STOP_STRING) {
                emit.piece(stopper.accept(detok.flush()));
                emit.piece(stopper.flush());
            }
            handle.onCancel(null);
            int[] out = Arrays.copyOfRange(history, prompt.ids().length, prompt.ids().length + generated);
            return new GenerationResult(text.toString(), out, prompt.ids().length, prompt.cutTokens(),
                    prompt.cutText(), reason,
                    new GenerationTimings(prefillNanos, firstToken, decodeNanos, runNanos, steps));
        }
    }

    private interface Emitter {
        void piece(String piece);
    }

    /** The logits transforms of the request's word rules; the article rule, the lexicon and the banned openings need
     *  the bytes of a byte-level vocabulary and are left out for other tokenizers. */
    public static List<LogitsTransform> wordRules(TextTokenizer tokenizer, WordRules rules, int[] prompt) {
        int promptLength = prompt.length;
        List<LogitsTransform> out = new ArrayList<>();
        if (!rules.bannedWords().isEmpty()) {
            out.add(new BannedWords(BannedWords.spellings(rules.bannedWords(), w -> tokenizer.encode(w, false)),
                    promptLength));
        }
        if (rules.articleAgreement() && tokenizer.byteLevelTokens() != null) {
            out.add(new ArticleAgreement(tokenizer.byteLevelTokens(), promptLength));
        }
        if (rules.knownWords() != null && tokenizer.byteLevelTokens() != null) {
            out.add(new KnownWords(tokenizer.byteLevelTokens(), rules.knownWords(), prompt));
        }
        if (!rules.bannedOpenings().isEmpty() && tokenizer.byteLevelTokens() != null) {
            out.add(new BannedOpenings(tokenizer.byteLevelTokens(), rules.bannedOpenings(), promptLength));
        }
        return out;
    }

    /**
     * The next token: the model's choice, or with line leads the script's while it writes a lead (after a line break
     * the model's choice only decides whether the draft ends there). The no-repeat bans skip the model's first tokens
     * after a lead, whose n-grams are the app's words and repeat by design; its first token after a lead neither ends
     * the draft nor the line (a lead is not left without its claim).
     */
    private int next(Sampler sampler, LineLeadScript script, int logitsRow, float[] row, int[] history, int length,
            Contrast contrast, boolean ignoreEos) {
        if (script == null || !script.writing()) {
            boolean bans = script == null || script.free() >= sampler.repeatSpan();
            boolean afterLead = script != null && script.free() == 0;
            return choose(sampler, logitsRow, row, history, length, contrast, bans, afterLead ? script : null);
        }
        if (script.atLineEnd()) {
            int own = choose(sampler, logitsRow, row, history, length, contrast, true, null);
            return eos.contains(own) && !ignoreEos ? own : script.write();
        }
        if (!script.atReference()) {
            return script.write();
        }
        modelLogits(logitsRow, row, contrast);
        script.keepReferences(row);
        return script.referred(sampler.next(row, history, length, false));
    }

    /**
     * With a contrast, {@code row} already holds the logits given the input (copied before the second run).
     * {@code afterLead}: the script whose lead was just written, so that the model's token neither ends the draft nor
     * the line (null: no such rule).
     */
    private int choose(Sampler sampler, int logitsRow, float[] row, int[] history, int length, Contrast contrast,
            boolean repeatBans, LineLeadScript afterLead) {
        if (row == null) {
            return decoder.logits().argmax(logitsRow);
        }
        modelLogits(logitsRow, row, contrast);
        if (afterLead != null) {
            afterLead.keepLineOpen(row, eos);
        }
        return sampler.next(row, history, length, repeatBans);
    }

    /** This step's logits into {@code row}: contrasted in place when {@code row} already holds them, else copied. */
    private void modelLogits(int logitsRow, float[] row, Contrast contrast) {
        if (contrast != null) {
            contrast.transform.apply(row, contrast.row);
        } else {
            decoder.logits().copyRow(logitsRow, row);
        }
    }

    /** Context-aware decoding's second sequence: the prompt without the user's text, and its latest logits. */
    private record Contrast(ContextContrast transform, int[] prompt, float[] row) {
    }

    /** Run options whose abort may come from any thread, even while the generation is closing them. */
    private static final class AbortableRun implements AutoCloseable {
        private final OrtSession.RunOptions options;
        private boolean closed;

        AbortableRun() throws OrtException {
            options = new OrtSession.RunOptions();
        }

        OrtSession.RunOptions options() {
            return options;
        }

        synchronized void abort() {
            if (!closed) {
                try {
                    options.setTerminate(true);
                } catch (OrtException e) {
                    // Nothing in flight to abort; the cancelled flag still stops the loop.
                }
            }
        }

        @Override
        public synchronized void close() {
            closed = true;
            options.close();
        }
    }
}
