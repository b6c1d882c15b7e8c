package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.VersionHistoryDialog;
import io.patentdesk.app.ui.VersionHistoryViewModel;
import javafx.stage.Window;

/** File → Version History: the open matter's stored versions, after the editors' latest text is pushed. */
public final class VersionHistoryCommand extends Command {
    private final Window owner;
    private final VersionHistoryViewModel history;
    private final Dialogs dialogs;
    private final DocumentView document;

    public VersionHistoryCommand(Window owner, VersionHistoryViewModel history, Dialogs dialogs, DocumentView document) {
        this.owner = owner;
        this.history = history;
        this.dialogs = dialogs;
        this.document = document;
    }

    @Override
    public void execute() {
        document.pushAll();
        VersionHistoryDialog.show(owner, history, dialogs);
    }
}
