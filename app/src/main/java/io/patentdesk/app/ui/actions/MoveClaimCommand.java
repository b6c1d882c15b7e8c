package io.patentdesk.app.ui.actions;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimRenumbering;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.ClaimsArea;
import javafx.beans.value.ObservableObjectValue;

/** Claims → Move Claim Up / Down: swaps the caret's claim with its neighbour, numbers and references included. */
public final class MoveClaimCommand extends ClaimEditCommand {
    private final int direction;

    /** {@code direction}: -1 up, +1 down. */
    public MoveClaimCommand(int direction, ClaimsArea area, ObservableObjectValue<?> openMatter, TaskExecutor tasks, EventBus bus) {
        super(area, openMatter, tasks, bus);
        this.direction = direction;
    }

    @Override
    protected ClaimRenumbering.Result edit(String claims, Claim caretClaim) {
        return ClaimRenumbering.move(claims, caretClaim.number(), direction);
    }

    @Override
    protected String done(Claim caretClaim) {
        return "Claim " + caretClaim.number() + " is now claim " + (caretClaim.number() + direction) + ".";
    }
}
