package io.patentdesk.app.ui.actions;

import io.patentdesk.app.io.ImportedMatter;
import io.patentdesk.app.io.MatterImporter;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.TaskExecutor;
import java.nio.file.Path;
import javafx.stage.FileChooser;

/** File → Import Draft: a text, DOCX or USPTO XML draft becomes a new matter, read in the background. */
public final class ImportDraftCommand extends Command {
    private final MatterViewModel matters;
    private final Dialogs dialogs;
    private final TaskExecutor tasks;
    private final EventBus bus;

    public ImportDraftCommand(MatterViewModel matters, Dialogs dialogs, TaskExecutor tasks, EventBus bus) {
        this.matters = matters;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.bus = bus;
    }

    @Override
    public void execute() {
        dialogs.openFile("Import a draft",
                new FileChooser.ExtensionFilter("Drafts (text, DOCX, USPTO XML)", "*.txt", "*.text", "*.md", "*.docx", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*.*"))
                .ifPresent(f -> importFile(f.toPath()));
    }

    /** Imports {@code file} as a new matter (in the background); the status bar names it and any notes. */
    public void importFile(Path file) {
        tasks.submit(() -> new MatterImporter().importDraft(file),
                (ImportedMatter imported) -> {
                    matters.add(imported.matter());
                    bus.publish(new StatusMessage("Imported " + file.getFileName()
                            + (imported.notes().isEmpty() ? "" : " \u2014 " + String.join("; ", imported.notes()))));
                },
                e -> dialogs.failed("Cannot import " + file.getFileName(), e));
    }
}
