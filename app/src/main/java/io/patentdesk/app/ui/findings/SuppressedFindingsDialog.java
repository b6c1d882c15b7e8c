package io.patentdesk.app.ui.findings;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.SuppressedFinding;
import io.patentdesk.app.ui.AnalysisViewModel;
import io.patentdesk.app.ui.MatterViewModel;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Findings → Suppressed Findings…: what the open matter hides (rule, the text it covered, the note), kept in step with
 * the matter; Check Again takes a suppression back, and the finding returns with the next analysis.
 */
public final class SuppressedFindingsDialog {
    private SuppressedFindingsDialog() {
    }

    public static Dialog<Void> show(Window owner, MatterViewModel matters, AnalysisViewModel analysis) {
        ListView<SuppressedFinding> list = new ListView<>();
        list.setId("suppressedList");
        list.setPlaceholder(new Label("No finding of this matter is suppressed."));
        list.setPrefSize(520, 260);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(SuppressedFinding s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : "\u201c" + s.anchor() + "\u201d \u2014 " + s.ruleId()
                        + (s.note().isEmpty() ? "" : " (" + s.note() + ")"));
            }
        });
        ChangeListener<Matter> follow = (o, a, m) -> list.getItems().setAll(m == null ? java.util.List.of() : m.suppressions());
        matters.currentProperty().addListener(follow);
        follow.changed(null, null, matters.current());
        Button again = new Button("Check Again");
        again.setId("unsuppress");
        again.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        again.setOnAction(e -> {
            SuppressedFinding s = list.getSelectionModel().getSelectedItem();
            if (s != null) {
                analysis.unsuppress(s);
            }
        });
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Suppressed findings");
        d.getDialogPane().setContent(new VBox(8, list, again));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.setOnHidden(e -> matters.currentProperty().removeListener(follow));
        d.show();
        return d;
    }
}
