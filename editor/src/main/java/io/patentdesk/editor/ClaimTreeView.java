package io.patentdesk.editor;

import java.util.ArrayDeque;
import java.util.ArrayList;
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

    /**
     * The items for a node and everything beneath it, made children first with an explicit stack (no recursion per
     * level), each item getting all its children in one change.
     */
    private static TreeItem<ClaimNode> item(ClaimNode node) {
        ArrayDeque<Pending> stack = new ArrayDeque<>();
        stack.push(new Pending(node));
        while (true) {
            Pending p = stack.peek();
            if (p.next < p.node.children().size()) {
                stack.push(new Pending(p.node.children().get(p.next++)));
                continue;
            }
            stack.pop();
            TreeItem<ClaimNode> item = new TreeItem<>(p.node);
            item.setExpanded(true);
            item.getChildren().setAll(p.items);
            if (stack.isEmpty()) {
                return item;
            }
            stack.peek().items.add(item);
        }
    }

    /** A node whose children's items are being made. */
    private static final class Pending {
        final ClaimNode node;
        final List<TreeItem<ClaimNode>> items = new ArrayList<>();
        int next;

        Pending(ClaimNode node) {
            this.node = node;
        }
    }
}
