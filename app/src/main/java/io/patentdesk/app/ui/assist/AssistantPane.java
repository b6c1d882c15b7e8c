package io.patentdesk.app.ui.assist;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The assistant at the bottom: action buttons, the streaming preview, and Accept / Discard / Regenerate / Cancel. */
public final class AssistantPane extends BorderPane {
    private final TextArea preview = new TextArea();
    private final Map<AssistAction, Button> actions = new EnumMap<>(AssistAction.class);
    private final Button accept = new Button("Accept");
    private final Button discard = new Button("Discard");
    private final Button regenerate = new Button("Regenerate");
    private final Button cancel = new Button("Cancel");

    /**
     * @param onAction called when the user picks an action (the window builds the request from the document)
     * @param canRun whether an action's command can run now (a matter is open, nothing is generating): its button
     *     follows it, as the menu item of the same command does
     * @param onAccept called when the user accepts the preview (the window inserts the text as one edit)
     */
    public AssistantPane(AssistantViewModel vm, ModelViewModel models, Consumer<AssistAction> onAction,
            Function<AssistAction, ObservableBooleanValue> canRun, Runnable onAccept) {
        getStyleClass().add("assistant");
        Label title = new Label("ASSISTANT");
        title.getStyleClass().add("pane-title");
        FlowPane buttons = new FlowPane(6, 6);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (AssistAction a : AssistAction.values()) {
            if (!a.usesModel()) {
                continue;
            }
            Button b = new Button(a.label());
            b.setId("assist-" + a.name());
            b.getStyleClass().add("action-button");
            b.setTooltip(new Tooltip(a.description()));
            b.setOnAction(e -> onAction.accept(a));
            b.disableProperty().bind(javafx.beans.binding.Bindings.not(canRun.apply(a)).or(
                    javafx.beans.binding.Bindings.createBooleanBinding(() -> !models.stateProperty().get().ready(), models.stateProperty())));
            actions.put(a, b);
            buttons.getChildren().add(b);
        }
        Label modelNote = new Label();
        modelNote.getStyleClass().add("assistant-note");
        modelNote.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            var s = models.stateProperty().get();
            return switch (s.status()) {
                case READY -> "";
                case LOADING -> "Loading " + s.name() + "\u2026";
                default -> s.problem();
            };
        }, models.stateProperty()));
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(12, title, buttons);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("assistant-actions");

        preview.setId("assistantPreview");
        preview.setEditable(false);
        preview.setWrapText(true);
        preview.getStyleClass().add("preview");
        preview.promptTextProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String why = modelNote.getText();
            String base = "Generated text appears here first. Nothing enters your draft until you accept it.";
            // A prompt text must be one line: TextArea rewrites one with line breaks, which a binding forbids.
            return why == null || why.isEmpty() ? base : base + " " + why + " The Draft menu works without a model.";
        }, modelNote.textProperty()));
        preview.textProperty().bind(vm.previewProperty());
        preview.textProperty().addListener((o, a, b) -> preview.positionCaret(b.length()));

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(vm.runningProperty());
        spinner.managedProperty().bind(vm.runningProperty());
        Label note = new Label();
        note.setId("assistantNote");
        note.getStyleClass().add("assistant-note");
        note.textProperty().bind(vm.noteProperty());
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        note.setMaxWidth(Double.MAX_VALUE);
        Label speed = new Label();
        speed.getStyleClass().add("assistant-note");
        speed.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                vm.tokensProperty().get() == 0 ? "" : String.format("%d tokens \u00b7 %.1f tokens/s", vm.tokensProperty().get(), vm.tokensPerSecondProperty().get()),
                vm.tokensProperty(), vm.tokensPerSecondProperty()));
        accept.setId("assistAccept");
        accept.getStyleClass().add("primary");
        accept.setOnAction(e -> onAccept.run());
        accept.disableProperty().bind(vm.hasResultProperty().not().or(vm.runningProperty()));
        discard.setId("assistDiscard");
        discard.setOnAction(e -> vm.discard());
        discard.disableProperty().bind(vm.previewProperty().isEmpty().and(vm.runningProperty().not()));
        regenerate.setId("assistRegenerate");
        regenerate.setOnAction(e -> vm.regenerate());
        regenerate.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.requestProperty().get() == null || !vm.requestProperty().get().action().usesModel(), vm.requestProperty())
                .or(vm.runningProperty()));
        cancel.setId("assistCancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, spinner, speed, spacer, cancel, regenerate, discard, accept);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("preview-bar");
        Label findings = new Label();
        findings.setId("assistFindings");
        findings.getStyleClass().addAll("assistant-note", "draft-findings");
        findings.textProperty().bind(vm.draftFindingsProperty());
        findings.setWrapText(true);
        findings.setMaxWidth(Double.MAX_VALUE);
        // A draft with many findings scrolls here rather than push Accept and the note out of the pane.
        javafx.scene.control.ScrollPane findingsBox = new javafx.scene.control.ScrollPane(findings);
        findingsBox.setFitToWidth(true);
        findingsBox.setMaxHeight(66);
        // Its whole (bounded) height counts in the pane's minimum, so the split above makes room rather than clip Accept.
        findingsBox.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        findingsBox.prefViewportHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(66, findings.prefHeight(Math.max(100, findingsBox.getViewportBounds().getWidth()))),
                findings.textProperty(), findingsBox.viewportBoundsProperty()));
        findingsBox.getStyleClass().add("draft-findings-box");
        findingsBox.visibleProperty().bind(vm.draftFindingsProperty().isNotEmpty());
        findingsBox.managedProperty().bind(findingsBox.visibleProperty());
        // The buttons come first under the preview: when the pane is short (a small window, a tall findings box) what
        // gets clipped at its bottom is a note, never Accept.
        bar.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox(bar, findingsBox, note);
        bottom.getStyleClass().add("preview-footer");

        setTop(head);
        setCenter(preview);
        setBottom(bottom);
    }

    public Button actionButton(AssistAction a) {
        return actions.get(a);
    }
}
