package io.patentdesk.app.ui.actions;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.office.OfficeAndFeesDialog;
import javafx.stage.Window;

/**
 * Matter → Office and Fees…: chooses the office whose rules and fees the open matter is checked against, and the
 * USPTO entity size; the choice is saved with the matter and the matter is checked again.
 */
public final class OfficeAndFeesCommand extends Command {
    private final Window owner;
    private final MatterViewModel matters;

    public OfficeAndFeesCommand(Window owner, MatterViewModel matters) {
        this.owner = owner;
        this.matters = matters;
        executableProperty().bind(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        Matter m = matters.current();
        if (m != null) {
            OfficeAndFeesDialog.show(owner, m, matters::setOffice);
        }
    }
}
