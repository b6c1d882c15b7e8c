package io.patentdesk.app.ui.actions;

import io.patentdesk.app.models.ModelState;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.help.HelpDialog;
import javafx.stage.Window;

/** Help → About PatentDesk: the version, where the data lives and the model in use (or why there is none). */
public final class AboutCommand extends Command {
    private final Window owner;
    private final MatterViewModel matters;
    private final ModelViewModel models;

    public AboutCommand(Window owner, MatterViewModel matters, ModelViewModel models) {
        this.owner = owner;
        this.matters = matters;
        this.models = models;
    }

    @Override
    public void execute() {
        ModelState s = models.stateProperty().get();
        HelpDialog.showAbout(owner, matters.dataFolder(),
                s.ready() ? s.name() + " on " + s.device() : "none loaded (" + s.problem() + ")");
    }
}
