package io.patentdesk.inference;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.generate.ContextGuard;
import io.patentdesk.inference.generate.Decoder;
import io.patentdesk.inference.generate.GenerationTask;
import io.patentdesk.inference.generate.Scorer;
import io.patentdesk.inference.model.DecoderSignature;
import io.patentdesk.inference.model.ExecutionProviders;
import io.patentdesk.inference.model.GraphProbe;
import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.inference.tokenize.SpecialTokens;
import io.patentdesk.inference.tokenize.TextTokenizer;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A loaded model: generates text, scores continuations and measures perplexity. It owns the ONNX Runtime session
 * and one worker thread; all model work runs on that thread, so one generation runs at a time per model and further
 * requests wait in a short queue (or are refused with {@link EngineBusyException} when it is full).
 */
public final class Engine implements AutoCloseable {

    /** Context length assumed when no file of the model folder gives one. */
    public static final int DEFAULT_CONTEXT_LENGTH = 2048;

    /** How ONNX Runtime reports a missing external-data file. */
    private static final java.util.regex.Pattern MISSING_FILE =
            java.util.regex.Pattern.compile("No such file or directory \\[([^\\]]+)\\]");

    /** Logits memory per prefill chunk; bounds the pinned buffer for models with large vocabularies. */
    private static final int LOGITS_CHUNK_BYTES = 32 << 20;

    private final ModelFolder folder;
    private final ModelInfo info;
    private final ProviderStatus status;
    private final OrtSession.SessionOptions sessionOptions;
    private final OrtSession session;
    private final TextTokenizer tokenizer;
    private final Decoder decoder;
    private final GenerationTask generation;
    private final Scorer scorer;
    private static final java.util.concurrent.atomic.AtomicInteger WORKERS = new java.util.concurrent.atomic.AtomicInteger();

