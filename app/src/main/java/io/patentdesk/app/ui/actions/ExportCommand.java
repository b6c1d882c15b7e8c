package io.patentdesk.app.ui.actions;

import io.patentdesk.app.io.DocxExporter;
import io.patentdesk.app.io.PdfExporter;
import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.ExportPreflight;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.comments.CommentsViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.stage.FileChooser;

/**
 * File → Export DOCX / PDF: checks the open matter first (a matter with errors asks before it is exported), asks
 * where to, and writes it with the editors' latest text in the background.
 */
public final class ExportCommand extends Command {
    private final String kind;
    private final MatterViewModel matters;
    private final DocumentView document;
    private final CommentsViewModel comments;
    private final ExportPreflight preflight;
    private final Dialogs dialogs;
    private final TaskExecutor tasks;
    private final EventBus bus;

    /** @param kind "docx" or "pdf" */
    public ExportCommand(String kind, MatterViewModel matters, DocumentView document, CommentsViewModel comments,
            ExportPreflight preflight, Dialogs dialogs, TaskExecutor tasks, EventBus bus) {
        this.kind = kind;
        this.matters = matters;
        this.document = document;
        this.comments = comments;
        this.preflight = preflight;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.bus = bus;
        enabledWhile(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        document.pushAll();
        Matter m = matters.current();
        if (m == null) {
            dialogs.info("Export", "Open a matter first.");
            return;
        }
        preflight.check(m, warning -> {
            if (warning.isEmpty() || dialogs.confirm("Export with errors?", warning.get(), "Export anyway")) {
                chooseFile(m);
            }
        }, e -> dialogs.failed("Cannot check the matter before exporting", e));
    }

    private void chooseFile(Matter m) {
        String base = m.title().replaceAll("[\\\\/:*?\"<>|]+", "_").strip();
        dialogs.saveFile("Export " + kind.toUpperCase(Locale.ROOT), (base.isEmpty() ? "application" : base) + "." + kind,
                new FileChooser.ExtensionFilter(kind.toUpperCase(Locale.ROOT) + " documents", "*." + kind))
                .ifPresent(f -> exportTo(f.toPath()));
    }

    /** Writes the open matter (with the editors' latest text) to {@code target} in the background. */
    public void exportTo(Path target) {
        document.pushAll();
        Matter m = matters.current();
        if (m == null) {
            return;
        }
        List<Comment> exported = comments.forExport();
        tasks.submit(() -> {
            if (kind.equals("pdf")) {
                new PdfExporter().export(m, target);
            } else {
                new DocxExporter().export(m, exported, target);
            }
            return target;
        }, t -> bus.publish(new StatusMessage("Exported to " + t)), e -> dialogs.failed("Cannot export", e));
    }
}
