package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.editor.AnalyzedArea;
import io.patentdesk.editor.FindReplaceBar;

/** Edit → Find / Replace: opens the bar over the document, searching for the selected text if there is any. */
public final class FindReplaceCommand extends Command {
    private final FindReplaceBar bar;
    private final DocumentView document;

    public FindReplaceCommand(FindReplaceBar bar, DocumentView document) {
        this.bar = bar;
        this.document = document;
    }

    @Override
    public void execute() {
        AnalyzedArea a = document.activeAreaProperty().get();
        bar.open(a == null ? "" : a.getSelectedText());
    }
}
