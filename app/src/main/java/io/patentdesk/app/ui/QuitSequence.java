package io.patentdesk.app.ui;

import io.patentdesk.editor.AnalyzedArea;
import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The steps that take the window out of service before the toolkit exits, in the order that keeps JavaFX's native
 * side safe: input stops and the editors give up focus (and with it the window's input method) while the window still
 * stands; the window closes only once the key event that asked to quit is over; the editors are disposed after that.
 */
final class QuitSequence {
    private QuitSequence() {
    }

    /** The rich-text areas of the window: the document's areas and the reference pane. */
    static List<GenericStyledArea<?, ?, ?>> editorsOf(DocumentView document, ReferencePane reference) {
        List<GenericStyledArea<?, ?, ?>> editors = new ArrayList<>();
        editors.add(document.claimsArea());
        for (var section : DocumentView.SPEC_SECTIONS) {
            editors.add(document.sectionArea(section));
        }
        editors.add(document.abstractArea());
        editors.add(reference.textArea());
        return editors;
    }

    /**
     * Ends key and mouse handling: every input event is consumed at the scene (so no accelerator, editor or button
     * acts any more), focus moves off the editors (JavaFX switches the window's input method off when no editor has
     * focus), and the editors start no more background highlighting.
     */
    static void stopInput(Scene scene, List<GenericStyledArea<?, ?, ?>> editors) {
        scene.addEventFilter(InputEvent.ANY, Event::consume);
        scene.getRoot().requestFocus();
        for (GenericStyledArea<?, ?, ?> editor : editors) {
            if (editor instanceof AnalyzedArea area) {
                area.setHighlightExecutor(work -> { }); // a restyle that started already still lands, and is harmless
            }
        }
    }

    /** Releases the editors' subscriptions and cells (RichTextFX); only once the window is hidden. */
    static void disposeEditors(List<GenericStyledArea<?, ?, ?>> editors) {
        editors.forEach(GenericStyledArea::dispose);
    }
}
