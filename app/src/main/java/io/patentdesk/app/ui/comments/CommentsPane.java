package io.patentdesk.app.ui.comments;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The side panel's list of the open matter's comments: the text each is on, what it says; open one, delete one. */
public final class CommentsPane extends BorderPane {
    private final ListView<CommentsViewModel.Row> list;

    public CommentsPane(CommentsViewModel vm, Consumer<CommentsViewModel.Row> open) {
        list = new ListView<>(vm.rows());
        list.setId("commentList");
        list.setPlaceholder(new Label("No comments. Select text, then Edit \u2192 Add Comment (Ctrl+Alt+M)."));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(CommentsViewModel.Row row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label quote = new Label("\u201c" + CommentsViewModel.shortQuote(row.comment()) + "\u201d"
                        + (row.detached() ? "  (text deleted)" : ""));
                quote.setStyle("-fx-font-style: italic; -fx-opacity: 0.75;");
                Label text = new Label(row.comment().text());
                text.setWrapText(true);
                text.setMaxWidth(260);
                setText(null);
                setGraphic(new VBox(2, quote, text));
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                open.accept(list.getSelectionModel().getSelectedItem());
            }
        });
        Button delete = new Button("Delete");
        delete.setId("deleteComment");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        HBox buttons = new HBox(6, delete);
        buttons.setPadding(new Insets(4, 0, 0, 0));
        setCenter(list);
        setBottom(buttons);
    }
}
