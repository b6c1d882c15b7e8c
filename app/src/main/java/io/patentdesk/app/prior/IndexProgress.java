package io.patentdesk.app.prior;

/** Indexing progress: passages embedded so far out of all; called on the indexing thread. */
@FunctionalInterface
public interface IndexProgress {
    IndexProgress NONE = (done, total) -> { };

    void passages(int done, int total);
}
