package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterSummary;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The list of matters on the left: filter, new, open on selection; the window gives it its context menu
 * ({@link MatterListMenu}), which acts on the selected matter.
 */
public final class MatterListView extends VBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.US).withZone(ZoneId.systemDefault());
    private final ListView<MatterSummary> list = new ListView<>();
    private boolean syncing;

    public MatterListView(MatterViewModel vm, Dialogs dialogs) {
        getStyleClass().add("matter-list");
        Label heading = new Label("MATTERS");
        heading.getStyleClass().add("pane-title");
        Button add = new Button("+ New");
        add.setId("newMatterButton");
        add.getStyleClass().add("small-button");
        add.setOnAction(e -> dialogs.askText("New matter", "Name of the new matter (e.g. a docket number):", "Untitled matter")
                .ifPresent(vm::create));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(8, heading, spacer, add);
        head.setAlignment(Pos.CENTER_LEFT);
        head.getStyleClass().add("pane-head");

        TextField filter = new TextField();
        filter.setPromptText("Filter matters (names and text)");
        filter.getStyleClass().add("filter-field");
        VBox.setMargin(filter, new javafx.geometry.Insets(0, 10, 0, 10));
        FilteredList<MatterSummary> filtered = new FilteredList<>(vm.matters());
        // Names and dockets filter at once; a matter whose claims or specification contain the text joins when the
        // search of the stored content (off the FX thread) answers.
        Runnable refilter = () -> {
            String b = filter.getText() == null ? "" : filter.getText().strip().toLowerCase(Locale.ROOT);
            java.util.Set<io.patentdesk.app.matter.MatterId> inText = vm.contentMatchesProperty().get();
            filtered.setPredicate(s -> b.isEmpty() || s.title().toLowerCase(Locale.ROOT).contains(b)
                    || s.docket().toLowerCase(Locale.ROOT).contains(b) || inText.contains(s.id()));
        };
        filter.textProperty().addListener((o, a, b) -> {
            refilter.run();
            vm.search(b);
        });
        vm.contentMatchesProperty().addListener((o, a, b) -> refilter.run());
        list.setItems(filtered);
        list.setId("matterList");
        list.setPlaceholder(new Label("No matters yet.\nClick \u201c+ New\u201d to start one."));
        list.setCellFactory(lv -> new ListCell<>() {
            {
                setPrefWidth(0); // cells follow the list's width: long names end in an ellipsis, no sideways scrolling
            }

            @Override
            protected void updateItem(MatterSummary s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label name = new Label(s.title().isBlank() ? "Untitled matter" : s.title());
                name.getStyleClass().add("matter-name");
                Label when = new Label("Edited " + WHEN.format(s.modified()));
                when.getStyleClass().add("matter-date");
                setGraphic(new VBox(2, name, when));
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (s != null && !syncing) {
                vm.open(s.id());
            }
        });
        vm.currentProperty().addListener((o, a, m) -> select(m));
        // On the filtered list the view shows, which this view holds: vm.matters() hands out a new unmodifiable view
        // each time, held by nothing and listening to the matters only weakly, so a listener on one stops hearing
        // once it is collected (and a new matter then stayed unselected in the list).
        filtered.addListener((javafx.collections.ListChangeListener<MatterSummary>) c -> select(vm.current()));

        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, filter, list);
    }

    /** The matter selected in the list (the one right-clicked, for the context menu); null when none. */
    public ReadOnlyObjectProperty<MatterSummary> selectedProperty() {
        return list.getSelectionModel().selectedItemProperty();
    }

    /** The menu shown on a right-click (or the menu key) in the list. */
    public void setMatterMenu(ContextMenu menu) {
        list.setContextMenu(menu);
    }

    private void select(Matter m) {
        syncing = true;
        try {
            if (m == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            for (MatterSummary s : list.getItems()) {
                if (s.id().equals(m.id())) {
                    list.getSelectionModel().select(s);
                    return;
                }
            }
        } finally {
            syncing = false;
        }
    }
}
