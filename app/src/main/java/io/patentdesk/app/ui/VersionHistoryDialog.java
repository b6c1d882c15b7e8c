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

/**
 * Version history of the open matter: snapshots on the left; on the right the selected one against the current text,
 * or two selected (Ctrl+click) against each other, as a redline (claims as an amendment's claim listing) and as a line
 * diff. "Export claim listing" writes the listing of the comparison to .docx or .txt.
 */
public final class VersionHistoryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());

    private VersionHistoryDialog() {
    }

    public static void show(Window owner, VersionHistoryViewModel vm, Dialogs dialogs) {
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
        list.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        list.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<VersionInfo>)
                c -> vm.select(java.util.List.copyOf(list.getSelectionModel().getSelectedItems())));
        RedlineView redline = new RedlineView();
        redline.setId("redline");
        vm.redlineProperty().addListener((o, a, r) -> redline.show(r));
        redline.show(vm.redlineProperty().get());
        javafx.scene.control.Label compared = new javafx.scene.control.Label();
        compared.textProperty().bind(vm.comparedProperty());
        compared.setStyle("-fx-padding: 4 8 6 8;");
        javafx.scene.control.TabPane views = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Redline", redline), new javafx.scene.control.Tab("Line diff", diff));
        views.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        BorderPane right = new BorderPane(views);
        right.setTop(compared);

        Button save = new Button("Save a version now\u2026");
        save.setOnAction(e -> dialogs.askText("Save a version", "Name of this version:", "Before review").ifPresent(vm::snapshot));
        Button restore = new Button("Restore this version");
        restore.disableProperty().bind(javafx.beans.binding.Bindings.size(list.getSelectionModel().getSelectedItems())
                .isNotEqualTo(1));
        Dialog<Void> dialog = new Dialog<>();
        restore.setOnAction(e -> {
            VersionInfo v = list.getSelectionModel().getSelectedItem();
            if (v != null && dialogs.confirm("Restore this version?", "The current text is kept as a version first, so the restore can be undone.", "Restore")) {
                vm.restore(v);
                dialog.close();
            }
        });
        Button listing = new Button("Export claim listing\u2026");
        listing.setId("export-listing");
        listing.disableProperty().bind(vm.redlineProperty().isNull());
        listing.setOnAction(e -> dialogs.saveFile("Export claim listing", "claim-listing.docx",
                new javafx.stage.FileChooser.ExtensionFilter("Word or text", "*.docx", "*.txt"))
                .ifPresent(f -> vm.exportListing(f.toPath())));
        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.32);
        BorderPane content = new BorderPane(split);
        content.setBottom(new HBox(8, save, restore, listing));
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
