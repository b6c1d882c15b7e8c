package io.patentdesk.app.ui;

import io.patentdesk.app.amend.MatterRedline;
import io.patentdesk.app.amend.Piece;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Shows a {@link MatterRedline}: added text underlined (and green), deleted text struck through (and red), short
 * deletions in [[double brackets]] as the filed claim listing shows them.
 */
final class RedlineView extends ScrollPane {
    private final VBox paragraphs = new VBox(6);

    RedlineView() {
        paragraphs.getStyleClass().add("redline");
        paragraphs.setStyle("-fx-padding: 10;");
        setContent(paragraphs);
        setFitToWidth(true);
    }

    void show(MatterRedline redline) {
        paragraphs.getChildren().clear();
        if (redline == null) {
            return;
        }
        for (MatterRedline.Paragraph p : redline.paragraphs()) {
            paragraphs.getChildren().add(paragraph(p));
        }
    }

    private static Node paragraph(MatterRedline.Paragraph p) {
        TextFlow flow = new TextFlow();
        for (Piece piece : p.pieces()) {
            Text t = new Text(piece.bracketed() ? "[[" + piece.text() + "]]" : piece.text());
            switch (piece.kind()) {
                case ADDED -> {
                    t.setUnderline(true);
                    t.getStyleClass().add("redline-added");
                    t.setStyle("-fx-fill: #1b7a2f;");
                }
                case DELETED -> {
                    t.setStrikethrough(!piece.bracketed());
                    t.getStyleClass().add("redline-deleted");
                    t.setStyle("-fx-fill: #b3261e;");
                }
                case SAME -> t.getStyleClass().add("redline-same");
            }
            if (p.heading()) {
                t.setStyle("-fx-font-weight: bold; -fx-font-size: 1.15em;");
            }
            flow.getChildren().add(t);
        }
        return flow;
    }
}
