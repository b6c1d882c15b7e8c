package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.SampleMatter;
import io.patentdesk.app.ui.help.HelpDialog;
import io.patentdesk.app.store.MatterTrash;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Matter menu in the real window (docket number in the header, Move to Trash, Trash… → Restore) and Help →
 * Keyboard Shortcuts, whose list is read from the menus.
 */
class MatterMenusTest {
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

    private MenuItem menuItem(String id) {
        for (Menu m : robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus()) {
            for (MenuItem mi : m.getItems()) {
                if (id.equals(mi.getId())) {
                    return mi;
                }
            }
        }
        throw new AssertionError("no menu item " + id);
    }

    @Test
    void theMatterFilterFindsMattersByTheWordsOfTheirClaims() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        MatterViewModel matters = app.get(MatterViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> matters.add(SampleMatter.create())).get();
        DraftingWorkflowTest.waitFor("the sample", 10, () -> matters.current() != null);
        String sample = matters.current().title();
        WaitForAsyncUtils.asyncFx(() -> matters.create("Hinge")).get();
        DraftingWorkflowTest.waitFor("two matters", 10, () -> matters.matters().size() == 2);
        matters.flushNow();
        @SuppressWarnings("unchecked")
        ListView<io.patentdesk.app.matter.MatterSummary> list = robot.lookup("#matterList").queryAs(ListView.class);

        robot.clickOn(".filter-field").write("actuator"); // in the sample's claims, not in either name
        DraftingWorkflowTest.waitFor("the content search", 10, () -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).title()).isEqualTo(sample);
    }

    @Test
    void docketTrashAndRestoreFromTheMatterMenu() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        MatterViewModel matters = app.get(MatterViewModel.class);
        assertThat(menuItem("matter-trash").isDisable()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> matters.add(SampleMatter.create())).get();
        DraftingWorkflowTest.waitFor("the sample", 10, () -> matters.current() != null);
        WaitForAsyncUtils.asyncFx(() -> matters.setDocket("ACME-0042US")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".matter-subtitle").queryAs(Label.class).getText()).isEqualTo("Docket ACME-0042US");
        String title = matters.current().title();

        WaitForAsyncUtils.asyncFx(menuItem("matter-trash")::fire).get();
        DraftingWorkflowTest.waitFor("the matter to leave", 10, () -> matters.current() == null && matters.matters().isEmpty());
        assertThat(robot.lookup("#matterTitle").queryAs(Label.class).getText()).isEqualTo("No matter open");

        WaitForAsyncUtils.asyncFx(menuItem("matter-show-trash")::fire).get();
        @SuppressWarnings("unchecked")
        ListView<MatterTrash.Trashed> trash = robot.lookup("#trashList").queryAs(ListView.class);
        DraftingWorkflowTest.waitFor("the trash list", 10, () -> trash.getItems().size() == 1);
        WaitForAsyncUtils.asyncFx(() -> trash.getSelectionModel().select(0)).get();
        robot.clickOn(robot.lookup("#trashRestore").queryAs(Button.class));
        DraftingWorkflowTest.waitFor("the restored matter", 10, () -> matters.current() != null);
        assertThat(matters.current().title()).isEqualTo(title);
        assertThat(matters.current().docket()).isEqualTo("ACME-0042US");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#matterTitle").queryAs(Label.class).getText()).isEqualTo(title);
    }

    @Test
    void theShortcutListComesFromTheMenus() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        List<String[]> rows = WaitForAsyncUtils.asyncFx(() -> HelpDialog.shortcuts(bar)).get();
        assertThat(rows).extracting(r -> r[1]).contains("Claims \u2192 Delete Claim", "File \u2192 Quit",
                "Findings \u2192 Undo Suppression", "Help \u2192 Keyboard Shortcuts", "Jump to the claim a reference names");
        assertThat(rows).allMatch(r -> !r[0].isBlank());
    }
}
