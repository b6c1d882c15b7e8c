package io.patentdesk.editor;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The findings panel: findings grouped by severity, then by rule, each with its location, message and citation.
 * Selecting a finding calls {@link #onFindingSelectedProperty()} (the app selects its text in the right area).
 * Findings the analyzer is only unsure of ({@link FindingItem#possible()}) are hidden until
 * {@link #showPossibleProperty()} is set.
 */
public class FindingsView extends TreeView<FindingsView.Row> {

    /** A row of the tree: a group heading or a finding. */
    public sealed interface Row permits Group, Entry {
    }

    public record Group(String title, String styleClass, int count) implements Row {
    }

    public record Entry(FindingItem finding) implements Row {
    }

    private final ReadOnlyObjectWrapper<FindingItem> selectedFinding = new ReadOnlyObjectWrapper<>(this, "selectedFinding");
    private final ObjectProperty<Consumer<FindingItem>> onFindingSelected = new SimpleObjectProperty<>(this, "onFindingSelected");
    private final ObjectProperty<Consumer<FindingItem>> onSuppressFinding = new SimpleObjectProperty<>(this, "onSuppressFinding");
    private final BooleanProperty showPossible = new SimpleBooleanProperty(this, "showPossible", false);
    private final ReadOnlyIntegerWrapper hiddenCount = new ReadOnlyIntegerWrapper(this, "hiddenCount");
    /** Every finding last set, shown or not. */
    private List<FindingItem> all = List.of();
    private boolean updating;
    /** The finding rows in display order, for refreshing them in place. */
    private List<TreeItem<Row>> leaves = List.of();

    public FindingsView() {
        super(new TreeItem<>(new Group("Findings", "root", 0)));
        getStyleClass().add("findings-view");
        getStylesheets().add(AnalyzedArea.STYLESHEET);
        setShowRoot(false);
        setCellFactory(tv -> new FindingCell());
        showPossible.addListener((o, was, now) -> show());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            FindingItem f = now != null && now.getValue() instanceof Entry e ? e.finding() : null;
            selectedFinding.set(f);
            Consumer<FindingItem> handler = onFindingSelected.get();
            if (f != null && handler != null && !updating) {
                handler.accept(f);
            }
        });
    }

    public ReadOnlyObjectProperty<FindingItem> selectedFindingProperty() {
        return selectedFinding.getReadOnlyProperty();
    }

    public ObjectProperty<Consumer<FindingItem>> onFindingSelectedProperty() {
        return onFindingSelected;
    }

    public ObjectProperty<Consumer<FindingItem>> onSuppressFindingProperty() {
        return onSuppressFinding;
    }

    /** Whether findings the analyzer is only unsure of are listed (default: no). */
    public BooleanProperty showPossibleProperty() {
        return showPossible;
    }

    /** How many findings are set but hidden because they are only possible. */
    public ReadOnlyIntegerProperty hiddenCountProperty() {
        return hiddenCount.getReadOnlyProperty();
    }

    /** Shows {@code findings}, keeping the selected finding selected when it is still there. */
    public void setFindings(List<FindingItem> findings) {
        all = List.copyOf(findings);
        show();
    }

    private void show() {
        List<FindingItem> findings = showPossible.get() ? all : all.stream().filter(f -> !f.possible()).toList();
        hiddenCount.set(all.size() - findings.size());
        Map<Severity, Map<String, List<FindingItem>>> groups = group(findings);
        List<FindingItem> ordered = groups.values().stream().flatMap(m -> m.values().stream()).flatMap(List::stream).toList();
        if (refreshInPlace(ordered)) {
            return;
        }
        String selectedKey = selectedFinding.get() == null ? null : selectedFinding.get().key();
        TreeItem<Row> root = new TreeItem<>(new Group("Findings", "root", findings.size()));
        TreeItem<Row> toSelect = null;
        List<TreeItem<Row>> newLeaves = new java.util.ArrayList<>(ordered.size());
        for (Map.Entry<Severity, Map<String, List<FindingItem>>> sev : groups.entrySet()) {
            int count = sev.getValue().values().stream().mapToInt(List::size).sum();
            TreeItem<Row> sevItem = new TreeItem<>(new Group(sev.getKey().groupTitle(), sev.getKey().styleClass(), count));
            sevItem.setExpanded(true);
            for (Map.Entry<String, List<FindingItem>> rule : sev.getValue().entrySet()) {
                TreeItem<Row> ruleItem = new TreeItem<>(new Group(rule.getKey(), "rule-group", rule.getValue().size()));
                ruleItem.setExpanded(true);
                for (FindingItem f : rule.getValue()) {
                    TreeItem<Row> leaf = new TreeItem<>(new Entry(f));
                    ruleItem.getChildren().add(leaf);
                    newLeaves.add(leaf);
                    if (f.key().equals(selectedKey)) {
                        toSelect = leaf;
                    }
                }
                sevItem.getChildren().add(ruleItem);
            }
            root.getChildren().add(sevItem);
        }
        updating = true;
        try {
            setRoot(root);
            leaves = newLeaves;
            if (toSelect != null) {
                getSelectionModel().select(toSelect);
            } else {
                getSelectionModel().clearSelection();
            }
        } finally {
            updating = false;
        }
    }

    private static Map<Severity, Map<String, List<FindingItem>>> group(List<FindingItem> findings) {
        Map<Severity, Map<String, List<FindingItem>>> out = new java.util.EnumMap<>(Severity.class);
        findings.stream()
                .sorted(Comparator.comparing(FindingItem::severity).thenComparing(FindingItem::ruleTitle)
                        .thenComparing(FindingItem::part).thenComparingInt(FindingItem::claim)
                        .thenComparingInt(FindingItem::start))
                .forEach(f -> out.computeIfAbsent(f.severity(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(f.ruleTitle(), k -> new java.util.ArrayList<>()).add(f));
        return out;
    }

    /**
     * After an edit, analysis usually finds the same findings with shifted offsets. Rebuilding the tree then would
     * cost a frame or more on a long document; updating the leaves' values keeps the rows, scroll and selection.
     */
    private boolean refreshInPlace(List<FindingItem> ordered) {
        if (ordered.size() != leaves.size() || ordered.isEmpty()) {
            return false;
        }
        for (int i = 0; i < ordered.size(); i++) {
            if (!looksSame(((Entry) leaves.get(i).getValue()).finding(), ordered.get(i))) {
                return false;
            }
        }
        updating = true;
        try {
            for (int i = 0; i < ordered.size(); i++) {
                FindingItem f = ordered.get(i);
                if (!((Entry) leaves.get(i).getValue()).finding().equals(f)) {
                    leaves.get(i).setValue(new Entry(f));
                }
            }
            TreeItem<Row> selected = getSelectionModel().getSelectedItem();
            selectedFinding.set(selected != null && selected.getValue() instanceof Entry e ? e.finding() : null);
        } finally {
            updating = false;
        }
        return true;
    }

    /** Same finding as far as the tree shows it (offsets may differ). */
    private static boolean looksSame(FindingItem a, FindingItem b) {
        return a.key().equals(b.key()) && a.severity() == b.severity() && a.ruleTitle().equals(b.ruleTitle())
                && a.part().equals(b.part()) && a.claim() == b.claim() && a.message().equals(b.message())
                && a.citation().equals(b.citation());
    }

    /** Selects the finding with {@code key}, as if the user had clicked it. */
    public boolean select(String key) {
        for (TreeItem<Row> sev : getRoot().getChildren()) {
            for (TreeItem<Row> rule : sev.getChildren()) {
                for (TreeItem<Row> leaf : rule.getChildren()) {
                    if (leaf.getValue() instanceof Entry e && e.finding().key().equals(key)) {
                        getSelectionModel().select(leaf);
                        scrollTo(getRow(leaf));
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Where a finding is, in words: "Claim 3", "Abstract", "Detailed description". A part's key
     * ("detailed_description", "brief-description") is an internal label and is never shown as it is.
     */
    public static String location(FindingItem f) {
        return f.location();
    }

    private final class FindingCell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("group-cell", "entry-cell");
            setText(null);
            setGraphic(null);
            setContextMenu(null);
            if (empty || row == null) {
                return;
            }
            if (row instanceof Group g) {
                getStyleClass().add("group-cell");
                Label title = new Label(g.title());
                title.getStyleClass().addAll("group-title", g.styleClass());
                Region spacer = new Region();
                HBox.setHgrow(spacer, javafx.scene.layout.Priority.ALWAYS);
                Label count = new Label(Integer.toString(g.count()));
                count.getStyleClass().addAll("count-badge", g.styleClass());
                HBox box = new HBox(6, title, spacer, count);
                box.setMinWidth(0);
                setGraphic(box);
            } else if (row instanceof Entry e) {
                getStyleClass().add("entry-cell");
                FindingItem f = e.finding();
                Label where = new Label(location(f));
                where.getStyleClass().add("finding-location");
                Label message = new Label(f.message());
                message.getStyleClass().add("finding-message");
                message.setWrapText(true);
                VBox box = new VBox(2, where, message);
                if (!f.citation().isEmpty()) {
                    Label citation = new Label(f.citation());
                    citation.getStyleClass().add("finding-citation");
                    citation.setWrapText(true);
                    box.getChildren().add(citation);
                }
                message.maxWidthProperty().bind(getTreeView().widthProperty().subtract(90));
                setGraphic(box);
                MenuItem suppress = new MenuItem("Suppress this finding");
                suppress.setOnAction(a -> {
                    Consumer<FindingItem> handler = onSuppressFinding.get();
                    if (handler != null) {
                        handler.accept(f);
                    }
                });
                suppress.disableProperty().bind(onSuppressFinding.isNull());
                setContextMenu(new ContextMenu(suppress));
            }
        }
    }
}
