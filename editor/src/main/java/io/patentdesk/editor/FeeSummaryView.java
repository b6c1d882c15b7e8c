package io.patentdesk.editor;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The official fees the claim set incurs, line by line with a total. */
public class FeeSummaryView extends GridPane {
    private final Label note = new Label();

    public FeeSummaryView() {
        getStyleClass().add("fee-summary");
        getStylesheets().add(AnalyzedArea.STYLESHEET);
        ColumnConstraints text = new ColumnConstraints();
        text.setHgrow(Priority.ALWAYS);
        ColumnConstraints amount = new ColumnConstraints();
        amount.setHalignment(HPos.RIGHT);
        getColumnConstraints().addAll(text, amount);
        setFees(List.of(), "USD", "");
    }

    /** Shows {@code lines} in {@code currency} (ISO code), with an optional note (fee schedule, entity size). */
    public void setFees(List<FeeLine> lines, String currency, String noteText) {
        getChildren().clear();
        NumberFormat money = NumberFormat.getCurrencyInstance(Locale.US);
        try {
            money.setCurrency(Currency.getInstance(currency));
        } catch (IllegalArgumentException unknownCurrency) {
            // Keep dollars: an unknown code comes from a fee table we do not know how to print.
        }
        int row = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (FeeLine line : lines) {
            Label label = new Label(line.label() + (line.detail().isEmpty() ? "" : "  \u00b7  " + line.detail()));
            label.getStyleClass().add("fee-label");
            label.setWrapText(true);
            Label value = new Label(money.format(line.amount()));
            value.getStyleClass().add("fee-amount");
            value.setMinWidth(Region.USE_PREF_SIZE);
            addRow(row++, label, value);
            total = total.add(line.amount());
        }
        Label totalLabel = new Label("Total");
        totalLabel.getStyleClass().add("fee-total");
        Label totalValue = new Label(money.format(total));
        totalValue.getStyleClass().addAll("fee-total", "fee-amount");
        totalValue.setMinWidth(Region.USE_PREF_SIZE);
        addRow(row++, totalLabel, totalValue);
        note.setText(noteText);
        note.getStyleClass().setAll("fee-note");
        note.setWrapText(true);
        if (!noteText.isEmpty()) {
            add(note, 0, row, 2, 1);
        }
    }
}
