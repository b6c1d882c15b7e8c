package io.patentdesk.app.ui.assist;

import io.patentdesk.app.ui.task.Cancellable;
import io.patentdesk.app.ui.task.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;

/**
 * A UI thread for view-model tests: what the engine's thread hands to the UI waits in a queue until the test thread
 * runs it ({@link #drain()}), so that the test's own calls and those hand-overs never interleave, as on the FX thread.
 */
public final class QueuedUiExecutor implements TaskExecutor {
    private final ConcurrentLinkedQueue<Runnable> ui = new ConcurrentLinkedQueue<>();

    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        try {
            T result = work.call();
            ui.add(() -> onSuccess.accept(result));
        } catch (Exception e) {
            ui.add(() -> onFailure.accept(e));
        }
        return () -> { };
    }

    @Override
    public void runOnUi(Runnable action) {
        ui.add(action);
    }

    /** Runs what is waiting for the UI thread, on the caller's thread. */
    public void drain() {
        for (Runnable r = ui.poll(); r != null; r = ui.poll()) {
            r.run();
        }
    }

    @Override
    public void shutdown() {
        ui.clear();
    }

    @Override
    public boolean shutdownAndWait(java.time.Duration timeout) {
        shutdown();
        return true; // background work runs on the caller's thread here
    }
}
