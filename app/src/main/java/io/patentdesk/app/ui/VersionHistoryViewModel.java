package io.patentdesk.app.ui;

import io.patentdesk.app.amend.ClaimListing;
import io.patentdesk.app.amend.MatterRedline;
import io.patentdesk.app.io.ClaimListingExporter;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.store.MatterDiff;
import io.patentdesk.app.store.VersionInfo;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.task.TaskExecutor;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open matter's version history: list the snapshots, compare one with the current text or two with each other
 * (a line diff and a redline), write the claim listing of an amendment between them, take one, restore one.
 */
public final class VersionHistoryViewModel {
    private final Workspace workspace;
    private final MatterViewModel matters;
    private final TaskExecutor tasks;
    private final EventBus bus;
    private final ObservableList<VersionInfo> versions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper(this, "diff", "");
    private final ReadOnlyObjectWrapper<MatterRedline> redline = new ReadOnlyObjectWrapper<>(this, "redline");
    private final ReadOnlyStringWrapper compared = new ReadOnlyStringWrapper(this, "compared", "");
    /** The two matters compared now (older, newer), or null: what "Export claim listing" writes. */
    private Matter[] pair;
    private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
            .ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.systemDefault());

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

    /** The selection as a redline (claims as an amendment's claim listing); null when nothing is selected. */
    public ReadOnlyObjectProperty<MatterRedline> redlineProperty() {
        return redline.getReadOnlyProperty();
    }

    /** What is compared: "version of ... → current text", "" when nothing is selected. */
    public ReadOnlyStringProperty comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** Shows what changed between {@code v} and the current text. */
    public void select(VersionInfo v) {
        select(v == null ? List.of() : List.of(v));
    }

    /**
     * Compares the selected versions: one with the current text, two with each other (the older as it was, the newer
     * as amended). More than two compare the oldest with the newest of them.
     */
    public void select(List<VersionInfo> selected) {
        Matter current = matters.current();
        if (selected.isEmpty() || current == null) {
            clear();
            return;
        }
        List<VersionInfo> byTime = selected.stream().sorted(Comparator.comparing(VersionInfo::saved)
                .thenComparing(VersionInfo::id)).toList();
        VersionInfo from = byTime.getFirst();
        VersionInfo to = byTime.size() > 1 ? byTime.getLast() : null;
        String fromName = "version " + from.saved();
        String toName = to == null ? "current" : "version " + to.saved();
        tasks.submit(() -> {
            Matter older = workspace.history().read(from.id());
            Matter newer = to == null ? current : workspace.history().read(to.id());
            MatterDiff d = MatterDiff.between(older, newer);
            String text = d.isEmpty() ? "No differences: " + (to == null ? "this version equals the current text."
                    : "the two versions are equal.") : d.unified(fromName, toName, 2);
            return new Comparison(older, newer, text, MatterRedline.between(older, newer));
        }, c -> {
            pair = new Matter[] {c.older(), c.newer()};
            diff.set(c.diff());
            redline.set(c.redline());
            compared.set(from.label() + ", " + WHEN.format(from.saved()) + "  \u2192  "
                    + (to == null ? "current text" : to.label() + ", " + WHEN.format(to.saved())));
        }, e -> fail("Cannot compare the versions", e));
    }

    private record Comparison(Matter older, Matter newer, String diff, MatterRedline redline) {
    }

    private void clear() {
        pair = null;
        diff.set("");
        redline.set(null);
        compared.set("");
    }

    /** Writes the claim listing (37 CFR 1.121(c)) of the versions compared now to {@code target} (.docx or .txt). */
    public void exportListing(Path target) {
        Matter[] p = pair;
        if (p == null) {
            return;
        }
        tasks.submit(() -> {
            ClaimListing listing = ClaimListing.between(p[0].claims(), p[1].claims());
            new ClaimListingExporter().export(listing, target);
            return listing;
        }, listing -> bus.publish(new StatusMessage("Wrote the claim listing (" + listing.claims().size()
                + " claims) to " + target.getFileName()
                + (listing.notes().isEmpty() ? "" : "; check: " + listing.notes().getFirst()))),
                e -> fail("Cannot write the claim listing", e));
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
