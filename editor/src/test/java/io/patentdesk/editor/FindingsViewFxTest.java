package io.patentdesk.editor;

import static org.assertj.core.api.Assertions.assertThat;

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
class FindingsViewFxTest {
    FindingsView view;

    @Start
    void start(Stage stage) {
        view = new FindingsView();
        stage.setScene(new Scene(view, 400, 300));
        stage.show();
    }

    private static FindingItem finding(String key, Severity severity, String rule, int start, String message) {
        return new FindingItem(key, severity, rule, rule, "claims", 1, start, start + 4, message, "MPEP 2173");
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.waitForAsyncFx(5000, r);
    }

    @Test
    void shiftedFindingsUpdateTheRowsInPlaceAndKeepTheSelection() {
        List<FindingItem> first = List.of(finding("a", Severity.ERROR, "antecedent", 10, "no antecedent for the lever"),
                finding("b", Severity.WARNING, "numeral", 40, "numeral 12 not in the description"));
        onFx(() -> {
            view.setFindings(first);
            view.select("b");
        });
        TreeItem<FindingsView.Row> root = view.getRoot();
        assertThat(view.selectedFindingProperty().get().start()).isEqualTo(40);

        // The user typed three characters before both findings: same findings, new offsets.
        onFx(() -> view.setFindings(List.of(finding("a", Severity.ERROR, "antecedent", 13, "no antecedent for the lever"),
                finding("b", Severity.WARNING, "numeral", 43, "numeral 12 not in the description"))));
        assertThat(view.getRoot()).isSameAs(root);
        assertThat(view.selectedFindingProperty().get().start()).isEqualTo(43);
        FindingsView.Row firstLeaf = root.getChildren().get(0).getChildren().get(0).getChildren().get(0).getValue();
        assertThat(((FindingsView.Entry) firstLeaf).finding().start()).isEqualTo(13);

        // A finding that says something else rebuilds the tree.
        onFx(() -> view.setFindings(List.of(finding("a", Severity.ERROR, "antecedent", 13, "no antecedent for the spring"),
                finding("b", Severity.WARNING, "numeral", 43, "numeral 12 not in the description"))));
        assertThat(view.getRoot()).isNotSameAs(root);
        assertThat(view.selectedFindingProperty().get().key()).isEqualTo("b");
    }

    @Test
    void possibleFindingsAreHiddenUntilAskedFor() {
        FindingItem sure = finding("a", Severity.ERROR, "antecedent", 10, "no antecedent for the lever");
        FindingItem possible = new FindingItem("p", Severity.WARNING, "antecedent", "antecedent", "claims", 1, 30, 34,
                "the front side of the body may be inherent", "MPEP 2173.05(e)", true);
        onFx(() -> view.setFindings(List.of(sure, possible)));
        assertThat(view.showPossibleProperty().get()).isFalse();
        assertThat(shownKeys()).containsExactly("a");
        assertThat(view.hiddenCountProperty().get()).isEqualTo(1);

        onFx(() -> view.showPossibleProperty().set(true));
        assertThat(shownKeys()).containsExactly("a", "p");
        assertThat(view.hiddenCountProperty().get()).isZero();
        onFx(() -> view.select("p"));
        assertThat(view.selectedFindingProperty().get().key()).isEqualTo("p");

        // Hiding them again drops the selection of the hidden one; new findings keep the choice.
        onFx(() -> view.showPossibleProperty().set(false));
        assertThat(shownKeys()).containsExactly("a");
        assertThat(view.selectedFindingProperty().get()).isNull();
        onFx(() -> view.setFindings(List.of(possible)));
        assertThat(shownKeys()).isEmpty();
        assertThat(view.hiddenCountProperty().get()).isEqualTo(1);
    }

    /** The keys of the finding rows, in display order. */
    private List<String> shownKeys() {
        List<String> keys = new java.util.ArrayList<>();
        for (TreeItem<FindingsView.Row> sev : view.getRoot().getChildren()) {
            for (TreeItem<FindingsView.Row> rule : sev.getChildren()) {
                for (TreeItem<FindingsView.Row> leaf : rule.getChildren()) {
                    keys.add(((FindingsView.Entry) leaf.getValue()).finding().key());
                }
            }
        }
        return keys;
    }
}
