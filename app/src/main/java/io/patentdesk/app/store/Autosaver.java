package io.patentdesk.app.store;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Saves edited matters in the background on one writer thread. A save runs once typing pauses for
 * {@code quiet}, and never later than {@code maxDelay} after the first unsaved edit, so continuous typing is
 * still on disk within {@code maxDelay}. {@link #edited} only records the value and returns at once: it never
 * touches the database on the caller's (UI) thread. Every {@code snapshotEvery} a save also adds a version.
 */
public final class Autosaver implements AutoCloseable {
    public static final Duration DEFAULT_QUIET = Duration.ofMillis(500);
    /**
     * 1 s, so that with the time a save takes (an fsync; slower on a busy disk), a crash loses at most the last 2 s
     * of typing. One small write a second while typing costs nothing measurable.
     */
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(1);
    public static final Duration DEFAULT_SNAPSHOT_EVERY = Duration.ofMinutes(10);
    /** A failed save (disk full, workspace locked) is tried again after this, until it succeeds. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final MatterRepository matters;
    private final VersionHistory history;
    private final Duration quiet;
    private final Duration maxDelay;
    private final Duration snapshotEvery;
    private final AutosaveListener listener;
    private final java.time.Clock clock;
    /** Runs on the writer thread after saves: the workspace takes its periodic backup there when one is due. */
    private final Runnable afterSaves;
    private final ScheduledExecutorService writer;
    private volatile Thread writerThread;

    // Guarded by this: the newest unsaved value per matter, when its first unsaved edit came, the scheduled save.
    private final Map<MatterId, Matter> pending = new LinkedHashMap<>();
    private final Map<MatterId, Long> firstEditNanos = new HashMap<>();
    private final Map<MatterId, Instant> lastSnapshot = new HashMap<>();
    private ScheduledFuture<?> scheduled;
    private boolean closed;

    public Autosaver(Workspace workspace, AutosaveListener listener) {
        this(workspace.matters(), workspace.history(), DEFAULT_QUIET, DEFAULT_MAX_DELAY, DEFAULT_SNAPSHOT_EVERY,
                listener, workspace.clock(), () -> workspace.backupIfDueInBackground(
                listener == null ? e -> { } : listener::backupFailed));
    }

    public Autosaver(MatterRepository matters, VersionHistory history, Duration quiet, Duration maxDelay,
            Duration snapshotEvery, AutosaveListener listener) {
        this(matters, history, quiet, maxDelay, snapshotEvery, listener, java.time.Clock.systemUTC(), () -> { });
    }

    public Autosaver(MatterRepository matters, VersionHistory history, Duration quiet, Duration maxDelay,
            Duration snapshotEvery, AutosaveListener listener, java.time.Clock clock, Runnable afterSaves) {
        this.clock = clock;
        this.afterSaves = afterSaves;
        this.matters = matters;
        this.history = history;
        this.quiet = quiet;
        this.maxDelay = maxDelay;
        this.snapshotEvery = snapshotEvery;
        this.listener = listener == null ? AutosaveListener.NONE : listener;
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "patentdesk-autosave");
            t.setDaemon(false); // the JVM must not exit with an edit still unsaved
            writerThread = t;
            return t;
        });
        w.setRemoveOnCancelPolicy(true); // every keystroke cancels a save: don't let them pile up in the queue
        w.setExecuteExistingDelayedTasksAfterShutdownPolicy(false); // close() has flushed already
        this.writer = w;
    }

    /** Records the newest content of a matter; it is written within {@code maxDelay}. Cheap; never blocks on I/O. */
    public synchronized void edited(Matter matter) {
        if (closed) {
            throw new IllegalStateException("the autosaver is closed");
        }
        long now = System.nanoTime();
        pending.put(matter.id(), matter);
        firstEditNanos.putIfAbsent(matter.id(), now);
        long deadline = Math.min(now + quiet.toNanos(), earliestFirstEdit() + maxDelay.toNanos());
        reschedule(deadline, now);
    }

    /** Whether an edit is waiting to be written. */
    public synchronized boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Writes everything pending now and waits for it (e.g. before export, or when switching matters). */
    public void flush() {
        if (Thread.currentThread() == writerThread) {
            saveAll(); // called from a listener: waiting for our own thread would never end
            return;
        }
        try {
            writer.submit(this::saveAll).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new StoreException("The autosave did not finish: " + e.getMessage(), e);
        }
    }

    /** Flushes, then stops the writer thread. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        flush();
        writer.shutdown();
        try {
            writer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long earliestFirstEdit() {
        return firstEditNanos.values().stream().mapToLong(Long::longValue).min().orElse(System.nanoTime());
    }

    private void reschedule(long deadlineNanos, long nowNanos) {
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = writer.schedule(this::saveAll, Math.max(0, deadlineNanos - nowNanos), TimeUnit.NANOSECONDS);
    }

    /** Runs on the writer thread: takes the pending values and writes them. */
    private void saveAll() {
        List<Matter> batch;
        synchronized (this) {
            batch = new ArrayList<>(pending.values());
            pending.clear();
            firstEditNanos.clear();
        }
        boolean saved = false;
        for (Matter m : batch) {
            saved |= save(m);
        }
        if (saved) {
            try {
                afterSaves.run();
            } catch (StoreException e) {
                // The edits are saved; only the backup failed. Say so, and try again after the next save.
                listener.backupFailed(e);
            }
        }
    }

    private boolean save(Matter m) {
        try {
            matters.save(m);
            Instant now = clock.instant();
            Instant last = lastSnapshot.get(m.id());
            if (history != null && (last == null || Duration.between(last, now).compareTo(snapshotEvery) >= 0)) {
                history.snapshotAt(m, VersionHistory.AUTOSAVE_LABEL, now);
                history.pruneAutosaves(m.id(), now);
                lastSnapshot.put(m.id(), now);
            }
            listener.saved(m.id(), m.modified(), now);
            return true;
        } catch (StoreException e) {
            synchronized (this) {
                // Keep the edit unless a newer one arrived meanwhile; nothing the user typed is dropped.
                pending.putIfAbsent(m.id(), m);
                long now = System.nanoTime();
                firstEditNanos.putIfAbsent(m.id(), now);
                if (!closed) {
                    reschedule(now + RETRY_AFTER.toNanos(), now);
                }
            }
            listener.failed(m.id(), e);
            return false;
        }
    }
}
