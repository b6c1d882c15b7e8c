package io.patentdesk.app.ui.prior;

import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.prior.ChartCellKey;
import io.patentdesk.app.prior.ChartCsv;
import io.patentdesk.app.prior.ChartDocx;
import io.patentdesk.app.prior.ChartReview;
import io.patentdesk.app.prior.ClaimChart;
import io.patentdesk.app.prior.ClaimCharter;
import io.patentdesk.app.prior.PassageCache;
import io.patentdesk.app.prior.PassageLibrary;
import io.patentdesk.app.prior.ReferenceIndexer;
import io.patentdesk.app.prior.SpecificationReference;
import io.patentdesk.app.prior.TextEmbedder;
import io.patentdesk.app.store.ChartRepository;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The claim-chart pane's state: the open matter's references, charting its claims against them in the background
 * (progress, cancel), and the chart with the reviewer's marks. The reference list, the "chart the specification too"
 * choice and the marks are kept with the matter in the workspace ({@link ChartRepository}), read and written on the
 * task executor, so they are there when the matter is opened again; the chart itself is computed again. The encoder
 * is loaded on the worker at the first chart; references already indexed come from the {@link PassageCache}, so a
 * second chart of the same files only searches.
 */
@jakarta.inject.Singleton
public final class PriorArtViewModel {
    /** Opens what a chart needs on the worker thread: the encoder (slow, once) and the cache. */
    public interface Engine {
        TextEmbedder embedder() throws Exception;

        String modelName();

        PassageCache cache() throws Exception;
    }

    static final int PER_REFERENCE = 3;

    /** What a chart task hands back: the chart, its references' keys and the stored marks placed on it. */
    private record Charted(ClaimChart chart, List<String> referenceKeys, ChartReview review) {
    }

    private final TaskExecutor tasks;
    private final Engine engine;
    private final ChartRepository charts;
    private final ObservableValue<Matter> matter;
    /** The matter whose references and marks are shown; null when none is open. */
    private MatterId shownFor;
    private List<String> referenceKeys = List.of();
    private final SimpleBooleanProperty includeSpecification = new SimpleBooleanProperty(this, "includeSpecification");
    /** Set while the stored choice is being shown, so that showing it does not store it again. */
    private boolean restoring;
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

    @jakarta.inject.Inject
    public PriorArtViewModel(TaskExecutor tasks, Workspace workspace, MatterViewModel matters) {
        this(tasks, new BundledPriorArtEngine(), workspace.charts(), matters.currentProperty());
    }

    /**
     * @param matter the open matter (its id tells when another matter is opened; its specification is charted when
     *               {@link #includeSpecificationProperty()} is on)
     */
    public PriorArtViewModel(TaskExecutor tasks, Engine engine, ChartRepository charts, ObservableValue<Matter> matter) {
        this.tasks = tasks;
        this.engine = engine;
        this.charts = charts;
        this.matter = matter;
        matter.addListener((o, was, now) -> {
            if (!Objects.equals(idOf(now), shownFor)) {
                show(now);
            }
        });
        includeSpecification.addListener((o, was, now) -> {
            MatterId id = shownFor;
            if (!restoring && id != null) {
                tasks.submit(() -> {
                    charts.setIncludesSpecification(id, now);
                    return id;
                }, x -> { }, e -> status.set("Cannot keep the choice: " + firstLine(e)));
            }
        });
        show(matter.getValue());
    }

    private static MatterId idOf(Matter m) {
        return m == null ? null : m.id();
    }

    /** Shows the chart state stored with matter {@code m}: its references and choice; its last chart is not kept. */
    private void show(Matter m) {
        cancel();
        shownFor = idOf(m);
        chart.set(null);
        review = new ChartReview();
        referenceKeys = List.of();
        references.clear();
        status.set("");
        setIncludeSpecification(false);
        if (m == null) {
            return;
        }
        MatterId id = m.id();
        record Stored(List<Path> references, boolean specification) {
        }
        tasks.submit(() -> new Stored(charts.references(id), charts.includesSpecification(id)), stored -> {
            if (id.equals(shownFor)) { // another matter opened meanwhile: its state is shown
                references.setAll(stored.references());
                setIncludeSpecification(stored.specification());
            }
        }, e -> status.set("Cannot read the matter's chart: " + firstLine(e)));
    }

