package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {
    @TempDir
    Path dir;

    /** Records saves and the thread they ran on. */
    static final class Recorder implements AutosaveListener {
        final CopyOnWriteArrayList<String> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch firstSave = new CountDownLatch(1);

        @Override
        public void saved(MatterId id, Instant contentModified, Instant savedAt) {
            threads.add(Thread.currentThread().getName());
            firstSave.countDown();
        }

        @Override
        public void failed(MatterId id, StoreException error) {
            threads.add("failed: " + error.getMessage());
        }
    }

    @Test
    void burstsOfEditsAreSavedOnceOffTheCallersThreadAfterTheQuietPeriod() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Typing");
            Recorder rec = new Recorder();
            try (Autosaver saver = new Autosaver(ws.matters(), ws.history(), Duration.ofMillis(200),
                    Duration.ofSeconds(2), Duration.ofMinutes(10), rec)) {
                for (int i = 1; i <= 20; i++) {
                    saver.edited(m = m.withClaims("1. A widget" + ".".repeat(i)));
                }
                assertThat(ws.matters().get(m.id()).claims()).isEmpty(); // nothing written synchronously
                assertThat(rec.firstSave.await(5, TimeUnit.SECONDS)).isTrue();
                assertThat(ws.matters().get(m.id()).claims()).isEqualTo(m.claims());
                assertThat(rec.threads).containsExactly("patentdesk-autosave");
            }
        }
    }

    @Test
    void continuousTypingIsStillSavedWithinTheMaximumDelay() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Busy");
            Recorder rec = new Recorder();
            try (Autosaver saver = new Autosaver(ws.matters(), ws.history(), Duration.ofMillis(300),
                    Duration.ofMillis(600), Duration.ofMinutes(10), rec)) {
                long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
                while (System.nanoTime() < end && rec.firstSave.getCount() > 0) {
                    saver.edited(m = m.withClaims(m.claims() + "x")); // an edit every 50 ms never pauses 300 ms
                    Thread.sleep(50);
                }
                assertThat(rec.firstSave.getCount()).as("saved while typing went on").isZero();
            }
        }
    }

    @Test
    void closeFlushesThePendingEditAndTakesAVersion() {
        Matter m;
        try (Workspace ws = Workspace.open(dir)) {
            m = ws.matters().create("Closing");
            try (Autosaver saver = new Autosaver(ws.matters(), ws.history(), Duration.ofHours(1),
                    Duration.ofHours(1), Duration.ZERO, null)) {
                saver.edited(m = m.withClaims("1. Last words."));
                assertThat(saver.hasPending()).isTrue();
            }
            assertThat(ws.matters().get(m.id()).claims()).isEqualTo("1. Last words.");
            assertThat(ws.history().list(m.id())).extracting(VersionInfo::label).containsExactly("Autosave");
        }
    }

    @Test
    void aListenerThatFlushesDoesNotDeadlockTheWriter() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Reentrant");
            CountDownLatch flushed = new CountDownLatch(1);
            Autosaver[] holder = new Autosaver[1];
            AutosaveListener flushing = new AutosaveListener() {
                @Override
                public void saved(MatterId id, Instant contentModified, Instant savedAt) {
                    holder[0].flush();
                    flushed.countDown();
                }

                @Override
                public void failed(MatterId id, StoreException error) {
                }
            };
            try (Autosaver saver = new Autosaver(ws.matters(), ws.history(), Duration.ofMillis(50),
                    Duration.ofMillis(100), Duration.ofMinutes(10), flushing)) {
                holder[0] = saver;
                saver.edited(m.withClaims("1. X."));
                assertThat(flushed.await(10, TimeUnit.SECONDS)).isTrue();
            }
        }
    }
}
