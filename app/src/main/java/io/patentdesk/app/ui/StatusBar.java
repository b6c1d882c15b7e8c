package io.patentdesk.app.ui;

import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar: the last message, save state, the model, its device and the generation speed. */
public final class StatusBar extends HBox {
    public StatusBar(EventBus bus, MatterViewModel matters, ModelViewModel models, AssistantViewModel assistant) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label message = new Label("Ready");
        message.setId("statusMessage");
        bus.subscribe(StatusMessage.class, m -> message.setText(m.text()));
        Label saved = new Label();
        saved.setId("saveState");
        saved.textProperty().bind(matters.saveStateProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label model = chip("statusModel");
        model.textProperty().bind(Bindings.createStringBinding(() -> {
            var s = models.stateProperty().get();
            return switch (s.status()) {
                case READY -> "Model: " + s.name();
                case LOADING -> "Model: loading\u2026";
                case FAILED -> "Model: failed to load";
                case NONE -> "Model: none";
            };
        }, models.stateProperty()));
        Label device = chip("statusDevice");
        device.textProperty().bind(Bindings.createStringBinding(() -> {
            String d = models.stateProperty().get().device();
            return d.isEmpty() ? "Device: \u2014" : "Device: " + d;
        }, models.stateProperty()));
        models.stateProperty().addListener((o, a, s) -> device.getStyleClass().removeAll("gpu"));
        models.stateProperty().addListener((o, a, s) -> {
            if (s.device().startsWith("CUDA")) {
                device.getStyleClass().add("gpu");
            }
        });
        Label speed = chip("statusSpeed");
        speed.textProperty().bind(Bindings.createStringBinding(() -> assistant.tokensPerSecondProperty().get() <= 0
                ? "\u2014 tokens/s" : String.format("%.1f tokens/s", assistant.tokensPerSecondProperty().get()),
                assistant.tokensPerSecondProperty()));
        getChildren().addAll(message, spacer, saved, model, device, speed);
    }

    private static Label chip(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-chip");
        return l;
    }
}
