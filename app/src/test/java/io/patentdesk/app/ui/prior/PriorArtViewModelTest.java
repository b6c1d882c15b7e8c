package io.patentdesk.app.ui.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.PassageCache;
import io.patentdesk.app.prior.TextEmbedder;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ProviderChoice;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The view model on the current thread with the real encoder and cache. */
class PriorArtViewModelTest {
    static SentenceEmbedder encoder;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() throws Exception {
        encoder = BundledEncoder.open(EngineOptions.defaults().withProvider(ProviderChoice.CPU));
    }

    @AfterAll
    static void close() {
        encoder.close();
    }

    private PriorArtViewModel.Engine engine(Runnable beforeEachEmbedding) {
        return new PriorArtViewModel.Engine() {
            @Override
            public TextEmbedder embedder() {
                return texts -> {
                    beforeEachEmbedding.run();
                    return encoder.embed(texts);
                };
            }

            @Override
            public String modelName() {
                return "minilm";
            }

            @Override
            public PassageCache cache() throws Exception {
                return PassageCache.open(dir.resolve("data"));
            }
        };
    }

    private Path reference() throws Exception {
        return Files.writeString(dir.resolve("lock.txt"), String.join("\n",
                "[0010] The hoop is bent into a U shape from hardened steel and held in the housing by a spring latch.",
                "[0011] A key turns a cylinder in the housing, which withdraws the latch so the hoop comes free."));
    }

    @Test
    void chartsTheClaimsAgainstTheReferencesWithProgress() throws Exception {
        PriorArtViewModel vm = new PriorArtViewModel(new CurrentThreadTaskExecutor(), engine(() -> { }));
        List<Double> progress = new ArrayList<>();
        vm.progressProperty().addListener((o, a, b) -> progress.add(b.doubleValue()));
        vm.chart("1. A lock comprising a key cylinder operating a latch.");
        assertThat(vm.statusProperty().get()).isEqualTo("Add a reference first.");
        vm.addReference(reference());
        vm.addReference(reference()); // once only
        vm.chart("1. A lock comprising a key cylinder operating a latch.");
        assertThat(vm.references()).hasSize(1);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.statusProperty().get()).isEqualTo("Charted 2 claim elements against 1 reference.");
        assertThat(vm.chartProperty().get().elements().get(1).matches().get(0).paragraph()).isEqualTo("[0011]");
        assertThat(progress).contains(1.0);
        // Marks and notes go into the exported chart.
        vm.mark(1, 0, io.patentdesk.app.prior.ChartReview.Mark.PARTLY, " the latch is spring-loaded ");
        Path csv = dir.resolve("chart.csv");
        vm.export(csv);
        assertThat(vm.statusProperty().get()).isEqualTo("Exported the chart to chart.csv.");
        int firstOfRow1 = 1 + vm.chartProperty().get().elements().get(0).matches().size(); // after the header line
        assertThat(Files.readString(csv).split("\r\n")[firstOfRow1]).startsWith("1,\"a key cylinder").endsWith(",\"Partly\",\"the latch is spring-loaded\"");
        Path docx = dir.resolve("chart.docx");
        vm.export(docx);
        try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            var row = doc.getTables().get(0).getRow(firstOfRow1);
            assertThat(row.getCell(3).getText()).isEqualTo("Partly");
            assertThat(row.getCell(4).getText()).isEqualTo("the latch is spring-loaded");
        }
        vm.chart("  \n");
        assertThat(vm.statusProperty().get()).isEqualTo("The matter has no claims to chart.");
    }

    @Test
    void cancellingStopsTheIndexingWithAMessage() throws Exception {
        PriorArtViewModel[] vm = new PriorArtViewModel[1];
        // The user presses Cancel while the first passages are being embedded.
        vm[0] = new PriorArtViewModel(new CurrentThreadTaskExecutor(), engine(() -> vm[0].cancel()));
        vm[0].addReference(reference());
        vm[0].chart("1. A lock comprising a key cylinder operating a latch.");
        assertThat(vm[0].statusProperty().get()).isEqualTo("Charting was cancelled.");
        assertThat(vm[0].chartProperty().get()).isNull();
        assertThat(vm[0].runningProperty().get()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }
}
