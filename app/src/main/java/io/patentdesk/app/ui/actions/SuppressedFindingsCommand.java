package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.AnalysisViewModel;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.findings.SuppressedFindingsDialog;
import javafx.stage.Window;

/** Findings → Suppressed Findings…: the open matter's suppressed findings, each one restorable. */
public final class SuppressedFindingsCommand extends Command {
    private final Window owner;
    private final MatterViewModel matters;
    private final AnalysisViewModel analysis;

    public SuppressedFindingsCommand(Window owner, MatterViewModel matters, AnalysisViewModel analysis) {
        this.owner = owner;
        this.matters = matters;
        this.analysis = analysis;
        enabledWhile(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        SuppressedFindingsDialog.show(owner, matters, analysis);
    }
}
