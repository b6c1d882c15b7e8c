package io.patentdesk.app.ui.office;

import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;
import java.util.function.BiConsumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.Callback;

/**
 * Matter → Office and Fees…: the office whose rules and fees apply to the matter (Automatic: guessed from its text)
 * and the applicant's USPTO entity size, which only the USPTO's fees (and an Automatic guess of USPTO) use. OK hands
 * the choice to {@code chosen}; the dialog does not block the FX thread.
 */
public final class OfficeAndFeesDialog {
    private OfficeAndFeesDialog() {
    }

    private record Choice(OfficeChoice office, EntitySize entity) {}

    public static Dialog<?> show(Window owner, Matter matter, BiConsumer<OfficeChoice, EntitySize> chosen) {
        ComboBox<OfficeChoice> office = new ComboBox<>();
        office.setId("officeChoice");
        office.getItems().setAll(OfficeChoice.values());
        office.setValue(matter.office());
        labelled(office, OfficeChoice::label);
        ComboBox<EntitySize> entity = new ComboBox<>();
        entity.setId("entityChoice");
        entity.getItems().setAll(EntitySize.values());
        entity.setValue(matter.entity());
        labelled(entity, EntitySize::label);
        entity.disableProperty().bind(office.valueProperty().isNotEqualTo(OfficeChoice.USPTO)
                .and(office.valueProperty().isNotEqualTo(OfficeChoice.AUTOMATIC)));
        Label hint = new Label("The entity size sets the USPTO's fees (small 40 %, micro 20 % of large);"
                + " the EPO, CNIPA and JPO have one scale.");
        hint.setWrapText(true);
        hint.setMaxWidth(360);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, new Label("Office:"), office);
        grid.addRow(1, new Label("USPTO entity size:"), entity);
        grid.add(hint, 0, 2, 2, 1);

        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Office and Fees");
        d.setHeaderText("Which office's rules and fees apply to \u201c" + matter.title() + "\u201d?");
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new Choice(office.getValue(), entity.getValue()) : null);
        d.resultProperty().addListener((o, was, c) -> {
            if (c != null) {
                chosen.accept(c.office(), c.entity());
            }
        });
        d.show();
        return d;
    }

    private static <T> void labelled(ComboBox<T> box, java.util.function.Function<T, String> label) {
        Callback<ListView<T>, ListCell<T>> cells = lv -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
    }
}
