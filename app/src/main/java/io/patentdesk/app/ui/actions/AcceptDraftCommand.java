package io.patentdesk.app.ui.actions;

import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.assist.AcceptCheck;
import io.patentdesk.app.ui.assist.AssistRequest;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.DraftInput;
import io.patentdesk.editor.AnalyzedArea;
import java.util.Optional;

/**
 * The preview's Accept: inserts the draft as one undoable edit, only into the matter it was made for; never replaces
 * the user's text, nor inserts a draft of text that has changed since, without asking.
 */
public final class AcceptDraftCommand extends Command {
    private final AssistantViewModel assistant;
    private final MatterViewModel matters;
    private final DocumentView document;
    private final Dialogs dialogs;

    public AcceptDraftCommand(AssistantViewModel assistant, MatterViewModel matters, DocumentView document, Dialogs dialogs) {
        this.assistant = assistant;
        this.matters = matters;
        this.document = document;
        this.dialogs = dialogs;
    }

    @Override
    public void execute() {
        AssistRequest r = assistant.requestProperty().get();
        if (r == null) {
            return;
        }
        document.pushAll();
        AcceptCheck check = assistant.checkAccept(matters.current());
        switch (check.verdict()) {
            case REFUSE -> {
                dialogs.info(check.title(), check.message());
                return;
            }
            case ASK -> {
                if (!dialogs.confirm(check.title(), check.message(), "Insert")) {
                    return;
                }
            }
            case INSERT -> { }
        }
        String current = assistant.previewProperty().get().strip();
        switch (r.action().target()) {
            case ABSTRACT -> {
                AnalyzedArea area = document.abstractArea();
                if (!area.getText().isBlank() && !dialogs.confirm("Replace the abstract?",
                        "The abstract already has text. Replace it with the drafted abstract? (Ctrl+Z brings it back.)", "Replace")) {
                    return;
                }
                accepted().ifPresent(t -> {
                    document.show(area);
                    area.replaceAsOneEdit(0, area.getLength(), t);
                });
            }
            case TITLE -> {
                String title = document.titleField().getText();
                if (!title.isBlank() && !dialogs.confirm("Replace the title?",
                        "Replace \u201c" + title + "\u201d with \u201c" + current + "\u201d?", "Replace")) {
                    return;
                }
                accepted().ifPresent(t -> document.titleField().setText(t.lines().findFirst().orElse(t)));
            }
            case CLAIMS_END -> accepted().ifPresent(t -> appendParagraph(document.claimsArea(), t));
            case SUMMARY_END -> accepted().ifPresent(t -> appendParagraph(document.sectionArea(Section.SUMMARY), t));
            case DESCRIPTION_END -> accepted().ifPresent(t -> appendParagraph(document.sectionArea(Section.DETAILED_DESCRIPTION), t));
            case SELECTION -> {
                // The check above found the selected text still in place, in the part the selection came from.
                AnalyzedArea area = assistant.originProperty().get().input() instanceof DraftInput.Selection s
                        ? document.areaFor(s.part()) : null;
                if (area == null) {
                    return;
                }
                accepted().ifPresent(t -> {
                    document.show(area);
                    area.replaceAsOneEdit(r.start(), r.end(), t);
                });
            }
            case NONE -> { }
        }
    }

    /** The draft, taken from the preview, if it was made for the matter open now (re-checked after any dialog). */
    private Optional<String> accepted() {
        return assistant.acceptInto(matters.current());
    }

    private void appendParagraph(AnalyzedArea area, String text) {
        document.show(area);
        int end = area.getLength();
        String sep = area.getText().isBlank() ? "" : area.getText().endsWith("\n\n") ? "" : area.getText().endsWith("\n") ? "\n" : "\n\n";
        area.replaceAsOneEdit(end, end, sep + text);
        area.moveTo(area.getLength());
        area.requestFollowCaret();
    }
}
