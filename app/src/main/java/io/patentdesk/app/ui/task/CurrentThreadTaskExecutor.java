package io.patentdesk.app.ui.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs everything at once on the caller's thread: deterministic view-model tests without a UI thread. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {
    @Override
    public <T> Cancellable submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }

    @Override
    public boolean shutdownAndWait(Duration timeout) {
        return true; // nothing runs in the background
    }
}
