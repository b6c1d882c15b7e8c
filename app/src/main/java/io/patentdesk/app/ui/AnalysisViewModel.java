package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.FindingItem;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Runs the claims analyzer on the open matter in the background whenever it changes (the editors hand text over
 * about 300 ms after typing stops). At most one analysis runs; edits that arrive meanwhile are analyzed next, once.
 */
@Singleton
public final class AnalysisViewModel {
    private final MatterViewModel matters;
    private final MatterAnalyzer analyzer;
    private final TaskExecutor tasks;
    private final EventBus bus;
    private final ReadOnlyObjectWrapper<AnalysisResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private Matter pending;

    @Inject
    public AnalysisViewModel(MatterViewModel matters, MatterAnalyzer analyzer, TaskExecutor tasks, EventBus bus) {
        this.matters = matters;
        this.analyzer = analyzer;
        this.tasks = tasks;
        this.bus = bus;
        matters.currentProperty().addListener((o, was, now) -> request(now));
        // The embedding model's vectors of the description came after the last analysis: analyse again with them.
        analyzer.onSemanticSupportReady(() -> tasks.runOnUi(() -> request(matters.current())));
    }

    public ReadOnlyObjectProperty<AnalysisResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Hides {@code finding} from now on; the suppression is stored with the matter. */
    public void suppress(FindingItem finding) {
        Matter m = matters.current();
        if (m != null) {
            matters.edit(x -> x.withSuppression(analyzer.suppressionFor(finding, x)));
            bus.publish(new StatusMessage("Suppressed \u201c" + finding.ruleTitle() + "\u201d for this matter"));
        }
    }

    /** Shows a suppressed finding again (Findings → Suppressed Findings…). */
    public void unsuppress(io.patentdesk.app.matter.SuppressedFinding s) {
        if (matters.current() != null) {
            matters.edit(x -> x.withoutSuppression(s));
            bus.publish(new StatusMessage("\u201c" + s.anchor() + "\u201d is checked again (" + s.ruleId() + ")"));
        }
    }

    /** Takes back the latest suppression of the open matter (Findings → Undo Suppression); false if there is none. */
    public boolean undoLastSuppression() {
        Matter m = matters.current();
        if (m == null || m.suppressions().isEmpty()) {
            bus.publish(new StatusMessage("No suppressed finding to take back."));
            return false;
        }
        unsuppress(m.suppressions().get(m.suppressions().size() - 1));
        return true;
    }

    /** Analyzes {@code m} now or after the running analysis. */
    public void request(Matter m) {
        if (m == null) {
            pending = null;
            result.set(null);
            return;
        }
        if (running.get()) {
            pending = m;
            return;
        }
        running.set(true);
        tasks.submit(() -> analyzer.analyze(m), r -> {
            // A matter closed while it was analyzed (trashed, another one opened) shows no counts or findings.
            Matter open = matters.current();
            if (open != null && open.id().equals(m.id())) {
                result.set(r);
            }
            finish();
        }, e -> {
            finish();
            UserMessages.log("analysis failed", e);
            bus.publish(new StatusMessage("The claim check failed: " + UserMessages.of(e)));
        });
    }

    private void finish() {
        running.set(false);
        Matter next = pending;
        pending = null;
        if (next != null && next == matters.current()) {
            request(next);
        }
    }
}
