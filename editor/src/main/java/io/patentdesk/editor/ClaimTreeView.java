package io.patentdesk.editor;

import java.util.List;
import java.util.function.IntConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The claim dependency tree: independent claims at the top level, dependents beneath. Selecting one jumps to it. */
public class ClaimTreeView extends TreeView<ClaimNode> {
    private final ObjectProperty<IntConsumer> onClaimSelected = new SimpleObjectProperty<>(this, "onClaimSelected");
    private boolean updating;

    public ClaimTreeView() {
        super(new TreeItem<>(new ClaimNode(0, "Claims", false, List.of())));
        getStyleClass().add("claim-tree-view");
        getStylesheets().add(AnalyzedArea.STYLESHEET);
        setShowRoot(false);
        setCellFactory(tv -> new TreeCell<>() {
            @Override
            protected void updateItem(ClaimNode node, boolean empty) {
                super.updateItem(node, empty);
                getStyleClass().remove("claim-problem");
                if (empty || node == null) {
                    setText(null);
                    return;
                }
                setText(node.number() + ".  " + node.label());
                if (node.problem()) {
                    getStyleClass().add("claim-problem");
                }
            }
        });
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !updating && onClaimSelected.get() != null) {
                onClaimSelected.get().accept(now.getValue().number());
            }
        });
    }

    public ObjectProperty<IntConsumer> onClaimSelectedProperty() {
        return onClaimSelected;
    }

    public void setClaims(List<ClaimNode> roots) {
        TreeItem<ClaimNode> root = new TreeItem<>(new ClaimNode(0, "Claims", false, List.of()));
        roots.forEach(r -> root.getChildren().add(item(r)));
        updating = true;
        try {
            setRoot(root);
        } finally {
            updating = false;
        }
    }

    private static TreeItem<ClaimNode> item(ClaimNode node) {
        TreeItem<ClaimNode> item = new TreeItem<>(node);
        item.setExpanded(true);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }
}
