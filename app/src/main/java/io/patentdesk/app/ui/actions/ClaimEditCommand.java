package io.patentdesk.app.ui.actions;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimEditException;
import io.patentdesk.analyzer.ClaimRenumbering;
import io.patentdesk.app.assist.CaretClaim;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.ClaimsArea;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;

/**
 * A claims-as-a-list edit on the claim the caret is in: the claims analyzer computes the new text (numbers and every
 * reference) on the task executor, and the result goes into the claims area as one undoable edit, only if the text
 * is still the one it was computed from. A refusal ("claim 3 refers to claim 2...") and notes about changed
 * references are shown in the status bar.
 */
public abstract class ClaimEditCommand extends Command {
    private final ClaimsArea area;
    private final TaskExecutor tasks;
    private final EventBus bus;

    protected ClaimEditCommand(ClaimsArea area, ObservableObjectValue<?> openMatter, TaskExecutor tasks, EventBus bus) {
        this.area = area;
        this.tasks = tasks;
        this.bus = bus;
        executableProperty().bind(Bindings.isNotNull(openMatter));
    }

    /** The edit for {@code claims} with the caret in {@code caretClaim}. */
    protected abstract ClaimRenumbering.Result edit(String claims, Claim caretClaim);

    /** What the status bar says when the edit is made, e.g. "Deleted claim 3; claims renumbered." */
    protected abstract String done(Claim caretClaim);

    @Override
    public void execute() {
        String text = area.currentText();
        int caret = area.getCaretPosition();
        long version = area.textVersion();
        tasks.submit(() -> {
            Optional<Claim> at = CaretClaim.at(text, caret);
            if (at.isEmpty()) {
                throw new ClaimEditException("There are no numbered claims.");
            }
            return new Outcome(edit(text, at.get()), done(at.get()));
        }, outcome -> apply(text, version, outcome), e -> bus.publish(new StatusMessage(
                e instanceof ClaimEditException ? e.getMessage() : "The claims could not be edited: " + UserMessages.of(e))));
    }

    private void apply(String before, long version, Outcome outcome) {
        if (area.textVersion() != version) {
            bus.publish(new StatusMessage("The claims changed meanwhile: try again."));
            return;
        }
        String after = outcome.result().text();
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // Only the changed middle is replaced: the rest keeps its styles, and one undo restores it all.
        area.replaceAsOneEdit(prefix, before.length() - suffix, after.substring(prefix, after.length() - suffix));
        area.moveTo(Math.min(outcome.result().focus(), area.getLength()));
        area.requestFollowCaret();
        area.requestFocus();
        String notes = String.join(" ", outcome.result().notes());
        bus.publish(new StatusMessage(outcome.message() + (notes.isEmpty() ? "" : " " + notes)));
    }

    private record Outcome(ClaimRenumbering.Result result, String message) {}
}
