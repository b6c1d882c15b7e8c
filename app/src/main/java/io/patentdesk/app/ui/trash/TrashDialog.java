package io.patentdesk.app.ui.trash;

import io.patentdesk.app.store.MatterTrash;
import io.patentdesk.app.ui.MatterViewModel;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Matter → Trash…: the matters moved to the trash, newest first; Restore stores one again and opens it. */
public final class TrashDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    private TrashDialog() {
    }

    public static Dialog<Void> show(Window owner, MatterViewModel matters) {
        ListView<MatterTrash.Trashed> list = new ListView<>();
        list.setId("trashList");
        list.setPlaceholder(new Label("The trash is empty."));
        list.setPrefSize(460, 280);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(MatterTrash.Trashed t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.title() + (t.docket().isEmpty() ? "" : " [" + t.docket() + "]")
                        + " \u2014 trashed " + WHEN.format(t.trashed()));
            }
        });
        Button restore = new Button("Restore");
        restore.setId("trashRestore");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Dialog<Void> d = new Dialog<>();
        restore.setOnAction(e -> {
            MatterTrash.Trashed t = list.getSelectionModel().getSelectedItem();
            if (t != null) {
                matters.restoreFromTrash(t.id());
                d.close();
            }
        });
        d.initOwner(owner);
        d.setTitle("Trash");
        d.getDialogPane().setContent(new VBox(8, list, restore));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        matters.listTrash((List<MatterTrash.Trashed> items) -> list.getItems().setAll(items));
        d.show();
        return d;
    }
}
