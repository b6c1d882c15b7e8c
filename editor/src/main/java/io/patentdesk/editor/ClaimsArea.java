package io.patentdesk.editor;

import java.util.List;
import javafx.scene.input.MouseEvent;

/**
 * The claims editor: claim numbers, claim references, transitions and reference numerals styled; findings underlined
 * with their message on hover; Ctrl+click (Cmd+click) on "claim 3" jumps to claim 3.
 */
public class ClaimsArea extends AnalyzedArea {

    public ClaimsArea() {
        super(Highlighter.Kind.CLAIMS);
        getStyleClass().add("claims-area");
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isShortcutDown() && e.getClickCount() == 1) {
                hit(e.getX(), e.getY()).getCharacterIndex().ifPresent(i -> {
                    if (followReferenceAt(i)) {
                        e.consume();
                    }
                });
            }
        });
    }

    /** Jumps to the first claim the reference at {@code index} names; false when there is none there. */
    public boolean followReferenceAt(int index) {
        List<Integer> targets = PatentLexicon.claimReferenceAt(getText(), index);
        return !targets.isEmpty() && goToClaim(targets.get(0));
    }

    /** Puts the caret at the start of claim {@code number}; false when the claim set has no such claim. */
    public boolean goToClaim(int number) {
        int offset = PatentLexicon.claimStart(getText(), number);
        if (offset < 0) {
            return false;
        }
        moveTo(offset);
        showParagraphAtTop(getCurrentParagraph());
        requestFocus();
        return true;
    }

    @Override
    protected String hoverText(int index) {
        String findings = super.hoverText(index);
        List<Integer> targets = PatentLexicon.claimReferenceAt(getText(), index);
        if (targets.isEmpty()) {
            return findings;
        }
        String hint = "Ctrl+click to go to claim " + targets.get(0);
        return findings == null ? hint : findings + "\n\n" + hint;
    }
}
