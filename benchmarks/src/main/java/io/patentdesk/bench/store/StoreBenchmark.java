package io.patentdesk.bench.store;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.store.AutosaveListener;
import io.patentdesk.app.store.Autosaver;
import io.patentdesk.app.store.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The store with a 1 MB specification (about 300 pages): save, load, a version snapshot, and an autosave round
 * trip (edit handed to the autosaver, written on its thread, waited for). Run:
 * {@code java -cp 'benchmarks/target/patentdesk-benchmarks.jar:benchmarks/target/lib/*:app/target/patentdesk.jar:app/target/lib/*' org.openjdk.jmh.Main StoreBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreBenchmark {
    private Path dir;
    private Workspace workspace;
    private Autosaver autosaver;
    private Matter matter;
    private int edits;

    /** About 1 MB of description text: numbered, varied paragraphs like a long mechanical specification. */
    static String specification(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 200);
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append("In the embodiment of FIG. ").append(i % 40 + 1).append(", the lever ").append(100 + i % 500)
                    .append(" is pivotally coupled to the frame ").append(12 + i % 7)
                    .append(" by a pin, so that rotating the lever about the pin moves the latch between a locked "
                            + "position and an unlocked position; the spring biases the latch toward the locked "
                            + "position, and the stop limits its travel to about 5 mm.\n");
        }
        return sb.toString();
    }

    @Setup(Level.Trial)
    public void open() throws IOException {
        dir = Files.createTempDirectory("patentdesk-bench");
        workspace = Workspace.open(dir);
        matter = workspace.matters().create("Benchmark").withClaims("1. A hinge comprising a pin and a lever.")
                .withSection(Section.DETAILED_DESCRIPTION, specification(1 << 20));
        workspace.matters().save(matter);
        autosaver = new Autosaver(workspace.matters(), null, Duration.ofMillis(500), Duration.ofSeconds(2),
                Duration.ofDays(1), AutosaveListener.NONE);
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        autosaver.close();
        workspace.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** A keystroke's worth of change, so every save writes different content. */
    private Matter edited() {
        return matter.withClaims("1. A hinge comprising a pin and a lever" + ".".repeat(1 + edits++ % 50));
    }

    @Benchmark
    public Matter save1MbMatter() {
        Matter m = edited();
        workspace.matters().save(m);
        return m;
    }

    @Benchmark
    public Matter load1MbMatter() {
        return workspace.matters().get(matter.id());
    }

    @Benchmark
    public Object snapshot1MbMatter() {
        return workspace.history().snapshot(edited(), "bench");
    }

    /** edited() on the caller's thread + the write on the autosave thread, as a UI sees it on flush. */
    @Benchmark
    public boolean autosaveRoundTrip() {
        autosaver.edited(edited());
        autosaver.flush();
        return autosaver.hasPending();
    }

    /** What the UI thread pays per keystroke: recording the edit (no I/O). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean autosaveEditCallOnCallerThread() {
        autosaver.edited(matter);
        return autosaver.hasPending();
    }
}
