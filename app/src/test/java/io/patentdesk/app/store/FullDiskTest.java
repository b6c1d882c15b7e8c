package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk and a real read-only folder: a small tmpfs mounted for the test (needs root, as on CI and the
 * developers' machines; skipped elsewhere). Writes fail with a clear message, edits stay in memory and are
 * retried, nothing is lost.
 */
@EnabledOnOs(OS.LINUX)
class FullDiskTest {
    @TempDir
    Path tmp;
    Path disk;

    @BeforeEach
    void mount() throws Exception {
        disk = Files.createDirectories(tmp.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString()) == 0,
                "mounting a small tmpfs needs root");
    }

    @AfterEach
    void unmount() throws Exception {
        run("umount", "-l", disk.toString());
    }

    private static int run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    void onAFullDiskEditsStayInMemoryAreRetriedAndNothingIsLost() throws Exception {
        Path data = disk.resolve("data");
        Matter m;
        List<String> failures = new CopyOnWriteArrayList<>();
        List<String> saved = new CopyOnWriteArrayList<>();
        try (Workspace ws = Workspace.open(data)) {
            m = ws.matters().create("Full disk");
            Path filler = disk.resolve("filler");
            fill(filler);
            AutosaveListener listener = new AutosaveListener() {
                @Override
                public void saved(MatterId id, Instant contentModified, Instant savedAt) {
                    saved.add(id.value());
                }

                @Override
                public void failed(MatterId id, StoreException error) {
                    failures.add(error.userMessage());
                }
            };
            try (Autosaver saver = new Autosaver(ws.matters(), ws.history(), Duration.ZERO, Duration.ZERO,
                    Duration.ofDays(1), listener)) {
                m = m.withClaims("1. A widget comprising a frame.\n".repeat(4000)); // 130 kB: more than is free
                saver.edited(m);
                saver.flush();
                assertThat(failures).isNotEmpty();
                assertThat(failures.get(0)).contains("disk is full").contains("kept in memory").doesNotContain("\n");
                assertThat(saver.hasPending()).as("the edit is kept for the retry").isTrue();

                Files.delete(filler); // the user frees space; the autosaver tries again by itself
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (saver.hasPending() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertThat(saver.hasPending()).isFalse();
            }
            assertThat(ws.matters().get(m.id()).claims()).isEqualTo(m.claims());
        }
    }

    @Test
    void aReadOnlyDataFolderGetsAClearMessage() throws Exception {
        Path data = disk.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            ws.matters().create("Read-only");
        }
        assertThat(run("mount", "-o", "remount,ro", disk.toString())).isZero();
        assertThatThrownBy(() -> Workspace.open(data)).isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(((StoreException) e).userMessage()).containsAnyOf("read-only",
                        "Read-only").doesNotContain("\n"));
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[16 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (;;) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // no space left: what the test wants
        }
    }
}
