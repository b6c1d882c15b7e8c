package io.patentdesk.app.ui.actions;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.ui.DocumentView;
import io.patentdesk.app.ui.FxWait;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.editor.AnalyzedArea;
import javafx.beans.value.ObservableObjectValue;

/**
 * Matter list → Open: opens the matter selected in the list (selecting one opens it too; this also retries an open
 * that failed) and puts the caret in its editor, so that typing can start without reaching for the mouse.
 */
public final class OpenMatterCommand extends Command {
    /** How long the caret waits for the matter to be read before it gives up (the store reports its own errors). */
    private static final double LOAD_SECONDS = 10;
    private final MatterViewModel matters;
    private final DocumentView document;
    private final ObservableObjectValue<MatterSummary> selected;

    public OpenMatterCommand(MatterViewModel matters, DocumentView document, ObservableObjectValue<MatterSummary> selected) {
        this.matters = matters;
        this.document = document;
        this.selected = selected;
        enabledWhile(javafx.beans.binding.Bindings.isNotNull(selected));
    }

    @Override
    public void execute() {
        MatterSummary s = selected.get();
        if (s == null) {
            return;
        }
        matters.open(s.id());
        FxWait.until(() -> isLoaded(s), LOAD_SECONDS, this::focusEditor, () -> { });
    }

    private boolean isLoaded(MatterSummary s) {
        Matter m = matters.loadedProperty().get();
        return m != null && m.id().equals(s.id());
    }

    private void focusEditor() {
        AnalyzedArea area = document.activeAreaProperty().get();
        if (area == null) {
            area = document.claimsArea();
            document.show(area);
        }
        area.requestFocus();
    }
}
