package io.patentdesk.app.ui.task;

/** A handle to background work the user may stop. */
@FunctionalInterface
public interface Cancellable {
    void cancel();
}
