package io.patentdesk.app.ui.prior;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.ChartReview;
import io.patentdesk.app.prior.ClaimChart;
import io.patentdesk.app.prior.SpecificationReference;
import io.patentdesk.app.store.Workspace;
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

    /** A view model on a real workspace in the test folder, showing {@code open}. */
    private PriorArtViewModel viewModel(Workspace ws, javafx.beans.property.ObjectProperty<Matter> open,
            Runnable beforeEachEmbedding) {
        return new PriorArtViewModel(new CurrentThreadTaskExecutor(), engine(beforeEachEmbedding), ws.charts(), open);
    }

    private static javafx.beans.property.ObjectProperty<Matter> opened(Workspace ws, String claims, String detailed) {
        Matter m = ws.matters().create("Lock").withClaims(claims)
                .withSection(io.patentdesk.app.matter.Section.DETAILED_DESCRIPTION, detailed);
        ws.matters().save(m);
        return new javafx.beans.property.SimpleObjectProperty<>(m);
    }

    private Path reference() throws Exception {
        return Files.writeString(dir.resolve("lock.txt"), String.join("\n",
                "[0010] The hoop is bent into a U shape from hardened steel and held in the housing by a spring latch.",
                "[0011] A key turns a cylinder in the housing, which withdraws the latch so the hoop comes free."));
    }

    @Test
    void chartsTheClaimsAgainstTheReferencesWithProgress() throws Exception {
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            chartsTheClaimsAgainstTheReferencesWithProgress(viewModel(ws,
                    new javafx.beans.property.SimpleObjectProperty<>(), () -> { }));
        }
    }

    private void chartsTheClaimsAgainstTheReferencesWithProgress(PriorArtViewModel vm) throws Exception {
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
        Workspace ws = Workspace.open(dir.resolve("ws"));
        vm[0] = viewModel(ws, new javafx.beans.property.SimpleObjectProperty<>(), () -> vm[0].cancel());
        vm[0].addReference(reference());
        vm[0].chart("1. A lock comprising a key cylinder operating a latch.");
        assertThat(vm[0].statusProperty().get()).isEqualTo("Charting was cancelled.");
        assertThat(vm[0].chartProperty().get()).isNull();
        assertThat(vm[0].runningProperty().get()).isFalse();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        ws.close();
    }

    @Test
    void referencesSpecificationChoiceAndMarksAreKeptWithTheMatter() throws Exception {
        String claims = "1. A lock comprising a key cylinder operating a latch.";
        Path ref = reference();
        Matter lock;
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            var open = opened(ws, claims, "The key cylinder rotates a cam that retracts the spring latch.");
            lock = open.get();
            PriorArtViewModel vm = viewModel(ws, open, () -> { });
            vm.addReference(ref);
            vm.includeSpecificationProperty().set(true);
            vm.chart(claims);
            assertThat(vm.statusProperty().get()).isEqualTo("Charted 2 claim elements against 2 references.");
            ClaimChart c = vm.chartProperty().get();
            assertThat(c.references()).extracting(ClaimChart.Reference::file)
                    .containsExactly(ref.toAbsolutePath(), SpecificationReference.NAME);
            int fromSpec = indexOfMatchIn(c.elements().get(1), 1);
            assertThat(c.elements().get(1).matches().get(fromSpec).paragraph())
                    .as("the specification numbered as exported").isEqualTo("[0001]");
            vm.mark(1, indexOfMatchIn(c.elements().get(1), 0), ChartReview.Mark.DISCLOSED, "latch withdrawn by the key");
            vm.mark(1, fromSpec, ChartReview.Mark.PARTLY, "");
            vm.mark(0, 0, ChartReview.Mark.NOT_FOUND, "");
            vm.mark(0, 0, null, ""); // cleared again: nothing stored
        }
        // The matter opened again in a new session: its list, choice and marks are back before and after charting.
        try (Workspace ws = Workspace.open(dir.resolve("ws"))) {
            var open = new javafx.beans.property.SimpleObjectProperty<Matter>();
            PriorArtViewModel vm = viewModel(ws, open, () -> { });
            assertThat(vm.references()).isEmpty();
            open.set(ws.matters().get(lock.id()));
            assertThat(vm.references()).containsExactly(ref.toAbsolutePath());
            assertThat(vm.includeSpecificationProperty().get()).isTrue();
            vm.chart(claims);
            ClaimChart c = vm.chartProperty().get();
            int fromSpec = indexOfMatchIn(c.elements().get(1), 1);
            assertThat(vm.cell(1, indexOfMatchIn(c.elements().get(1), 0))).contains(new ChartReview.Cell(
                    ChartReview.Mark.DISCLOSED,
                    "latch withdrawn by the key"));
            assertThat(vm.cell(1, fromSpec)).contains(new ChartReview.Cell(ChartReview.Mark.PARTLY, ""));
            assertThat(vm.cell(0, 0)).isEmpty();
            // Another matter shows its own (empty) chart state; removing a reference is kept too.
            var other = opened(ws, claims, "");
            open.set(other.get());
            assertThat(vm.references()).isEmpty();
            assertThat(vm.chartProperty().get()).isNull();
            open.set(ws.matters().get(lock.id()));
            vm.removeReference(ref.toAbsolutePath());
            assertThat(ws.charts().references(lock.id())).isEmpty();
        }
    }

    /** The position of the first match of {@code row} from reference {@code reference}. */
    private static int indexOfMatchIn(ClaimChart.Row row, int reference) {
        for (int i = 0; i < row.matches().size(); i++) {
            if (row.matches().get(i).reference() == reference) {
                return i;
            }
        }
        throw new AssertionError("no match from reference " + reference + " in " + row);
    }
}
