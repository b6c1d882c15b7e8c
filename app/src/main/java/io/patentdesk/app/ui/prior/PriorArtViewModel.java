package io.patentdesk.app.ui.prior;

import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.prior.ChartCsv;
import io.patentdesk.app.prior.ChartDocx;
import io.patentdesk.app.prior.ChartReview;
import io.patentdesk.app.prior.ClaimChart;
import io.patentdesk.app.prior.ClaimCharter;
import io.patentdesk.app.prior.PassageCache;
import io.patentdesk.app.prior.PassageLibrary;
import io.patentdesk.app.prior.ReferenceIndexer;
import io.patentdesk.app.prior.TextEmbedder;
import io.patentdesk.app.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The claim-chart pane's state: the references of the session, charting the matter's claims against them in the
 * background (progress, cancel), and the chart. The encoder is loaded on the worker at the first chart; references
 * already indexed come from the {@link PassageCache}, so a second chart of the same files only searches.
 */
public final class PriorArtViewModel {
    /** Opens what a chart needs on the worker thread: the encoder (slow, once) and the cache. */
    public interface Engine {
        TextEmbedder embedder() throws Exception;

        String modelName();

        PassageCache cache() throws Exception;
    }

    static final int PER_REFERENCE = 3;

    private final TaskExecutor tasks;
    private final Engine engine;
    private final ObservableList<Path> references = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ClaimChart> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final AtomicReference<Thread> worker = new AtomicReference<>();
    private ChartReview review = new ChartReview();
    /** Bumped on every mark, so that a list shows marks as they change. */
    private final javafx.beans.property.ReadOnlyIntegerWrapper reviewChanges =
            new javafx.beans.property.ReadOnlyIntegerWrapper(this, "reviewChanges", 0);

    public PriorArtViewModel(TaskExecutor tasks, Engine engine) {
        this.tasks = tasks;
        this.engine = engine;
    }

    public ObservableList<Path> references() {
        return references;
    }

    public ReadOnlyObjectProperty<ClaimChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    /** Share of the passages embedded, 0 to 1, while a chart is being made. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** One line about the last chart: what was charted, why it stopped, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void addReference(Path file) {
        if (!references.contains(file)) {
            references.add(file);
        }
    }

    /** Charts every claim of {@code claimsText} against the references, in the background. */
    public void chart(String claimsText) {
        if (running.get()) {
            return;
        }
        ClaimSet claims = ClaimSet.parse(claimsText == null ? "" : claimsText);
        if (claims.isEmpty()) {
            status.set("The matter has no claims to chart.");
            return;
        }
        if (references.isEmpty()) {
            status.set("Add a reference first.");
            return;
        }
        List<Path> files = List.copyOf(references);
        running.set(true);
        progress.set(0);
        status.set("Indexing " + files.size() + (files.size() == 1 ? " reference\u2026" : " references\u2026"));
        Callable<ClaimChart> work = () -> {
            worker.set(Thread.currentThread());
            try {
                ReferenceIndexer indexer = new ReferenceIndexer(engine.embedder(), engine.modelName(), engine.cache());
                try (PassageLibrary library = indexer.library(files, (done, total) ->
                        tasks.runOnUi(() -> progress.set(total == 0 ? 1 : done / (double) total)))) {
                    return ClaimCharter.chart(claims, Set.of(), library, PER_REFERENCE);
                }
            } finally {
                worker.set(null);
                Thread.interrupted(); // a cancel that came after the last check must not leak into the next task
            }
        };
        tasks.submit(work, c -> {
            running.set(false);
            progress.set(1);
            review = new ChartReview();
            chart.set(c);
            status.set("Charted " + c.elements().size() + (c.elements().size() == 1 ? " claim element" : " claim elements")
                    + " against " + c.references().size()
                    + (c.references().size() == 1 ? " reference." : " references."));
        }, e -> {
            running.set(false);
            status.set(e instanceof CancellationException ? "Charting was cancelled."
                    : "Cannot chart: " + firstLine(e));
        });
    }

    /** The reviewer's verdict on passage {@code match} of element {@code row}; a null mark and empty note clear it. */
    public void mark(int row, int match, ChartReview.Mark mark, String note) {
        review.set(row, match, mark, note);
        reviewChanges.set(reviewChanges.get() + 1);
    }

    public java.util.Optional<ChartReview.Cell> cell(int row, int match) {
        return review.get(row, match);
    }

    public javafx.beans.property.ReadOnlyIntegerProperty reviewChangesProperty() {
        return reviewChanges.getReadOnlyProperty();
    }

    /** Writes the chart with its marks and notes: DOCX for a {@code .docx} file, else CSV; in the background. */
    public void export(Path target) {
        ClaimChart c = chart.get();
        if (c == null) {
            status.set("Chart the claims first.");
            return;
        }
        ChartReview snapshot = review.copy();
        String name = target.getFileName().toString();
        tasks.submit(() -> {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
                ChartDocx.write(c, snapshot, target);
            } else {
                byte[] csv = ChartCsv.write(c, snapshot).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                AtomicFile.write(target, out -> out.write(csv));
            }
            return target;
        }, t -> status.set("Exported the chart to " + name + "."), e -> status.set("Cannot export: " + firstLine(e)));
    }

    /** Stops a running chart at its next slice of passages (what was indexed and stored stays stored). */
    public void cancel() {
        Thread t = worker.get();
        if (t != null) {
            t.interrupt();
        }
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
