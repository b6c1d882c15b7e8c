package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.store.MatterDiff;
import io.patentdesk.app.store.VersionInfo;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.task.TaskExecutor;
import jakarta.inject.Inject;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The open matter's version history: list the snapshots, diff one against the current text, take one, restore one. */
public final class VersionHistoryViewModel {
    private final Workspace workspace;
    private final MatterViewModel matters;
    private final TaskExecutor tasks;
    private final EventBus bus;
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper(this, "diff", "");

    @Inject
    public VersionHistoryViewModel(Workspace workspace, MatterViewModel matters, TaskExecutor tasks, EventBus bus) {
        this.workspace = workspace;
        this.matters = matters;
        this.tasks = tasks;
        this.bus = bus;
    }

    public ObservableList<VersionInfo> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    /** The selected version against the current text, as a unified diff ("" when nothing is selected). */
    public ReadOnlyStringProperty diffProperty() {
        return diff.getReadOnlyProperty();
    }

    public void refresh() {
        Matter m = matters.current();
        if (m == null) {
            versions.clear();
            return;
        }
        tasks.submit(() -> workspace.history().list(m.id()), versions::setAll, e -> fail("Cannot list the versions", e));
    }

    /** Shows what changed between {@code v} and the current text. */
    public void select(VersionInfo v) {
        Matter current = matters.current();
        if (v == null || current == null) {
            diff.set("");
            return;
        }
        tasks.submit(() -> {
            MatterDiff d = MatterDiff.between(workspace.history().read(v.id()), current);
            return d.isEmpty() ? "No differences: this version equals the current text." : d.unified("version " + v.saved(), "current", 2);
        }, diff::set, e -> fail("Cannot compare the versions", e));
    }

    /** Saves the current text as a named version. */
    public void snapshot(String label) {
        Matter m = matters.current();
        if (m == null) {
            return;
        }
        tasks.submit(() -> workspace.history().snapshot(m, label), v -> {
            bus.publish(new StatusMessage("Saved version \u201c" + label + "\u201d"));
            refresh();
        }, e -> fail("Cannot save the version", e));
    }

    public void restore(VersionInfo v) {
        matters.restore(v.id());
    }

    private void fail(String what, Throwable e) {
        UserMessages.log(what, e);
        bus.publish(new UserError(what, UserMessages.of(e)));
    }
}
