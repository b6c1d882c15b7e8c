package io.patentdesk.app.ui.actions;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimRenumbering;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.ClaimsArea;
import javafx.beans.value.ObservableObjectValue;

/** Claims → Delete Claim: deletes the caret's claim and numbers the rest on, references included. */
public final class DeleteClaimCommand extends ClaimEditCommand {
    public DeleteClaimCommand(ClaimsArea area, ObservableObjectValue<?> openMatter, TaskExecutor tasks, EventBus bus) {
        super(area, openMatter, tasks, bus);
    }

    @Override
    protected ClaimRenumbering.Result edit(String claims, Claim caretClaim) {
        return ClaimRenumbering.delete(claims, caretClaim.number());
    }

    @Override
    protected String done(Claim caretClaim) {
        return "Deleted claim " + caretClaim.number() + "; the claims after it were renumbered (Ctrl+Z undoes it).";
    }
}
