package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.MatterViewModel;

/** Matter → Duplicate: a copy of the open matter with the editors' latest text. */
public final class DuplicateMatterCommand extends Command {
    private final MatterViewModel matters;
    private final DocumentView document;

    public DuplicateMatterCommand(MatterViewModel matters, DocumentView document) {
        this.matters = matters;
        this.document = document;
        enabledWhile(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        document.pushAll();
        matters.duplicateCurrent();
    }
}
