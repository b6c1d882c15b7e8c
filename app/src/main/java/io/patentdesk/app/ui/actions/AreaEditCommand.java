package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.editor.AnalyzedArea;
import java.util.function.Consumer;

/** Edit → Undo / Redo: acts on the text area the user works in, if there is one. */
public final class AreaEditCommand extends Command {
    private final DocumentView document;
    private final Consumer<AnalyzedArea> edit;

    /** @param edit what to do to the active area, e.g. {@code AnalyzedArea::undo} */
    public AreaEditCommand(DocumentView document, Consumer<AnalyzedArea> edit) {
        this.document = document;
        this.edit = edit;
    }

    @Override
    public void execute() {
        AnalyzedArea a = document.activeAreaProperty().get();
        if (a != null) {
            edit.accept(a);
        }
    }
}
