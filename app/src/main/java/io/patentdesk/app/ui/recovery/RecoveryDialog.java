package io.patentdesk.app.ui.recovery;

import io.patentdesk.app.store.Backup;
import io.patentdesk.app.ui.UserMessages;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The dialog shown when the workspace is damaged: salvage (recommended, with the list of what comes back), or
 * restore a chosen backup (with its matters and what would be lost), or quit. Whichever is chosen, the damaged file
 * is moved aside and the dialog says where.
 */
public final class RecoveryDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm")
            .withZone(ZoneId.systemDefault());

    private RecoveryDialog() {
    }

    /**
     * Shows the dialog over {@code owner}. {@code recovered} runs after a salvage or restore (with where the damaged
     * file went), {@code quit} when the user gives up.
     */
    public static Stage show(Window owner, String problem, RecoveryViewModel vm, Consumer<Path> recovered,
            Runnable quit) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("The workspace is damaged");

        Label header = new Label("The workspace is damaged");
        header.getStyleClass().add("matter-title");
        Label why = new Label(problem);
        why.setWrapText(true);

        Label salvageTitle = new Label("Salvage (recommended): recover every matter still readable, merged with the "
                + "newest backup");
        salvageTitle.setStyle("-fx-font-weight: bold");
        salvageTitle.setWrapText(true);
        Label salvageSummary = new Label();
        salvageSummary.textProperty().bind(vm.salvageSummaryProperty());
        salvageSummary.setWrapText(true);
        ListView<String> salvageList = new ListView<>(vm.salvageLines());
        salvageList.setPrefHeight(150);
        salvageList.setId("salvageList");
        Button salvage = new Button("Salvage");
        salvage.setId("salvageButton");
        salvage.setDefaultButton(true);
        salvage.disableProperty().bind(vm.planProperty().isNull().or(vm.busyProperty()));

        Label restoreTitle = new Label("Or restore a backup");
        restoreTitle.setStyle("-fx-font-weight: bold");
        ListView<Backup> backups = new ListView<>(vm.backups());
        backups.setId("backupList");
        backups.setPrefHeight(150);
        backups.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Backup b, boolean empty) {
                super.updateItem(b, empty);
                setText(empty || b == null ? null : WHEN.format(b.taken())
                        + (b.reasonText().isEmpty() ? "" : "  \u00b7  taken " + b.reasonText())
                        + "  \u00b7  " + Math.max(1, b.sizeBytes() / 1024) + " KB");
            }
        });
        backups.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.select(b));
        Label backupSummary = new Label();
        backupSummary.textProperty().bind(vm.backupSummaryProperty());
        backupSummary.setWrapText(true);
        ListView<String> backupMatters = new ListView<>(vm.backupMatters());
        backupMatters.setPrefHeight(110);
        Label lostTitle = new Label();
        lostTitle.textProperty().bind(Bindings.createStringBinding(() -> vm.lostByRestoring().isEmpty()
                ? "" : "Restoring it instead of salvaging would lose:", vm.lostByRestoring()));
        ListView<String> lost = new ListView<>(vm.lostByRestoring());
        lost.setPrefHeight(80);
        lost.setId("lostList");
        Button restore = new Button("Restore this backup");
        restore.setId("restoreButton");
        restore.disableProperty().bind(backups.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));

        Button quitButton = new Button("Quit");
        quitButton.setCancelButton(true);
        quitButton.disableProperty().bind(vm.busyProperty()); // never quit half-way through a recovery
        Label note = new Label("The damaged file is never deleted: it is moved aside, and you are told where.");
        note.setWrapText(true);

        Consumer<Path> done = aside -> {
            stage.close();
            Alert a = new Alert(Alert.AlertType.INFORMATION, aside == null ? "The workspace was recovered."
                    : "The workspace was recovered. The damaged file was moved to " + aside + ".", ButtonType.OK);
            a.initOwner(owner);
            a.setHeaderText("Workspace recovered");
            a.showAndWait();
            recovered.accept(aside);
        };
        Consumer<Throwable> failed = e -> {
            Alert a = new Alert(Alert.AlertType.ERROR, UserMessages.of(e), ButtonType.OK);
            a.initOwner(stage);
            a.setHeaderText("The recovery did not finish");
            a.showAndWait();
        };
        salvage.setOnAction(e -> vm.salvage(done, failed));
        restore.setOnAction(e -> vm.restore(backups.getSelectionModel().getSelectedItem(), done, failed));
        quitButton.setOnAction(e -> {
            stage.close();
            quit.run();
        });
        stage.setOnCloseRequest(e -> {
            if (vm.busyProperty().get()) {
                e.consume();
            } else {
                quit.run();
            }
        });

        HBox buttons = new HBox(10, salvage, restore, quitButton);
        VBox root = new VBox(8, header, why, salvageTitle, salvageSummary, salvageList, restoreTitle, backups,
                backupSummary, backupMatters, lostTitle, lost, note, buttons);
        VBox.setVgrow(salvageList, Priority.SOMETIMES);
        root.setPadding(new Insets(16));
        root.setPrefWidth(720);
        stage.setScene(new javafx.scene.Scene(root));
        vm.load();
        stage.show();
        return stage;
    }
}
