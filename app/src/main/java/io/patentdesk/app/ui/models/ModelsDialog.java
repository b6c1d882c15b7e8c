package io.patentdesk.app.ui.models;

import io.patentdesk.app.models.ModelInspection;
import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/**
 * Assistant → Models…: the models on the left (the bundled demo model first), the selected one's details on the
 * right, a folder to add at the bottom (typed or chosen), and the default, speed test and remove buttons.
 */
public final class ModelsDialog {
    private ModelsDialog() {
    }

    /** Opens the dialog over {@code owner} and lists the models (checked in the background). */
    public static Dialog<Void> show(Window owner, ModelsViewModel vm) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Models");
        dialog.setResizable(true);
        dialog.getDialogPane().setContent(content(owner, vm));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.getDialogPane().getStyleClass().add("models-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            if (owner.getScene().getRoot().getStyleClass().contains("dark")) {
                dialog.getDialogPane().getStyleClass().add("dark");
            }
        }
        dialog.setOnHidden(e -> vm.stopSpeedTest());
        vm.open();
        dialog.show();
        return dialog;
    }

    /** The dialog's content, for the dialog and for screenshots. */
    public static BorderPane content(Window owner, ModelsViewModel vm) {
        ListView<ModelEntry> list = new ListView<>(vm.entries());
        list.setId("modelsList");
        list.setPrefWidth(330);
        list.setPlaceholder(new Label("Reading the model list\u2026"));
        list.setCellFactory(lv -> new ListCell<>() {
            {
                // Wrap to the list's width rather than scroll sideways: a reason not to load is a long line.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(ModelEntry e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().remove("model-broken");
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                setText(e.title() + (vm.isDefault(e) ? "  (default)" : "") + "\n" + e.line());
                if (!e.checking() && !e.loads()) {
                    getStyleClass().add("model-broken");
                }
            }
        });
        vm.defaultFolderProperty().addListener((o, a, b) -> list.refresh());
        vm.entries().addListener((javafx.collections.ListChangeListener<ModelEntry>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !vm.entries().isEmpty()) {
                list.getSelectionModel().select(vm.entries().size() - 1);
            }
        });

        Label hint = new Label(ModelsViewModel.DEMO_HINT);
        hint.setId("modelsHint");
        hint.setWrapText(true);
        hint.getStyleClass().add("models-hint");
        Label override = new Label();
        override.setId("modelsOverride");
        override.setWrapText(true);
        override.textProperty().bind(vm.overrideNoteProperty());
        override.visibleProperty().bind(vm.overrideNoteProperty().isNotEmpty());
        override.managedProperty().bind(override.visibleProperty());
        VBox top = new VBox(6, hint, override);
        top.setPadding(new Insets(0, 0, 10, 0));

        GridPane details = new GridPane();
        details.setHgap(12);
        details.setVgap(6);
        details.getStyleClass().add("model-details");
        String[] rows = {"Status", "Folder", "Size on disk", "Precision", "Context", "Runs on", "Speed"};
        Label[] values = new Label[rows.length];
        for (int i = 0; i < rows.length; i++) {
            Label name = new Label(rows[i]);
            name.getStyleClass().add("detail-name");
            values[i] = new Label();
            values[i].setWrapText(true);
            values[i].setMaxWidth(420);
            details.addRow(i, name, values[i]);
        }
        values[0].setId("modelStatus");
        values[6].setId("modelSpeed");
        Runnable fill = () -> {
            ModelEntry e = list.getSelectionModel().getSelectedItem();
            ModelInspection m = e == null ? null : e.inspection();
            values[0].setText(e == null ? "" : e.checking() ? "Checking whether it loads\u2026"
                    : m.loads() ? "Loads." : "Does not load: " + m.problem());
            values[1].setText(e == null ? "" : e.folder().toString());
            values[2].setText(m == null || m.sizeBytes() == 0 ? "" : ModelInspection.size(m.sizeBytes()));
            values[3].setText(m == null ? "" : m.quantization().isEmpty() ? "unknown" : m.quantization());
            values[4].setText(m == null || !m.loads() ? "" : m.contextLength() + " tokens");
            values[5].setText(m == null ? "" : m.provider());
        };
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> fill.run());
        vm.entries().addListener((javafx.collections.ListChangeListener<ModelEntry>) c -> fill.run());
        values[6].textProperty().bind(vm.speedProperty());

        BooleanBinding noneSelected = list.getSelectionModel().selectedItemProperty().isNull();
        BooleanBinding selectedLoads = Bindings.createBooleanBinding(() -> {
            ModelEntry e = list.getSelectionModel().getSelectedItem();
            return e != null && e.loads();
        }, list.getSelectionModel().selectedItemProperty(), vm.entries());
        Button useDefault = new Button("Use as Default");
        useDefault.setId("modelsDefault");
        useDefault.getStyleClass().add("primary");
        useDefault.disableProperty().bind(selectedLoads.not().or(Bindings.createBooleanBinding(() -> {
            ModelEntry e = list.getSelectionModel().getSelectedItem();
            return e != null && vm.isDefault(e);
        }, list.getSelectionModel().selectedItemProperty(), vm.defaultFolderProperty())));
        useDefault.setOnAction(e -> vm.makeDefault(list.getSelectionModel().getSelectedItem()));
        Button test = new Button("Speed Test (5 s)");
        test.setId("modelsSpeedTest");
        test.disableProperty().bind(selectedLoads.not().or(vm.testingProperty()));
        test.setOnAction(e -> vm.speedTest(list.getSelectionModel().getSelectedItem()));
        Button stop = new Button("Stop Test");
        stop.setId("modelsStopTest");
        stop.disableProperty().bind(vm.testingProperty().not());
        stop.setOnAction(e -> vm.stopSpeedTest());
        Button remove = new Button("Remove from List");
        remove.setId("modelsRemove");
        remove.disableProperty().bind(noneSelected.or(Bindings.createBooleanBinding(() -> {
            ModelEntry e = list.getSelectionModel().getSelectedItem();
            return e != null && e.bundled();
        }, list.getSelectionModel().selectedItemProperty())));
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        HBox actions = new HBox(8, useDefault, test, stop, remove);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox right = new VBox(14, details, actions);
        right.setPadding(new Insets(0, 0, 0, 14));
        right.setPrefWidth(560);

        TextField path = new TextField();
        path.setId("modelsPath");
        path.setPromptText("Model folder (genai_config.json or config.json, tokenizer.json, .onnx)");
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Choose Folder\u2026");
        browse.setId("modelsBrowse");
        browse.setOnAction(e -> {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Choose a model folder");
            File chosen = c.showDialog(owner);
            if (chosen != null) {
                path.setText(chosen.getPath());
                vm.add(chosen.toPath());
                list.getSelectionModel().select(vm.entries().size() - 1);
            }
        });
        Button add = new Button("Add");
        add.setId("modelsAdd");
        add.disableProperty().bind(path.textProperty().isEmpty());
        Runnable addTyped = () -> {
            vm.add(Path.of(path.getText().strip()));
            list.getSelectionModel().select(vm.entries().size() - 1);
            path.clear();
        };
        add.setOnAction(e -> addTyped.run());
        path.setOnAction(e -> {
            if (!path.getText().isBlank()) {
                addTyped.run();
            }
        });
        Label message = new Label();
        message.setId("modelsMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox adding = new HBox(8, path, browse, add);
        adding.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(6, adding, message);
        bottom.setPadding(new Insets(10, 0, 0, 0));

        BorderPane root = new BorderPane();
        root.setTop(top);
        root.setLeft(list);
        root.setCenter(right);
        root.setBottom(bottom);
        root.setPrefSize(940, 520);
        return root;
    }
}
