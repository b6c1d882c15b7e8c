package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.MatterViewModel;

/** Matter → Move to Trash: the open matter, with the editors' latest text, goes to the trash (restorable). */
public final class TrashMatterCommand extends Command {
    private final MatterViewModel matters;
    private final DocumentView document;

    public TrashMatterCommand(MatterViewModel matters, DocumentView document) {
        this.matters = matters;
        this.document = document;
        enabledWhile(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        document.pushAll();
        matters.trashCurrent();
    }
}
