package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.trash.TrashDialog;
import javafx.stage.Window;

/** Matter → Trash…: the trashed matters, to restore or delete for good. */
public final class ShowTrashCommand extends Command {
    private final Window owner;
    private final MatterViewModel matters;

    public ShowTrashCommand(Window owner, MatterViewModel matters) {
        this.owner = owner;
        this.matters = matters;
    }

    @Override
    public void execute() {
        TrashDialog.show(owner, matters);
    }
}
