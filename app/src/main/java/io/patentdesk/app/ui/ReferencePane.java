package io.patentdesk.app.ui;

import io.patentdesk.app.io.ReferenceDocument;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * A prior-art document beside the draft: read-only, selectable (to copy a passage), with the page number of each
 * paragraph in the margin so a citation can name the page.
 */
public final class ReferencePane extends BorderPane {
    private final StyleClassedTextArea text = new StyleClassedTextArea();
    private final Label title = new Label();
    private final List<Integer> pageOfParagraph = new ArrayList<>();
    private ReferenceDocument document;

    public ReferencePane(Runnable onClose) {
        getStyleClass().add("reference-pane");
        text.setId("referenceText");
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().addAll("reference-area", "patent-area");
        text.getStylesheets().add(io.patentdesk.editor.AnalyzedArea.class.getResource("editor.css").toExternalForm());
        text.setParagraphGraphicFactory(i -> {
            Label l = new Label();
            l.getStyleClass().add("page-number");
            boolean firstOfPage = i < pageOfParagraph.size() && (i == 0 || !pageOfParagraph.get(i).equals(pageOfParagraph.get(i - 1)));
            l.setText(firstOfPage ? "p. " + pageOfParagraph.get(i) : "");
            l.setAlignment(Pos.TOP_RIGHT);
            return l;
        });
        Label heading = new Label("REFERENCE");
        heading.getStyleClass().add("pane-title");
        title.getStyleClass().add("pane-subtitle");
        title.setId("referenceTitle");
        Button close = new Button("\u2715");
        close.getStyleClass().add("small-button");
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, heading, title, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pane-head");
        setTop(head);
        setCenter(new VirtualizedScrollPane<>(text));
    }

    public void show(ReferenceDocument doc) {
        pageOfParagraph.clear();
        StringBuilder sb = new StringBuilder();
        for (ReferenceDocument.Page p : doc.pages()) {
            String body = p.text().strip();
            if (body.isEmpty()) {
                body = "(no text on this page)";
            }
            for (String line : body.split("\n", -1)) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(line);
                pageOfParagraph.add(p.number());
            }
        }
        text.replaceText(sb.toString());
        text.moveTo(0);
        text.requestFollowCaret();
        title.setText(doc.title() + " \u00b7 " + doc.pageCount() + (doc.pageCount() == 1 ? " page" : " pages"));
        // Last, so that whoever sees the document also sees its text.
        this.document = doc;
    }

    public ReferenceDocument document() {
        return document;
    }

    /** The page that paragraph {@code index} of the shown text came from. */
    public int pageOfParagraph(int index) {
        return pageOfParagraph.get(index);
    }

    /** Scrolls so that {@code page} starts at the top (the first paragraph of that page). */
    public void showPage(int page) {
        int i = pageOfParagraph.indexOf(page);
        if (i >= 0) {
            text.moveTo(i, 0);
            text.showParagraphAtTop(i);
        }
    }

    public StyleClassedTextArea textArea() {
        return text;
    }
}
