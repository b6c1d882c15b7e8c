package io.patentdesk.app.ui;

import io.patentdesk.editor.Severity;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The strip above the document: the open matter's name and docket, the analysis state and its error/warning badges. */
final class MatterHeader extends HBox {
    private static final String NO_MATTER = "No matter open";
    private static final String NO_MATTER_HINT = "Create a matter or open the sample from the File menu.";

    MatterHeader(MatterViewModel matters, AnalysisViewModel analysis) {
        super(10);
        Label title = new Label(NO_MATTER);
        title.getStyleClass().add("matter-title");
        title.setId("matterTitle");
        Label subtitle = new Label(NO_MATTER_HINT);
        subtitle.getStyleClass().add("matter-subtitle");
        matters.currentProperty().addListener((o, a, m) -> {
            title.setText(m == null ? NO_MATTER : m.title());
            subtitle.setText(m == null ? NO_MATTER_HINT : m.docket().isEmpty() ? "" : "Docket " + m.docket());
        });
        Label errors = badge("error");
        Label warnings = badge("warning");
        Label state = new Label();
        state.getStyleClass().add("analysis-state");
        state.setId("analysisState");
        analysis.resultProperty().addListener((o, a, r) -> {
            long e = r == null ? 0 : r.count(Severity.ERROR);
            long w = r == null ? 0 : r.count(Severity.WARNING);
            errors.setText(e + (e == 1 ? " error" : " errors"));
            warnings.setText(w + (w == 1 ? " warning" : " warnings"));
            errors.getStyleClass().setAll("label", "badge", e == 0 ? "ok" : "error");
            errors.setVisible(r != null);
            warnings.setVisible(r != null && w > 0);
            state.setText(r == null ? "" : "Checked in " + r.millis() + " ms");
        });
        analysis.runningProperty().addListener((o, a, running) -> {
            if (running) {
                state.setText("Checking\u2026");
            }
        });
        errors.setVisible(false);
        warnings.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, subtitle, spacer, state, errors, warnings);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("app-header");
    }

    private static Label badge(String kind) {
        Label l = new Label();
        l.getStyleClass().addAll("badge", kind);
        return l;
    }
}
