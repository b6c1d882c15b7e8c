package io.patentdesk.inference;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A generation that is queued, running or finished. {@link #cancel()} may be called from any thread: the engine
 * stops before the next model step (and aborts a long prompt pass in flight), and the result then has
 * {@link StopReason#CANCELLED} with the text produced so far.
 */
public final class Generation {

    private final CompletableFuture<GenerationResult> result = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile Runnable abortInFlight = () -> { };

    Generation() {
    }

    /** Asks the generation to stop; harmless when it has already finished. */
    public void cancel() {
        cancelled = true;
        abortInFlight.run();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isDone() {
        return result.isDone();
    }

    /** Completes with the result, or exceptionally with an {@link InferenceException}. */
    public CompletableFuture<GenerationResult> result() {
        return result.copy();
    }

    /** Waits for the result. */
    public GenerationResult await() throws InterruptedException {
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    /** Waits at most the given time for the result. */
    public GenerationResult await(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        try {
            return result.get(timeout, unit);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    private static InferenceException unwrap(ExecutionException e) {
        if (e.getCause() instanceof InferenceException ie) {
            return ie;
        }
        if (e.getCause() instanceof CancellationException) {
            return new InferenceException("The generation was cancelled.");
        }
        return new InferenceException("The generation failed: " + e.getCause(), e.getCause());
    }

    /** The worker installs how to abort the model run in flight (an ONNX Runtime run option). */
    public void onCancel(Runnable abort) {
        this.abortInFlight = abort == null ? () -> { } : abort;
        if (cancelled && abort != null) {
            abort.run();
        }
    }

    void complete(GenerationResult r) {
        result.complete(r);
    }

    void fail(InferenceException e) {
        result.completeExceptionally(e);
    }
}
