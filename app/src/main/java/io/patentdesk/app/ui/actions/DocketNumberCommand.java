package io.patentdesk.app.ui.actions;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.MatterViewModel;

/** Matter → Docket Number: the firm's reference for the open matter. */
public final class DocketNumberCommand extends Command {
    private final MatterViewModel matters;
    private final Dialogs dialogs;

    public DocketNumberCommand(MatterViewModel matters, Dialogs dialogs) {
        this.matters = matters;
        this.dialogs = dialogs;
        enabledWhile(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        Matter m = matters.current();
        if (m != null) {
            dialogs.askText("Docket number", "Your firm's reference for this matter:", m.docket()).ifPresent(matters::setDocket);
        }
    }
}
