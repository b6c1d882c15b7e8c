package io.patentdesk.app.ui;

import io.patentdesk.app.store.VersionInfo;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/** Version history of the open matter: snapshots on the left, their difference to the current text on the right. */
final class VersionHistoryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    private VersionHistoryDialog() {
    }

    static void show(Window owner, VersionHistoryViewModel vm, Dialogs dialogs) {
        ListView<VersionInfo> list = new ListView<>(vm.versions());
        list.setPlaceholder(new javafx.scene.control.Label("No versions yet. Autosave keeps one every ten minutes."));
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(VersionInfo v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : WHEN.format(v.saved()) + "  \u00b7  " + v.label());
            }
        });
        TextArea diff = new TextArea();
        diff.setEditable(false);
        diff.setStyle("-fx-font-family: 'Monospaced';");
        diff.textProperty().bind(vm.diffProperty());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> vm.select(v));

        Button save = new Button("Save a version now\u2026");
        save.setOnAction(e -> dialogs.askText("Save a version", "Name of this version:", "Before review").ifPresent(vm::snapshot));
        Button restore = new Button("Restore this version");
        restore.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Dialog<Void> dialog = new Dialog<>();
        restore.setOnAction(e -> {
            VersionInfo v = list.getSelectionModel().getSelectedItem();
            if (v != null && dialogs.confirm("Restore this version?", "The current text is kept as a version first, so the restore can be undone.", "Restore")) {
                vm.restore(v);
                dialog.close();
            }
        });
        SplitPane split = new SplitPane(list, diff);
        split.setDividerPositions(0.32);
        BorderPane content = new BorderPane(split);
        content.setBottom(new HBox(8, save, restore));
        content.setPrefSize(980, 560);
        dialog.initOwner(owner);
        dialog.setTitle("Version history");
        dialog.setHeaderText("Version history");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.setResizable(true);
        vm.refresh();
        dialog.show();
    }
}
