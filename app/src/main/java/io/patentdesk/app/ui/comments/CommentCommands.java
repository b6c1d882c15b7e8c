package io.patentdesk.app.ui.comments;

import io.patentdesk.app.ui.Dialogs;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.editor.AnalyzedArea;
import javafx.scene.control.IndexRange;

/** Edit → Add Comment on the selection of the area the user works in, and opening a listed comment at its text. */
public final class CommentCommands {
    private final CommentsViewModel vm;
    private final DocumentView document;
    private final Dialogs dialogs;

    public CommentCommands(CommentsViewModel vm, DocumentView document, Dialogs dialogs) {
        this.vm = vm;
        this.document = document;
        this.dialogs = dialogs;
    }

    /** Asks for the comment's text and adds it on the selected text. */
    public void add() {
        AnalyzedArea area = document.activeAreaProperty().get();
        IndexRange sel = area == null ? null : area.getSelection();
        if (area == null || sel.getLength() == 0) {
            dialogs.info("Add comment", "Select the text the comment is on first.");
            return;
        }
        document.pushAll(); // the comment's offsets are into the matter's text: it must be the text shown
        String part = document.partOf(area);
        String quote = area.getSelectedText().strip().replaceAll("\\s+", " ");
        String shown = quote.length() <= 60 ? quote : quote.substring(0, 59) + "\u2026";
        dialogs.askText("Add comment", "Comment on \u201c" + shown + "\u201d:", "")
                .filter(t -> !t.isBlank())
                .ifPresent(t -> vm.add(part, sel.getStart(), sel.getEnd(), t));
    }

    /** Shows the comment's text in its editor, selected. */
    public void open(CommentsViewModel.Row row) {
        if (row.detached()) {
            dialogs.info("Comment", "The text this comment was on has been deleted: \u201c"
                    + CommentsViewModel.shortQuote(row.comment()) + "\u201d.");
            return;
        }
        AnalyzedArea area = document.areaFor(row.comment().part());
        if (area != null) {
            document.show(area);
            area.selectRange(row.comment().start(), row.comment().end());
            area.requestFocus();
        }
    }
}
