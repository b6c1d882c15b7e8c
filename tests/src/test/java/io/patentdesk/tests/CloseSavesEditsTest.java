package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.editor.SpecArea;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window right after an edit (before any autosave) loses nothing, undo and redo included. */
class CloseSavesEditsTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void editsMadeJustBeforeClosingAreSaved() throws Exception {
        AppHarness app = AppHarness.start(dir, null);
        MatterViewModel matters = app.get(MatterViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> matters.create("Quick"));
        DraftingWorkflowTest.waitFor("the matter", 10, () -> matters.current() != null);
        SpecArea abstractArea = robot.from(app.window.scene().getRoot()).lookup("#abstractArea").queryAs(SpecArea.class);
        WaitForAsyncUtils.asyncFx(() -> app.window.document().show(abstractArea)).get();
        robot.clickOn(abstractArea).write("A lid with a vent.");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        String typed = abstractArea.getText();
        assertThat(typed).isNotEmpty();
        Matter m = matters.current();
        app.close();

        AppHarness again = AppHarness.start(dir, null);
        try {
            assertThat(again.workspace.matters().get(m.id()).section(Section.ABSTRACT)).isEqualTo(typed);
        } finally {
            again.close();
        }
    }
}
