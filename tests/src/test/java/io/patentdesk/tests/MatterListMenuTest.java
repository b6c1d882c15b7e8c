package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.SampleMatter;
import java.nio.file.Path;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The matter list's context menu in the real window: a right-click on a matter that is not open opens it, and its
 * Docket Number… item then sets that matter's docket number (not the one open before); the items that act on a
 * matter are disabled while the selected matter is not yet the open one, and Open while nothing is selected.
 */
class MatterListMenuTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    AppHarness app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @SuppressWarnings("unchecked")
    private ListView<MatterSummary> list() {
        return robot.lookup("#matterList").queryAs(ListView.class);
    }

    private MenuItem item(String id) {
        ContextMenu menu = list().getContextMenu();
        assertThat(menu).isNotNull();
        return menu.getItems().stream().filter(mi -> id.equals(mi.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no context menu item " + id));
    }

    private static final Predicate<Node> SHOWN = n -> n.isVisible() && n.getScene() != null
            && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();

    @Test
    void rightClickingAMatterOpensItAndItsDocketNumberItemSetsThatMattersDocket() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        MatterViewModel matters = app.get(MatterViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> matters.add(SampleMatter.create())).get();
        DraftingWorkflowTest.waitFor("the sample", 10, () -> matters.current() != null);
        String sample = matters.current().title();
        WaitForAsyncUtils.asyncFx(() -> matters.create("Hinge")).get();
        DraftingWorkflowTest.waitFor("two matters, Hinge open", 10, () -> matters.matters().size() == 2
                && matters.current() != null && matters.current().title().equals("Hinge"));
        WaitForAsyncUtils.waitForFxEvents();
        MatterSummary selected = list().getSelectionModel().getSelectedItem();
        assertThat(selected).as("the list selects the open matter").isNotNull();
        assertThat(selected.title()).isEqualTo("Hinge");
        assertThat(item("matter-list-docket").isDisable()).as("Hinge is selected and open").isFalse();

        // Selecting the sample starts opening it in the background: until it is read, the items would act on Hinge.
        boolean[] disabledWhileOpening = WaitForAsyncUtils.asyncFx(() -> {
            list().getSelectionModel().select(list().getItems().stream()
                    .filter(s -> s.title().equals(sample)).findFirst().orElseThrow());
            return new boolean[] {item("matter-list-rename").isDisable(), item("matter-list-trash").isDisable(),
                    item("matter-list-open").isDisable()};
        }).get();
        assertThat(disabledWhileOpening).containsExactly(true, true, false);
        DraftingWorkflowTest.waitFor("the sample to open", 10, () -> matters.current().title().equals(sample));
        WaitForAsyncUtils.asyncFx(() -> matters.open(matters.matters().stream()
                .filter(s -> s.title().equals("Hinge")).findFirst().orElseThrow().id())).get();
        DraftingWorkflowTest.waitFor("Hinge to open again", 10, () -> matters.current().title().equals("Hinge"));
        WaitForAsyncUtils.waitForFxEvents();

        Node sampleCell = robot.lookup(".matter-name").match((Label l) -> l.getText().equals(sample)).query();
        robot.rightClickOn(sampleCell);
        // The right-click selects the row; the menu itself comes from the platform's menu event, which Monocle (the
        // headless toolkit) never sends: it is delivered here as the desktop's windowing system would deliver it.
        DraftingWorkflowTest.waitFor("the sample to open", 10, () -> matters.current().title().equals(sample));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            // The cells draw a new label whenever their matter changes (opening it re-renders the row): look it up again.
            Node row = robot.lookup(".matter-name").match((Label l) -> l.getText().equals(sample)).query();
            javafx.geometry.Bounds b = row.localToScreen(row.getBoundsInLocal());
            javafx.geometry.Point2D local = row.screenToLocal(b.getCenterX(), b.getCenterY());
            javafx.event.Event.fireEvent(row, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(),
                    b.getCenterX(), b.getCenterY(), false, null));
        }).get();
        DraftingWorkflowTest.waitFor("the menu's items to follow", 10, () -> !item("matter-list-docket").isDisable());
        DraftingWorkflowTest.waitFor("the context menu", 10, () -> list().getContextMenu().isShowing());
        robot.clickOn("Docket Number\u2026");
        DraftingWorkflowTest.waitFor("the docket dialog", 10,
                () -> robot.lookup(".text-input-dialog .text-field").match(SHOWN).tryQuery().isPresent());
        TextField field = robot.lookup(".text-input-dialog .text-field").match(SHOWN).query();
        robot.clickOn(field).write("ACME-0007US");
        robot.clickOn(robot.lookup("OK").match(SHOWN).<Node>query());

        DraftingWorkflowTest.waitFor("the docket number", 10, () -> matters.current().docket().equals("ACME-0007US"));
        assertThat(matters.current().title()).isEqualTo(sample);
        matters.flushNow();
        Matter hinge = app.workspace.matters().list().stream().filter(s -> s.title().equals("Hinge"))
                .map(s -> app.workspace.matters().get(s.id())).findFirst().orElseThrow();
        assertThat(hinge.docket()).as("the matter open before the right-click is untouched").isEmpty();

        WaitForAsyncUtils.asyncFx(() -> list().getSelectionModel().clearSelection()).get();
        assertThat(item("matter-list-open").isDisable()).isTrue();
        assertThat(item("matter-list-office").isDisable()).isTrue();
    }
}
