package io.patentdesk.app.ui.actions;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimRenumbering;
import io.patentdesk.app.assist.DraftLeads;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.ClaimsArea;
import javafx.beans.value.ObservableObjectValue;

/**
 * Claims → Insert Claim After: a new claim right after the caret's claim, depending on it ("The lever of claim 2,
 * wherein "), the caret at its end; the claims after it are numbered on.
 */
public final class InsertClaimCommand extends ClaimEditCommand {
    public InsertClaimCommand(ClaimsArea area, ObservableObjectValue<?> openMatter, TaskExecutor tasks, EventBus bus) {
        super(area, openMatter, tasks, bus);
    }

    @Override
    protected ClaimRenumbering.Result edit(String claims, Claim caretClaim) {
        return ClaimRenumbering.insertAfter(claims, caretClaim.number(), DraftLeads.dependentOpening(claims, caretClaim.number()));
    }

    @Override
    protected String done(Claim caretClaim) {
        return "Inserted claim " + (caretClaim.number() + 1) + " after claim " + caretClaim.number() + ".";
    }
}
