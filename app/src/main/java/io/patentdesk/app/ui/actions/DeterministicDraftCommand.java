package io.patentdesk.app.ui.actions;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.Drafts;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.assist.AssistAction;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.DraftInput;
import io.patentdesk.app.ui.assist.DraftOrigin;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.task.TaskExecutor;

/**
 * A Draft menu action (summary, parts list, claim skeletons): text that tracks the claims exactly, computed in the
 * background without a model and offered in the assistant's preview like the model's drafts.
 */
public final class DeterministicDraftCommand extends Command {
    private final AssistAction action;
    private final MatterViewModel matters;
    private final AssistantViewModel assistant;
    private final DocumentView document;
    private final Dialogs dialogs;
    private final TaskExecutor tasks;
    private final EventBus bus;

    public DeterministicDraftCommand(AssistAction action, MatterViewModel matters, AssistantViewModel assistant,
            DocumentView document, Dialogs dialogs, TaskExecutor tasks, EventBus bus) {
        this.action = action;
        this.matters = matters;
        this.assistant = assistant;
        this.document = document;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.bus = bus;
        enabledWhile(matters.loadedProperty().isNotNull());
    }

    @Override
    public void execute() {
        if (matters.current() == null) {
            bus.publish(new StatusMessage("Open a matter first."));
            return;
        }
        document.pushAll();
        Matter m = matters.current();
        DraftOrigin origin = DraftOrigin.of(m, DraftInput.of(action));
        tasks.submit(() -> Drafts.compute(action, m), text -> assistant.offer(origin, action, text),
                e -> dialogs.failed(action.label(), e));
    }
}
