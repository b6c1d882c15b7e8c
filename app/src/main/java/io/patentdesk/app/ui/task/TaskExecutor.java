package io.patentdesk.app.ui.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (analysis, inference, disk, database) off the UI thread and hands results back on it. View models
 * depend on this interface only, so tests run them with {@link CurrentThreadTaskExecutor}.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread. Neither runs
     * after the returned handle is cancelled.
     */
    <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (now if already on it). */
    void runOnUi(Runnable action);

    /** Stops accepting work; running work finishes in the background. */
    void shutdown();

    /**
     * Stops accepting work and waits up to {@code timeout} for running work to end: at quit, so that no worker hands
     * a result to the UI toolkit while it exits. Returns whether all work ended in time.
     */
    boolean shutdownAndWait(Duration timeout);
}
