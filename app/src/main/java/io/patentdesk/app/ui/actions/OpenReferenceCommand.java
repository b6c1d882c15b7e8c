package io.patentdesk.app.ui.actions;

import io.patentdesk.app.io.MatterImporter;
import io.patentdesk.app.io.ReferenceDocument;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.TaskExecutor;
import java.nio.file.Path;
import java.util.function.ObjIntConsumer;
import javafx.stage.FileChooser;

/** File → Open Reference PDF: reads a prior-art PDF in the background and has the window show it beside the draft. */
public final class OpenReferenceCommand extends Command {
    private final Dialogs dialogs;
    private final TaskExecutor tasks;
    private final EventBus bus;
    private final ObjIntConsumer<ReferenceDocument> show;

    /** @param show shows the read document, scrolled to the page given when it is above 0 */
    public OpenReferenceCommand(Dialogs dialogs, TaskExecutor tasks, EventBus bus, ObjIntConsumer<ReferenceDocument> show) {
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.bus = bus;
        this.show = show;
    }

    @Override
    public void execute() {
        dialogs.openFile("Open a prior-art PDF", new FileChooser.ExtensionFilter("PDF documents", "*.pdf"))
                .ifPresent(f -> open(f.toPath(), 0));
    }

    /** Reads {@code file} in the background and shows it at {@code page} (0: where it opens). */
    public void open(Path file, int page) {
        tasks.submit(() -> new MatterImporter().importReference(file), (ReferenceDocument doc) -> {
            show.accept(doc, page);
            bus.publish(new StatusMessage("Opened reference " + file.getFileName() + " (" + doc.pageCount() + " pages)"));
        }, e -> dialogs.failed("Cannot open " + file.getFileName(), e));
    }
}
