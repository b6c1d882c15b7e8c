package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ClaimTreeViewFxTest {
    ClaimTreeView view;

    @Start
    void start(Stage stage) {
        view = new ClaimTreeView();
        stage.setScene(new Scene(view, 300, 400));
        stage.show();
    }

    @Test
    void itemsMirrorTheNodesExpandedAndSelectingOneReportsItsNumber() {
        ClaimNode five = new ClaimNode(5, "The lamp of claim 4", false, List.of());
        ClaimNode four = new ClaimNode(4, "The lamp of claim 2 or 3", true, List.of(five));
        ClaimNode two = new ClaimNode(2, "The lamp of claim 1", false, List.of(four));
        List<ClaimNode> roots = List.of(new ClaimNode(1, "A lamp", false, List.of(two)),
                new ClaimNode(3, "A method", false, List.of(four)));
        List<Integer> selected = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            view.onClaimSelectedProperty().set(selected::add);
            view.setClaims(roots);
        });

        TreeItem<ClaimNode> root = view.getRoot();
        assertThat(root.getChildren()).extracting(TreeItem::getValue).containsExactlyElementsOf(roots);
        TreeItem<ClaimNode> fourUnderTwo = root.getChildren().get(0).getChildren().get(0).getChildren().get(0);
        assertThat(fourUnderTwo.getValue()).isEqualTo(four);
        assertThat(fourUnderTwo.isExpanded()).isTrue();
        assertThat(fourUnderTwo.getChildren()).extracting(TreeItem::getValue).containsExactly(five);
        assertThat(root.getChildren().get(1).getChildren().get(0).getChildren()).extracting(TreeItem::getValue)
                .containsExactly(five);
        assertThat(view.getExpandedItemCount()).isEqualTo(7);

        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.getSelectionModel().select(fourUnderTwo));
        assertThat(selected).containsExactly(4);
    }

    @Test
    void aTreeSixtyFourLevelsDeepAndThousandsWideIsShown() {
        // the shape the app hands over for a chain of thousands of claims: 64 levels, then continued at the top
        List<ClaimNode> roots = new ArrayList<>();
        int number = 1;
        for (int branch = 0; branch < 50; branch++) {
            ClaimNode node = new ClaimNode(number + 64, "The lamp", false, List.of());
            for (int level = 63; level >= 0; level--) {
                node = new ClaimNode(number + level, "The lamp", false, List.of(node));
            }
            roots.add(node);
            number += 65;
        }
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> view.setClaims(roots));
        assertThat(view.getExpandedItemCount()).isEqualTo(50 * 65);
        TreeItem<ClaimNode> item = view.getRoot().getChildren().get(49);
        for (int level = 0; level < 64; level++) {
            item = item.getChildren().get(0);
        }
        assertThat(item.getValue().number()).isEqualTo(49 * 65 + 65);
        assertThat(view.getTreeItemLevel(item)).isEqualTo(65);
    }
}
