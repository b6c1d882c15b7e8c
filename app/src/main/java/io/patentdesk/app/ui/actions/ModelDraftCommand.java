package io.patentdesk.app.ui.actions;

import io.patentdesk.app.assist.CaretClaim;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.InsightsPane;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.assist.AssistAction;
import io.patentdesk.app.ui.assist.AssistRequest;
import io.patentdesk.app.ui.assist.AssistRequests;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.DraftInput;
import io.patentdesk.app.ui.assist.DraftOrigin;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.editor.AnalyzedArea;
import java.util.Optional;

/**
 * An Assistant action that drafts with the local model (abstract, title, claim, dependents, paragraph, rewrite,
 * explanation): builds the request from the document as the user sees it and starts the generation; the preview
 * shows it. Runnable while no generation runs.
 */
public final class ModelDraftCommand extends Command {
    private final AssistAction action;
    private final MatterViewModel matters;
    private final ModelViewModel models;
    private final AssistantViewModel assistant;
    private final DocumentView document;
    private final InsightsPane insights;
    private final Dialogs dialogs;
    private final EventBus bus;

    public ModelDraftCommand(AssistAction action, MatterViewModel matters, ModelViewModel models,
            AssistantViewModel assistant, DocumentView document, InsightsPane insights, Dialogs dialogs, EventBus bus) {
        if (!action.usesModel()) {
            throw new IllegalArgumentException(action + " needs no model");
        }
        this.action = action;
        this.matters = matters;
        this.models = models;
        this.assistant = assistant;
        this.document = document;
        this.insights = insights;
        this.dialogs = dialogs;
        this.bus = bus;
        // One generation at a time, and only for an open matter (the draft belongs to it).
        enabledWhile(assistant.runningProperty().not().and(matters.loadedProperty().isNotNull()));
    }

    @Override
    public void execute() {
        run(0);
    }

    /** Runs the action as the user would, with at most {@code maxTokens} when above 0 (smoke runs and tests). */
    public void run(int maxTokens) {
        if (matters.current() == null) {
            bus.publish(new StatusMessage("Open a matter first."));
            return;
        }
        Optional<AssistRequests> builder = models.engine().map(e -> AssistRequests.forModel(e.folder()));
        if (builder.isEmpty()) {
            assistant.reportUnavailable();
            return;
        }
        AssistRequests b = builder.get();
        document.pushAll(); // the matter holds the editors' text: the draft's origin records what it is made from
        Matter m = matters.current();
        String claims = document.claimsArea().getText();
        int caret = document.claimsArea().getCaretPosition();
        AnalyzedArea area = document.activeAreaProperty().get();
        AssistRequests.Built built = switch (action) {
            case DRAFT_ABSTRACT -> b.abstractFromClaims(claims);
            case DRAFT_TITLE -> b.titleFromClaims(claims);
            case DRAFT_CLAIM -> b.claimFromAbstract(m.section(Section.ABSTRACT));
            case SUGGEST_DEPENDENTS -> b.dependentsFor(claims, caret);
            case DESCRIBE_CLAIM -> b.paragraphFor(claims, caret);
            case REWRITE_SELECTION -> area == null ? b.rewrite("", 0, 0)
                    : b.rewrite(area.getSelectedText(), area.getSelection().getStart(), area.getSelection().getEnd());
            case EXPLAIN_FINDING -> b.explain(insights.findingsView().selectedFindingProperty().get(), claims);
            default -> throw new IllegalArgumentException(action + " needs no model");
        };
        if (built.request().isEmpty()) {
            dialogs.info(action.label(), built.problem());
            return;
        }
        AssistRequest request = built.request().get();
        if (maxTokens > 0) {
            request = request.withMaxTokens(Math.min(maxTokens, request.maxTokens()));
        }
        DraftInput input = switch (action) {
            case REWRITE_SELECTION -> new DraftInput.Selection(document.partOf(area), request.start(), request.end());
            // Dependents go after the last claim and depend on the claim the caret is in (the request found it).
            case SUGGEST_DEPENDENTS -> new DraftInput.DependentsOf(CaretClaim.at(claims, caret).map(c -> c.number()).orElse(1));
            default -> DraftInput.of(action);
        };
        assistant.start(request, DraftOrigin.of(m, input));
    }
}
