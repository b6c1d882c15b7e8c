package io.patentdesk.app.ui;

import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.editor.ClaimTreeView;
import io.patentdesk.editor.FeeSummaryView;
import io.patentdesk.editor.FindingsView;
import io.patentdesk.editor.Severity;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The right-hand panel: findings (grouped by severity and rule), the claim tree and the fee summary, and sections added
 * by other features (the comments).
 */
public final class InsightsPane extends SplitPane {
    private final FindingsView findings = new FindingsView();
    private final ClaimTreeView tree = new ClaimTreeView();
    private final FeeSummaryView fees = new FeeSummaryView();
    private final Label summary = new Label("Not analyzed yet");
    private final CheckBox showPossible = new CheckBox("Show possible findings");
    private AnalysisResult shown;

    public InsightsPane() {
        getStyleClass().add("insights");
        setOrientation(Orientation.VERTICAL);
        findings.setId("findingsView");
        tree.setId("claimTree");
        summary.getStyleClass().add("pane-subtitle");
        summary.setId("findingsSummary");
        // Findings the analyzer is unsure of (a part of a named thing, a purpose phrase) are hidden by default.
        showPossible.setId("showPossibleFindings");
        showPossible.getStyleClass().add("pane-subtitle");
        showPossible.selectedProperty().bindBidirectional(findings.showPossibleProperty());
        findings.hiddenCountProperty().addListener((o, was, now) -> summarize());
        BorderPane findingsBox = section("FINDINGS", summary, findings);
        findingsBox.setBottom(showPossible);
        BorderPane treeBox = section("CLAIM TREE", null, tree);
        ScrollPane feeScroll = new ScrollPane(fees);
        feeScroll.setFitToWidth(true);
        feeScroll.getStyleClass().add("edge-to-edge");
        BorderPane feeBox = section("FEES", null, feeScroll);
        getItems().addAll(findingsBox, treeBox, feeBox);
        setDividerPositions(0.5, 0.73);
    }

    /** Adds a titled section below the others (the comments list). */
    public void addSection(String title, javafx.scene.Node content) {
        getItems().add(section(title, null, content));
        setDividerPositions(0.42, 0.62, 0.78);
    }

    public FindingsView findingsView() {
        return findings;
    }

    public ClaimTreeView claimTreeView() {
        return tree;
    }

    public FeeSummaryView feeView() {
        return fees;
    }

    public void show(AnalysisResult r) {
        if (r == null) {
            shown = null;
            findings.setFindings(java.util.List.of());
            tree.setClaims(java.util.List.of());
            fees.setFees(java.util.List.of(), "USD", "");
            summary.setText("No matter open");
            return;
        }
        shown = r;
        findings.setFindings(r.findings());
        tree.setClaims(r.claimTree());
        fees.setFees(r.fees(), r.feeCurrency(), r.feeNote());
        summarize();
    }

    private void summarize() {
        AnalysisResult r = shown;
        if (r == null) {
            return;
        }
        String text = counted(r.count(Severity.ERROR), "error") + " \u00b7 "
                + counted(r.count(Severity.WARNING), "warning") + " \u00b7 " + counted(r.count(Severity.INFO), "note");
        if (r.suppressed() > 0) {
            text += " \u00b7 " + r.suppressed() + " suppressed";
        }
        int hidden = findings.hiddenCountProperty().get();
        if (hidden > 0) {
            text += " \u00b7 " + hidden + " possible hidden";
        }
        summary.setText(text);
    }

    /** "1 warning", "2 warnings". */
    private static String counted(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static BorderPane section(String title, Label right, javafx.scene.Node content) {
        Label heading = new Label(title);
        heading.setMinWidth(Region.USE_PREF_SIZE); // the summary beside it gives way, never the section's name
        heading.getStyleClass().add("pane-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = right == null ? new HBox(heading) : new HBox(8, heading, spacer, right);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pane-head");
        BorderPane pane = new BorderPane(content, head, null, null, null);
        pane.getStyleClass().add("insight-section");
        return pane;
    }
}
