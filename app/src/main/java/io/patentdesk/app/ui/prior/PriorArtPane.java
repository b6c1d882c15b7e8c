package io.patentdesk.app.ui.prior;

import io.patentdesk.app.prior.ChartReview;
import io.patentdesk.app.prior.ClaimChart;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The claim-chart view: references (add, remove, and whether the matter's own specification is charted too),
 * Chart / Cancel with a progress bar, and the chart as a list: each claim element,
 * then its passages (reference, page, paragraph number, score; the element's words highlighted in the passage's text,
 * {@link PassageFlow}). Double-clicking a passage opens its reference at its
 * page beside the draft; its context menu marks a passage Disclosed / Partly / Not found and adds a note, which
 * Export writes into the DOCX or CSV chart.
 */
public final class PriorArtPane extends BorderPane {

    /** The list's width less what a cell's padding and a vertical scroll bar take, so a passage never runs under it. */
    private static final double PASSAGE_WIDTH_INSET = 36;

    /** One line of the chart list: an element (match null) or one of its passages, with their positions. */
    record Line(ClaimChart chart, int rowIndex, ClaimChart.Row row, int matchIndex, ClaimChart.Match match) {
    }

    public PriorArtPane(PriorArtViewModel vm, Supplier<Optional<Path>> chooseReference,
            Supplier<Optional<Path>> chooseExport, java.util.function.Function<String, Optional<String>> askNote,
            Supplier<String> claimsText, BiConsumer<Path, Integer> openAtPage) {
        getStyleClass().add("prior-art-pane");
        ListView<Path> refs = new ListView<>(vm.references());
        refs.setId("priorArtReferences");
        refs.setPrefHeight(90);
        Button add = new Button("Add Reference\u2026");
        add.setOnAction(e -> chooseReference.get().ifPresent(vm::addReference));
        Button remove = new Button("Remove");
        remove.setId("priorArtRemove");
        remove.disableProperty().bind(refs.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeReference(refs.getSelectionModel().getSelectedItem()));
        javafx.scene.control.CheckBox spec = new javafx.scene.control.CheckBox("Chart the specification too");
        spec.setId("priorArtSpecification");
        spec.setTooltip(new javafx.scene.control.Tooltip(
                "Shows where each claim element is supported in the matter's own description"));
        spec.selectedProperty().bindBidirectional(vm.includeSpecificationProperty());
        Button chart = new Button("Chart Claims");
        chart.setId("priorArtChart");
        chart.disableProperty().bind(vm.runningProperty());
        chart.setOnAction(e -> vm.chart(claimsText.get()));
        Button cancel = new Button("Cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        Label status = new Label();
        status.setId("priorArtStatus");
        status.textProperty().bind(vm.statusProperty());
        Button export = new Button("Export\u2026");
        export.setOnAction(e -> chooseExport.get().ifPresent(vm::export));
        HBox actions = new HBox(8, add, remove, chart, cancel, bar, export);
        setTop(new VBox(6, refs, spec, actions, status));

        ListView<Line> lines = new ListView<>();
        lines.setId("priorArtChartList");
        lines.getStyleClass().add("chart-list");
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                setWrapText(true);
                setPrefWidth(0);
                if (empty || line == null) {
                    setText(null);
                    setGraphic(null);
                    setAccessibleText(null);
                } else if (line.match() == null) {
                    setGraphic(null);
                    setText(describe(line, vm));
                    setAccessibleText(null);
                } else {
                    setText(null);
                    setAccessibleText(describe(line, vm)); // a screen reader reads a text flow's pieces apart
                    javafx.scene.text.TextFlow flow = PassageFlow.of(where(line, vm), line.match());
                    // A text flow wraps at its width; the list's, less the cell's padding and the scroll bar.
                    flow.prefWidthProperty().bind(v.widthProperty().subtract(PASSAGE_WIDTH_INSET));
                    setGraphic(flow);
                }
            }
        });
        vm.chartProperty().addListener((o, was, c) -> lines.getItems().setAll(linesOf(c)));
        vm.reviewChangesProperty().addListener((o, a, b) -> lines.refresh());
        javafx.scene.control.ContextMenu marks = new javafx.scene.control.ContextMenu();
        for (ChartReview.Mark m : ChartReview.Mark.values()) {
            javafx.scene.control.MenuItem item = new javafx.scene.control.MenuItem(m.label());
            item.setOnAction(e -> selectedPassage(lines).ifPresent(l -> vm.mark(l.rowIndex(), l.matchIndex(), m,
                    vm.cell(l.rowIndex(), l.matchIndex()).map(ChartReview.Cell::note).orElse(""))));
            marks.getItems().add(item);
        }
        javafx.scene.control.MenuItem note = new javafx.scene.control.MenuItem("Note\u2026");
        note.setOnAction(e -> selectedPassage(lines).ifPresent(l -> {
            var cell = vm.cell(l.rowIndex(), l.matchIndex());
            askNote.apply(cell.map(ChartReview.Cell::note).orElse("")).ifPresent(text ->
                    vm.mark(l.rowIndex(), l.matchIndex(), cell.map(ChartReview.Cell::mark).orElse(null), text));
        }));
        marks.getItems().add(note);
        lines.setContextMenu(marks);
        lines.setOnMouseClicked(e -> {
            Line l = lines.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && l != null && l.match() != null && l.match().page() != null) {
                openAtPage.accept(l.chart().references().get(l.match().reference()).file(), l.match().page());
            }
        });
        setCenter(lines);
        setPadding(new Insets(8));
    }

    private static Optional<Line> selectedPassage(ListView<Line> lines) {
        return Optional.ofNullable(lines.getSelectionModel().getSelectedItem()).filter(l -> l.match() != null);
    }

    static java.util.List<Line> linesOf(ClaimChart c) {
        java.util.List<Line> out = new java.util.ArrayList<>();
        if (c == null) {
            return out;
        }
        for (int r = 0; r < c.elements().size(); r++) {
            ClaimChart.Row row = c.elements().get(r);
            out.add(new Line(c, r, row, -1, null));
            for (int m = 0; m < row.matches().size(); m++) {
                out.add(new Line(c, r, row, m, row.matches().get(m)));
            }
        }
        return out;
    }

    /** The line as one string: an element, or a passage after {@link #where}. */
    static String describe(Line l, PriorArtViewModel vm) {
        if (l.match() == null) {
            return "Claim " + l.row().claim() + ": " + l.row().text();
        }
        return where(l, vm) + l.match().text();
    }

    /** A passage line's head, indented under its element: review mark and note, reference, page, paragraph, score. */
    static String where(Line l, PriorArtViewModel vm) {
        ClaimChart.Match m = l.match();
        Path file = l.chart().references().get(m.reference()).file().getFileName();
        String where = (m.page() == null ? "" : " p. " + m.page()) + (m.paragraph() == null ? "" : " " + m.paragraph());
        String verdict = vm.cell(l.rowIndex(), l.matchIndex())
                .map(c -> (c.mark() == null ? "" : "[" + c.mark().label() + "] ") + (c.note().isEmpty() ? "" : "(" + c.note() + ") "))
                .orElse("");
        return "    " + verdict + file + where + String.format(Locale.ROOT, "  (%.3f)  ", m.score());
    }
}
