package io.patentdesk.app.ui.actions;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimRenumbering;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.ClaimsArea;
import javafx.beans.value.ObservableObjectValue;

/** Claims → Renumber Claims: numbers the claims 1, 2, 3... as written, with every reference following. */
public final class RenumberClaimsCommand extends ClaimEditCommand {
    public RenumberClaimsCommand(ClaimsArea area, ObservableObjectValue<?> openMatter, TaskExecutor tasks, EventBus bus) {
        super(area, openMatter, tasks, bus);
    }

    @Override
    protected ClaimRenumbering.Result edit(String claims, Claim caretClaim) {
        return ClaimRenumbering.renumber(claims);
    }

    @Override
    protected String done(Claim caretClaim) {
        return "Claims renumbered in order.";
    }
}