    private final ThreadPoolExecutor worker;
    private final String workerName;
    private final Set<Generation> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    private Engine(ModelFolder folder, ModelInfo info, ProviderStatus status, OrtSession.SessionOptions options,
            OrtSession session, TextTokenizer tokenizer, Decoder decoder, int maxQueued) {
        this.folder = folder;
        this.info = info;
        this.status = status;
        this.sessionOptions = options;
        this.session = session;
        this.tokenizer = tokenizer;
        this.decoder = decoder;
        int context = info.contextLength();
        // Special tokens (a BOS token) only where the tokenizer's own settings put them: the model was trained that way.
        SpecialTokens specials = tokenizer.specials();
        this.generation = new GenerationTask(decoder, tokenizer, new ContextGuard(tokenizer, context, specials, info.vocabSize()), context,
                folder.config().eosTokenIds(), folder.stopStrings(), folder.aids().orElse(null));
        this.scorer = new Scorer(decoder, tokenizer, context, specials.prefix());
        BlockingQueue<Runnable> queue = maxQueued == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(maxQueued);
        this.workerName = "patentdesk-model-" + WORKERS.incrementAndGet();
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, queue, r -> {
            Thread t = new Thread(r, workerName);
            t.setDaemon(true);
            return t;
        });
    }

    public static Engine load(ModelFolder folder) throws ModelException {
        return load(folder, EngineOptions.defaults());
    }

    /** Loads and checks a model; the exception's message says in one line what is wrong with it. */
    public static Engine load(ModelFolder folder, EngineOptions options) throws ModelException {
        String file = folder.dir().relativize(folder.onnxFile()).toString();
        TextTokenizer tokenizer = TextTokenizer.load(folder.tokenizerFile());
        OrtSession session = null;
        OrtSession.SessionOptions sessionOptions = null;
        try {
            // Errors reach the caller as exceptions with one-line messages; ORT's own log would repeat them on stderr.
            OrtEnvironment env = OrtEnvironment.getEnvironment(OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL);
            ExecutionProviders.Configured configured = ExecutionProviders.configure(options);
            sessionOptions = configured.options();
            ProviderStatus status = configured.status();
            try {
                session = env.createSession(folder.onnxFile().toString(), sessionOptions);
            } catch (OrtException e) {
                if (!status.onGpu()) {
                    throw e;
                }
                // CUDA was accepted by the options but the session could not use it: run on the CPU instead.
                sessionOptions.close();
                configured = ExecutionProviders.configure(options.withProvider(ProviderChoice.CPU));
                sessionOptions = configured.options();
                status = new ProviderStatus("cpu", configured.status().threads(),
                        "CUDA: " + ExecutionProviders.firstLine(e.getMessage()));
                session = env.createSession(folder.onnxFile().toString(), sessionOptions);
            }
            DecoderSignature sig = DecoderSignature.inspect(session, folder.ioNames(), folder.config(), file);
            int vocab = GraphProbe.vocabulary(env, session, sig, file);
            if (folder.sharesKvBuffer() && GraphProbe.keepsPastLength(env, session, sig)) {
                sig = sig.withSharedKvBuffer(true);
            }
            checkVocabulary(folder, file, vocab, tokenizer.vocabSize());
            int context = folder.contextLength() > 0 ? folder.contextLength() : DEFAULT_CONTEXT_LENGTH;
            int bytes = sig.logitsType() == OnnxJavaType.FLOAT ? 4 : 2;
            int chunk = Math.max(16, Math.min(512, LOGITS_CHUNK_BYTES / (vocab * bytes)));
            Decoder decoder = new Decoder(env, session, sig, vocab, context, Math.min(chunk, context));
            ModelInfo info = new ModelInfo(folder.displayName(), sig.layers(), sig.kvHeads(), sig.headSize(),
                    cacheType(sig.kvType()), vocab, context,
                    sig.hasUseCacheBranch());
            return new Engine(folder, info, status, sessionOptions, session, tokenizer, decoder, options.maxQueued());
        } catch (OrtException e) {
            closeQuietly(session, sessionOptions, tokenizer);
            if (e.getCode() == OrtException.OrtErrorCode.ORT_INVALID_PROTOBUF) {
                throw new ModelException(file + " in " + folder.dir()
                        + " is not a usable ONNX model: the file is damaged or not ONNX (it cannot be parsed).", e);
            }
            java.util.regex.Matcher missing = MISSING_FILE.matcher(e.getMessage() == null ? "" : e.getMessage());
            if (missing.find()) {
                throw new ModelException(file + " in " + folder.dir() + " needs its external data file "
                        + java.nio.file.Path.of(missing.group(1)).getFileName() + ", which is missing.", e);
            }
            throw new ModelException(file + " in " + folder.dir() + " is not a usable ONNX model: "
                    + ExecutionProviders.firstLine(e.getMessage()), e);
        } catch (ModelException | RuntimeException e) {
            closeQuietly(session, sessionOptions, tokenizer);
            throw e;
        }
    }

    private static String cacheType(OnnxJavaType type) {
        return switch (type) {
            case FLOAT16 -> "float16";
            case BFLOAT16 -> "bfloat16";
            default -> "float32";
        };
    }

    private static void checkVocabulary(ModelFolder folder, String file, int logits, int tokenizerSize)
            throws ModelException {
        if (tokenizerSize > logits) {
            throw new ModelException("The vocabulary size disagrees: tokenizer.json has " + tokenizerSize
                    + " tokens but the logits of " + file + " have " + logits + " entries.");
        }
        int configured = folder.config().vocabSize();
        if (configured > 0 && configured != logits) {
            throw new ModelException("The vocabulary size disagrees: the config says " + configured
                    + " but the logits of " + file + " have " + logits + " entries.");
        }
    }

    private static void closeQuietly(OrtSession session, OrtSession.SessionOptions options, TextTokenizer tokenizer) {
        try {
            if (session != null) {
                session.close();
            }
        } catch (OrtException e) {
            // Nothing more to release.
        }
        if (options != null) {
            options.close();
        }
        tokenizer.close();
    }

    /**
     * Starts (or queues) a generation. The listener hears the text as it is decoded, on the engine's thread.
     *
     * @throws EngineBusyException when the queue is full or the engine is closed
     */
    public Generation generate(GenerationRequest request, TokenListener listener) {
        Generation g = new Generation();
        pending.add(g);
        try {
            worker.execute(() -> runGeneration(request, listener, g));
        } catch (RejectedExecutionException e) {
            pending.remove(g);
            throw new EngineBusyException(closed ? "The model " + info.displayName() + " is closed."
                    : "The model is busy: one generation is running and " + worker.getQueue().size()
                            + " are waiting. Try again when one finishes.");
        }
        return g;
    }

    private void runGeneration(GenerationRequest request, TokenListener listener, Generation g) {
        try {
            GenerationResult result = generation.run(request, listener, g);
            try {
                listener.onComplete(result);
            } finally {
                g.complete(result);
            }
        } catch (InferenceException e) {
            fail(listener, g, e);
        } catch (OrtException e) {
            fail(listener, g, new InferenceException("The model failed while generating: "
                    + ExecutionProviders.firstLine(e.getMessage()), e));
        } catch (RuntimeException e) {
            fail(listener, g, new InferenceException("The generation stopped: " + e, e));
        } finally {
            pending.remove(g);
        }
    }

    private static void fail(TokenListener listener, Generation g, InferenceException e) {
        try {
            listener.onError(e);
        } finally {
            g.fail(e);
        }
    }

    /** log p(continuation | prompt); waits for the worker. */
    public Score score(String prompt, String continuation) {
        return onWorker(() -> scorer.score(prompt, continuation));
    }

    /** How well the model predicts a text (lower is better); waits for the worker. */
    public Perplexity perplexity(String text) {
        return onWorker(() -> scorer.perplexity(text));
    }

    private <T> T onWorker(Callable<T> work) {
        Future<T> f;
        try {
            f = worker.submit(work);
        } catch (RejectedExecutionException e) {
            throw new EngineBusyException(closed ? "The model " + info.displayName() + " is closed."
                    : "The model is busy; try again when the current generation finishes.");
        }
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            f.cancel(false);
            throw new InferenceException("Interrupted while waiting for the model.", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof InferenceException ie) {
                throw ie;
            }
            throw new InferenceException("The model failed: " + ExecutionProviders.firstLine(c.getMessage()), c);
        }
    }

    /** Token ids of a text as the model would read it (no special tokens added). */
    public int[] tokenize(String text) {
        return tokenizer.encode(text, false);
    }

    /** The text of token ids (special tokens left out). */
    public String detokenize(int[] ids) {
        return tokenizer.decode(ids, 0, ids.length);
    }

    public ModelFolder folder() {
        return folder;
    }

    public ModelInfo info() {
        return info;
    }

    /** Where the model runs, and what was missing for the GPU, for the status bar. */
    public ProviderStatus providerStatus() {
        return status;
    }

    /** Whether a generation is running or waiting. */
    public boolean isBusy() {
        return !pending.isEmpty();
    }

    /**
     * Stops generations in progress or waiting, then releases the session and native memory. Called from a listener
     * (on the worker thread itself) it returns at once and the release follows when the current call has returned.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pending.forEach(Generation::cancel);
        worker.shutdown();
        if (Thread.currentThread().getName().equals(workerName)) {
            Thread closer = new Thread(this::releaseWhenIdle, workerName + "-close");
            closer.setDaemon(true);
            closer.start();
        } else {
            releaseWhenIdle();
        }
    }

    private void releaseWhenIdle() {
        try {
            if (!worker.awaitTermination(60, TimeUnit.SECONDS)) {
                return; // a model run that ignores termination: leak rather than free memory in use
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        decoder.close();
        closeQuietly(session, sessionOptions, tokenizer);
    }

    public Decoder decoder() {
        return decoder;
    }
}
