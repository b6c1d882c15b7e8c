package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.prior.PriorArtViewModel;
import io.patentdesk.app.ui.prior.PriorArtWindow;
import java.nio.file.Path;
import java.util.function.ObjIntConsumer;
import javafx.stage.Window;

/** File → Claim Chart Against Prior Art: the claims in the editor charted against references, in their own window. */
public final class ClaimChartCommand extends Command {
    private final PriorArtWindow window = new PriorArtWindow();
    private final Window owner;
    private final PriorArtViewModel priorArt;
    private final Dialogs dialogs;
    private final DocumentView document;
    private final ObjIntConsumer<Path> openReference;

    /** @param openReference opens a charted reference beside the draft at a page */
    public ClaimChartCommand(Window owner, PriorArtViewModel priorArt, Dialogs dialogs, DocumentView document,
            ObjIntConsumer<Path> openReference) {
        this.owner = owner;
        this.priorArt = priorArt;
        this.dialogs = dialogs;
        this.document = document;
        this.openReference = openReference;
    }

    @Override
    public void execute() {
        window.show(owner, priorArt, dialogs, () -> document.claimsArea().getText(), openReference::accept);
    }
}
