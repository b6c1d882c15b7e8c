package io.patentdesk.app.ui.recovery;

import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.store.Backup;
import io.patentdesk.app.store.BackupContents;
import io.patentdesk.app.store.RecoveredMatter;
import io.patentdesk.app.store.SalvagePlan;
import io.patentdesk.app.store.WorkspaceRecovery;
import io.patentdesk.app.store.WorkspaceSalvage;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The way out of a damaged workspace, as state the dialog shows: what a salvage would bring back (worked out in
 * the background as soon as the dialog opens), the backups with what each holds and what restoring it instead would
 * lose, and the two actions. Every disk step runs on the task executor; the damaged file is only ever moved aside.
 */
public final class RecoveryViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private final Path directory;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<SalvagePlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyStringWrapper salvageSummary = new ReadOnlyStringWrapper(this, "salvageSummary",
            "Working out what can be recovered\u2026");
    private final ObservableList<String> salvageLines = FXCollections.observableArrayList();
    private final ObservableList<Backup> backups = FXCollections.observableArrayList();
    private final ObservableList<String> backupMatters = FXCollections.observableArrayList();
    private final ObservableList<String> lostByRestoring = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper backupSummary = new ReadOnlyStringWrapper(this, "backupSummary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private BackupContents selected;
    private int selection;

    public RecoveryViewModel(Path directory, TaskExecutor tasks) {
        this.directory = directory;
        this.tasks = tasks;
    }

    /** Lists the backups and starts working out the salvage. */
    public void load() {
        tasks.submit(() -> WorkspaceRecovery.backups(directory), backups::setAll, e -> { });
        tasks.submit(() -> WorkspaceSalvage.plan(directory), this::planned,
                e -> salvageSummary.set("A salvage is not possible: " + UserMessages.of(e)));
    }

    private void planned(SalvagePlan p) {
        long whole = p.recovered().stream().filter(RecoveredMatter::intact).count();
        salvageSummary.set("Salvage recovers " + p.recovered().size() + " matter" + (p.recovered().size() == 1 ? "" : "s")
                + " (" + whole + " exactly as last saved), " + p.contents()
                + p.backupUsed().map(b -> ", merged with the backup of " + WHEN.format(b.taken())).orElse("") + ".");
        salvageLines.setAll(p.recovered().stream().map(RecoveryViewModel::line).toList());
        for (String u : p.unrecoverable()) {
            salvageLines.add("Not recoverable: " + u);
        }
        if (selected != null) {
            lostByRestoring.setAll(p.lostByRestoring(selected));
        }
        plan.set(p); // last: whoever waits on the plan sees its summary and lines
    }

    static String line(RecoveredMatter r) {
        String state = r.intact() ? "as last saved"
                : r.behind().isZero() ? "from " + r.source() + "; later edits, if any, could not be read"
                        : "from " + r.source() + "; the last " + Math.max(1, r.behind().toMinutes())
                                + " min of edits could not be read";
        return "\u201c" + r.title() + "\u201d \u2014 last edit " + WHEN.format(r.lastEdit()) + " \u2014 " + state;
    }

    /** Shows what {@code b} holds and what restoring it instead of salvaging would lose. */
    public void select(Backup b) {
        int request = ++selection;
        selected = null;
        backupMatters.clear();
        lostByRestoring.clear();
        if (b == null) {
            backupSummary.set("");
            return;
        }
        backupSummary.set("Reading the backup of " + WHEN.format(b.taken()) + "\u2026");
        tasks.submit(() -> BackupContents.read(b), contents -> {
            if (request != selection) {
                return; // the user has chosen another backup since: its own read will answer
            }
            selected = contents;
            List<MatterSummary> ms = contents.summaries();
            backupSummary.set("The backup of " + WHEN.format(b.taken())
                    + (b.reasonText().isEmpty() ? "" : " (taken " + b.reasonText() + ")") + " holds " + ms.size()
                    + " matter" + (ms.size() == 1 ? "" : "s") + ":");
            backupMatters.setAll(ms.stream().map(m -> "\u201c" + m.title() + "\u201d \u2014 last edit "
                    + WHEN.format(m.modified())).toList());
            if (plan.get() != null) {
                lostByRestoring.setAll(plan.get().lostByRestoring(contents));
            }
        }, e -> {
            if (request == selection) {
                backupSummary.set(UserMessages.of(e));
            }
        });
    }

    /** Salvages; {@code done} gets where the damaged file was moved. */
    public void salvage(Consumer<Path> done, Consumer<Throwable> failed) {
        SalvagePlan p = plan.get();
        if (p == null) {
            return;
        }
        run(() -> WorkspaceSalvage.apply(directory, p), done, failed);
    }

    /** Restores {@code b} in place of the damaged file; {@code done} gets where the damaged file was moved. */
    public void restore(Backup b, Consumer<Path> done, Consumer<Throwable> failed) {
        run(() -> WorkspaceRecovery.restore(directory, b), done, failed);
    }

    private void run(java.util.concurrent.Callable<Path> work, Consumer<Path> done, Consumer<Throwable> failed) {
        busy.set(true);
        tasks.submit(work, aside -> {
            busy.set(false);
            done.accept(aside);
        }, e -> {
            busy.set(false);
            failed.accept(e);
        });
    }

    public ReadOnlyObjectProperty<SalvagePlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty salvageSummaryProperty() {
        return salvageSummary.getReadOnlyProperty();
    }

    public ObservableList<String> salvageLines() {
        return salvageLines;
    }

    public ObservableList<Backup> backups() {
        return backups;
    }

    public ReadOnlyStringProperty backupSummaryProperty() {
        return backupSummary.getReadOnlyProperty();
    }

    public ObservableList<String> backupMatters() {
        return backupMatters;
    }

    /** What restoring the selected backup instead of salvaging would lose, one line per matter. */
    public ObservableList<String> lostByRestoring() {
        return lostByRestoring;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