    private void setIncludeSpecification(boolean on) {
        restoring = true;
        try {
            includeSpecification.set(on);
        } finally {
            restoring = false;
        }
    }

    /** Whether the matter's own specification is charted beside the references (kept with the matter). */
    public javafx.beans.property.BooleanProperty includeSpecificationProperty() {
        return includeSpecification;
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

    /** Adds a reference file to the matter's chart and keeps the list with the matter. */
    public void addReference(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!references.contains(absolute)) {
            references.add(absolute);
            saveReferences();
        }
    }

    /** Takes a reference off the matter's chart (its marks stay stored, for when it is added again). */
    public void removeReference(Path file) {
        if (references.remove(file)) {
            saveReferences();
        }
    }

    private void saveReferences() {
        MatterId id = shownFor;
        if (id == null) {
            return; // no matter open: the list lasts for the session
        }
        List<Path> files = List.copyOf(references);
        tasks.submit(() -> {
            charts.saveReferences(id, files);
            return id;
        }, x -> { }, e -> status.set("Cannot keep the reference list: " + firstLine(e)));
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
        Matter open = matter.getValue();
        List<ReferenceIndexer.TextReference> texts = includeSpecification.get() && open != null
                && !SpecificationReference.of(open).paragraphs().isEmpty()
                ? List.of(SpecificationReference.forChart(open)) : List.of();
        if (references.isEmpty() && texts.isEmpty()) {
            status.set(includeSpecification.get() ? "The specification is empty; add a reference."
                    : "Add a reference first.");
            return;
        }
        List<Path> files = List.copyOf(references);
        MatterId id = shownFor;
        running.set(true);
        progress.set(0);
        int count = files.size() + texts.size();
        status.set("Indexing " + count + (count == 1 ? " reference\u2026" : " references\u2026"));
        Callable<Charted> work = () -> {
            worker.set(Thread.currentThread());
            try {
                ReferenceIndexer indexer = new ReferenceIndexer(engine.embedder(), engine.modelName(), engine.cache());
                try (PassageLibrary library = indexer.library(files, texts, (done, total) ->
                        tasks.runOnUi(() -> progress.set(total == 0 ? 1 : done / (double) total)))) {
                    ClaimChart c = ClaimCharter.chart(claims, Set.of(), library, PER_REFERENCE);
                    Map<ChartCellKey, ChartReview.Cell> stored = id == null ? Map.of() : charts.marks(id);
                    return new Charted(c, indexer.keys(), ChartReview.restored(c, indexer.keys(), stored));
                }
            } finally {
                worker.set(null);
                Thread.interrupted(); // a cancel that came after the last check must not leak into the next task
            }
        };
        tasks.submit(work, charted -> {
            running.set(false);
            progress.set(1);
            if (!Objects.equals(id, shownFor)) {
                return; // charted for a matter no longer open
            }
            ClaimChart c = charted.chart();
            review = charted.review();
            referenceKeys = charted.referenceKeys();
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

    /**
     * The reviewer's verdict on passage {@code match} of element {@code row}; a null mark and empty note clear it. It
     * is kept with the matter, so it is shown again when the same passage is charted for the same element.
     */
    public void mark(int row, int match, ChartReview.Mark mark, String note) {
        review.set(row, match, mark, note);
        reviewChanges.set(reviewChanges.get() + 1);
        MatterId id = shownFor;
        ClaimChart c = chart.get();
        if (id == null || c == null) {
            return;
        }
        ChartCellKey key = ChartCellKey.of(c, referenceKeys, row, match);
        ChartReview.Cell cell = new ChartReview.Cell(mark, note);
        tasks.submit(() -> {
            charts.saveMark(id, key, cell);
            return key;
        }, k -> { }, e -> status.set("Cannot keep the mark: " + firstLine(e)));
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
