package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.MatterViewModel;

/** File → New Matter: asks for a name and creates an empty matter. */
public final class NewMatterCommand extends Command {
    private final MatterViewModel matters;
    private final Dialogs dialogs;

    public NewMatterCommand(MatterViewModel matters, Dialogs dialogs) {
        this.matters = matters;
        this.dialogs = dialogs;
    }

    @Override
    public void execute() {
        dialogs.askText("New matter", "Name of the new matter:", "Untitled matter").ifPresent(matters::create);
    }
}
