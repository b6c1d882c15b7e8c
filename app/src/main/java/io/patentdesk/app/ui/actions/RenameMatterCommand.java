package io.patentdesk.app.ui.actions;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.MatterViewModel;

/** Matter → Rename: a new, non-blank name for the open matter. */
public final class RenameMatterCommand extends Command {
    private final MatterViewModel matters;
    private final Dialogs dialogs;

    public RenameMatterCommand(MatterViewModel matters, Dialogs dialogs) {
        this.matters = matters;
        this.dialogs = dialogs;
        enabledWhile(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        Matter m = matters.current();
        if (m != null) {
            dialogs.askText("Rename matter", "New name:", m.title()).filter(t -> !t.isBlank())
                    .ifPresent(t -> matters.edit(x -> x.withTitle(t.strip())));
        }
    }
}
