package io.patentdesk.app.ui;

import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.store.AutosaveListener;
import io.patentdesk.app.store.Autosaver;
import io.patentdesk.app.store.StoreException;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.task.TaskExecutor;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The matters in the workspace and the one being edited. Every database call runs on the task executor; edits are
 * recorded at once and written by the {@link Autosaver} within two seconds.
 */
@Singleton
public final class MatterViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final Workspace workspace;
    private final TaskExecutor tasks;
    private final EventBus bus;
    private final Autosaver autosaver;
    private final ObservableList<MatterSummary> matters = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Matter> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyObjectWrapper<Matter> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyObjectWrapper<java.util.Set<MatterId>> contentMatches =
            new ReadOnlyObjectWrapper<>(this, "contentMatches", java.util.Set.of());
    /** Counts searches, so only the latest one's answer is shown (FX thread only). */
    private long searchSeq;
    private final io.patentdesk.app.store.MatterTrash trash;
    private final io.patentdesk.app.store.LastMatter lastMatter;

    @Inject
    public MatterViewModel(Workspace workspace, TaskExecutor tasks, EventBus bus) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.bus = bus;
        this.trash = new io.patentdesk.app.store.MatterTrash(workspace);
        this.lastMatter = io.patentdesk.app.store.LastMatter.in(workspace.databaseFile().toAbsolutePath().getParent());
        this.autosaver = new Autosaver(workspace, new AutosaveListener() {
            @Override
            public void saved(MatterId id, Instant contentModified, Instant savedAt) {
                tasks.runOnUi(() -> {
                    if (isOpen(id)) { // a matter closed meanwhile (trashed, switched from) says nothing in the status bar
                        saveState.set("Saved " + CLOCK.format(savedAt));
                    }
                    refreshSummary(id);
                });
            }

            @Override
            public void failed(MatterId id, StoreException error) {
                tasks.runOnUi(() -> saveState.set("Not saved: " + error.userMessage()));
            }
        });
    }

    public ObservableList<MatterSummary> matters() {
        return FXCollections.unmodifiableObservableList(matters);
    }

    public ReadOnlyObjectProperty<Matter> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Matter current() {
        return current.get();
    }

    /**
     * The matter as last read from (or first written to) the store: editors reload their text when it changes, and
     * only then (the current value also changes with every edit).
     */
    public ReadOnlyObjectProperty<Matter> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    private void load(Matter m) {
        // The save state belongs to the matter being left: the one opened starts with none (it is as stored).
        saveState.set("");
        current.set(m);
        loaded.set(m);
        MatterId id = m == null ? null : m.id();
        // Remembered for the next start; a failure to remember is not worth interrupting the user for.
        tasks.submit(() -> {
            lastMatter.write(id);
            return id;
        }, x -> { }, e -> UserMessages.log("remembering the open matter", e));
    }

    /** The folder the workspace and the user's other data live in (Help → About). */
    public java.nio.file.Path dataFolder() {
        return workspace.databaseFile().toAbsolutePath().getParent();
    }

    /** Opens the matter that was open when the app last closed, if it still exists (once, at start). */
    public void reopenLast() {
        tasks.submit(() -> lastMatter.read().flatMap(id -> workspace.matters().load(id)).orElse(null), m -> {
            if (m != null && current.get() == null) {
                load(m);
            }
        }, e -> UserMessages.log("reopening the last matter", e));
    }

    /** Sets the open matter's docket number (the firm's reference), saved like any edit. */
    public void setDocket(String docket) {
        edit(m -> m.withDocket(docket == null ? "" : docket.strip()));
    }

    /** Sets the office the open matter is checked against and its USPTO entity size; saved like any edit. */
    public void setOffice(OfficeChoice office, EntitySize entity) {
        edit(m -> m.withOffice(office, entity));
        bus.publish(new StatusMessage(switch (office) {
            case AUTOMATIC -> "Checking against the office the text suggests (USPTO fees: " + entity.key() + " entity)";
            case USPTO -> "Checking against USPTO rules, fees for a " + entity.key() + " entity";
            default -> "Checking against " + office.label() + " rules and fees";
        }));
    }

    /** Stores a copy of the open matter (with what is pending) as a new matter named "… (copy)", and opens it. */
    public void duplicateCurrent() {
        Matter m = current.get();
        if (m == null) {
            return;
        }
        Matter copy = m.withNewId().withTitle(m.title() + " (copy)");
        tasks.submit(() -> {
            autosaver.flush();
            workspace.matters().save(copy);
            return copy;
        }, c -> {
            load(c);
            refresh();
            bus.publish(new StatusMessage("Duplicated as \u201c" + c.title() + "\u201d"));
        }, e -> fail("Cannot duplicate the matter", e));
    }

    /** Moves the open matter to the trash (restorable from Matter → Trash…) and closes it. */
    public void trashCurrent() {
        Matter m = current.get();
        if (m == null) {
            return;
        }
        tasks.submit(() -> {
            autosaver.flush();
            return trash.moveToTrash(m.id());
        }, t -> {
            load(null);
            refresh();
            bus.publish(new StatusMessage("Moved \u201c" + t.title() + "\u201d to the trash (Matter \u2192 Trash\u2026 restores it)"));
        }, e -> fail("Cannot move the matter to the trash", e));
    }

    /** The matters in the trash, read in the background and handed to {@code then} on the UI thread. */
    public void listTrash(java.util.function.Consumer<java.util.List<io.patentdesk.app.store.MatterTrash.Trashed>> then) {
        tasks.submit(trash::list, then, e -> fail("Cannot read the trash", e));
    }

    /** Restores a trashed matter and opens it. */
    public void restoreFromTrash(MatterId id) {
        tasks.submit(() -> trash.restore(id), m -> {
            load(m);
            refresh();
            bus.publish(new StatusMessage("Restored \u201c" + m.title() + "\u201d from the trash"));
        }, e -> fail("Cannot restore the matter", e));
    }

    /**
     * Searches the stored content of every matter for {@code query} off the FX thread; the answer of the latest query
     * only becomes {@link #contentMatchesProperty()} (a slow answer to an earlier query is dropped).
     */
    public void search(String query) {
        long seq = ++searchSeq;
        if (query == null || query.isBlank()) {
            contentMatches.set(java.util.Set.of());
            return;
        }
        tasks.submit(() -> workspace.matters().search(query), ids -> {
            if (seq == searchSeq) {
                contentMatches.set(ids);
            }
        }, e -> fail("Cannot search the matters", e));
    }

    /** The matters whose text contains the latest {@link #search} query. */
    public ReadOnlyObjectProperty<java.util.Set<MatterId>> contentMatchesProperty() {
        return contentMatches.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Reloads the matter list from the workspace. */
    public void refresh() {
        tasks.submit(() -> workspace.matters().list(), list -> matters.setAll(sorted(list)), e -> fail("Cannot list the matters", e));
    }

    /** Creates an empty matter and opens it. */
    public void create(String title) {
        String name = title == null || title.isBlank() ? "Untitled matter" : title.strip();
        tasks.submit(() -> workspace.matters().create(name), m -> {
            load(m);
            refresh();
            bus.publish(new StatusMessage("Created \u201c" + name + "\u201d"));
        }, e -> fail("Cannot create the matter", e));
    }

    /** Stores {@code matter} as a new matter (an import, the sample) and opens it. */
    public void add(Matter matter) {
        tasks.submit(() -> {
            workspace.matters().save(matter);
            return matter;
        }, m -> {
            load(m);
            refresh();
        }, e -> fail("Cannot store the matter", e));
    }

    public void open(MatterId id) {
        if (current.get() != null && current.get().id().equals(id)) {
            return;
        }
        tasks.submit(() -> {
            autosaver.flush(); // the list and the store agree before switching
            return workspace.matters().get(id);
        }, this::load, e -> fail("Cannot open the matter", e));
    }

    /** Applies an edit to the open matter; it is saved within two seconds. Edits that change nothing are ignored. */
    public void edit(UnaryOperator<Matter> change) {
        Matter before = current.get();
        if (before == null) {
            return;
        }
        Matter after = change.apply(before);
        if (after.sameContent(before)) {
            return;
        }
        current.set(after);
        saveState.set("Editing\u2026");
        autosaver.edited(after);
        if (!after.title().equals(before.title())) {
            replaceSummary(after);
        }
    }

    /** Deletes the open matter after the view has confirmed it. */
    public void deleteCurrent() {
        Matter m = current.get();
        if (m == null) {
            return;
        }
        tasks.submit(() -> {
            autosaver.flush();
            return workspace.matters().delete(m.id());
        }, deleted -> {
            load(null);
            refresh();
            bus.publish(new StatusMessage("Deleted \u201c" + m.title() + "\u201d"));
        }, e -> fail("Cannot delete the matter", e));
    }

    /** Restores a stored version of the open matter (after saving what is pending) and reloads the editors. */
    public void restore(long versionId) {
        tasks.submit(() -> {
            autosaver.flush();
            return workspace.history().restore(versionId);
        }, m -> {
            load(m);
            refresh();
            bus.publish(new StatusMessage("Restored the version; the text before it is kept in the history"));
        }, e -> fail("Cannot restore the version", e));
    }

    /** Writes every pending edit now (on the caller's thread: only for shutdown and tests). */
    public void flushNow() {
        autosaver.flush();
    }

    /** Saves what is pending and stops the autosaver; call once, at shutdown, off the UI thread. */
    public void close() {
        autosaver.close();
    }

    private boolean isOpen(MatterId id) {
        Matter m = current.get();
        return m != null && m.id().equals(id);
    }

    private void refreshSummary(MatterId id) {
        Matter m = current.get();
        if (m != null && m.id().equals(id)) {
            replaceSummary(m);
        }
    }

    private void replaceSummary(Matter m) {
        MatterSummary s = new MatterSummary(m.id(), m.title(), m.created(), m.modified());
        for (int i = 0; i < matters.size(); i++) {
            if (matters.get(i).id().equals(m.id())) {
                if (!matters.get(i).title().equals(s.title())) {
                    matters.set(i, s);
                }
                return;
            }
        }
    }

    private static java.util.List<MatterSummary> sorted(java.util.List<MatterSummary> list) {
        return list.stream().sorted(Comparator.comparing(MatterSummary::modified).reversed()).toList();
    }

    private void fail(String what, Throwable e) {
        UserMessages.log(what, e);
        bus.publish(new UserError(what, UserMessages.of(e)));
    }
}
