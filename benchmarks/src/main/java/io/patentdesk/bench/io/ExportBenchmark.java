package io.patentdesk.bench.io;

import io.patentdesk.app.io.DocxExporter;
import io.patentdesk.app.io.DocxImporter;
import io.patentdesk.app.io.ImportedMatter;
import io.patentdesk.app.io.PdfExporter;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * Export and import of a 1 MB specification (about 300 pages) with some Chinese text: DOCX and PDF (font subsetting
 * included), and DOCX import. Run:
 * {@code java -cp 'benchmarks/target/patentdesk-benchmarks.jar:benchmarks/target/lib/*:app/target/patentdesk.jar:app/target/lib/*' org.openjdk.jmh.Main ExportBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class ExportBenchmark {
    private Path dir;
    private Matter matter;
    private Path docx;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("patentdesk-export-bench");
        StringBuilder spec = new StringBuilder();
        for (int i = 0; spec.length() < 1 << 20; i++) {
            spec.append("In the embodiment of FIG. ").append(i % 40 + 1).append(", the lever ").append(100 + i % 500)
                    .append(" (\u6760\u6746) is coupled to the frame ").append(12 + i % 7).append(" by a pin with a "
                            + "clearance \u2264 0.5 mm, so that rotating the lever moves the latch between a locked "
                            + "position and an unlocked position.\n");
        }
        matter = Matter.create("Benchmark").withSection(Section.TITLE, "Folding hinge")
                .withSection(Section.DETAILED_DESCRIPTION, spec.toString())
                .withClaims("1. A hinge comprising a pin and a lever.").withSection(Section.ABSTRACT, "A hinge.");
        docx = dir.resolve("in.docx");
        new DocxExporter().export(matter, docx);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @Benchmark
    public long exportDocx1Mb() throws IOException {
        Path out = dir.resolve("out.docx");
        new DocxExporter().export(matter, out);
        return Files.size(out);
    }

    @Benchmark
    public long exportPdf1Mb() throws IOException {
        Path out = dir.resolve("out.pdf");
        new PdfExporter().export(matter, out);
        return Files.size(out);
    }

    @Benchmark
    public ImportedMatter importDocx1Mb() {
        return new DocxImporter().read(docx);
    }
}
