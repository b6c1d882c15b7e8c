package io.patentdesk.inference.generate;

import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.Generation;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.GenerationTimings;
import io.patentdesk.inference.StopReason;
import io.patentdesk.inference.TokenListener;
import io.patentdesk.inference.sampling.LogitsTransform;
import io.patentdesk.inference.sampling.Sampler;
import io.patentdesk.inference.spi.AidContext;
import io.patentdesk.inference.spi.FolderAids;
import io.patentdesk.inference.spi.StepAids;
import io.patentdesk.inference.tokenize.StreamingDetokenizer;
import io.patentdesk.inference.tokenize.TextTokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** One generation on the engine's worker thread: prefill, then one token per step until a stop condition. */
public final class GenerationTask {

    private final Decoder decoder;
    private final TextTokenizer tokenizer;
    private final ContextGuard guard;
    private final int contextLength;
    private final Set<Integer> eos;
    private final List<String> modelStops;
    private final FolderAids aids;

    /** @param aids the decoding aids the model folder switched on; null for none (the plain path) */
    public GenerationTask(Decoder decoder, TextTokenizer tokenizer, ContextGuard guard, int contextLength, Set<Integer> eos,
            List<String> modelStops, FolderAids aids) {
        this.decoder = decoder;
        this.tokenizer = tokenizer;
        this.guard = guard;
        this.contextLength = contextLength;
        this.eos = eos;
        this.modelStops = modelStops;
        this.aids = aids;
    }

    public GenerationResult run(GenerationRequest request, TokenListener listener, Generation handle) throws OrtException {
        long start = System.nanoTime();
        ContextGuard.Fitted prompt = guard.fit(request);
        int[] history = Arrays.copyOf(prompt.ids(), prompt.ids().length + request.maxNewTokens());
        int length = prompt.ids().length;
        List<String> stops = new ArrayList<>(modelStops);
        stops.addAll(request.stopStrings());
        StopStringMatcher stopper = new StopStringMatcher(stops);
        StreamingDetokenizer detok = tokenizer.streaming(prompt.ids()); // the draft continues the prompt
        StepAids step = aids == null ? null : aids.start(request.aids(),
                new AidContext(tokenizer, prompt.ids(), () -> guard.withoutBody(request), eos));
        Sampler sampler = Sampler.of(request.sampling(), prompt.ids().length,
                step == null ? List.of() : step.beforePenalties(), step == null ? List.of() : step.afterRepeatBans());
        StepAids.Guidance guidance = step == null ? null : step.guidance();
        int[] withoutInput = guidance == null ? new int[0] : guidance.prompt();
        Contrast contrast = withoutInput.length == 0 ? null
                : new Contrast(guidance, withoutInput, new float[decoder.logits().vocab()]);
        StepAids.TokenScript script = step == null ? null : step.script();
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
                        if (script != null && script.endsAfter(token, Math.min(request.maxNewTokens() - generated,
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

    /** The next token: the model's choice, or the decoding aids' script's where it writes one. */
    private int next(Sampler sampler, StepAids.TokenScript script, int logitsRow, float[] row, int[] history,
            int length, Contrast contrast, boolean ignoreEos) {
        if (script == null) {
            return choose(sampler, logitsRow, row, history, length, contrast, true, null);
        }
        return script.next(new StepAids.ModelChoice() {
            @Override
            public int choose(boolean repeatBans, Consumer<float[]> mask) {
                return GenerationTask.this.choose(sampler, logitsRow, row, history, length, contrast, repeatBans, mask);
            }

            @Override
            public int repeatSpan() {
                return sampler.repeatSpan();
            }

            @Override
            public boolean ends(int token) {
                return !ignoreEos && eos.contains(token);
            }
        });
    }

    /**
     * The model's token. With guidance, {@code row} already holds the logits given the prompt (copied before the
     * second run); {@code mask} (null: none) shapes them before the chain.
     */
    private int choose(Sampler sampler, int logitsRow, float[] row, int[] history, int length, Contrast contrast,
            boolean repeatBans, Consumer<float[]> mask) {
        if (row == null) {
            return decoder.logits().argmax(logitsRow);
        }
        modelLogits(logitsRow, row, contrast);
        if (mask != null) {
            mask.accept(row);
        }
        return sampler.next(row, history, length, repeatBans);
    }

    /** This step's logits into {@code row}: contrasted in place when {@code row} already holds them, else copied. */
    private void modelLogits(int logitsRow, float[] row, Contrast contrast) {
        if (contrast != null) {
            contrast.guidance.apply(row, contrast.row);
        } else {
            decoder.logits().copyRow(logitsRow, row);
        }
    }

    /** The guidance's second sequence: its prompt, and its latest logits. */
    private record Contrast(StepAids.Guidance guidance, int[] prompt, float[] row) {
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
