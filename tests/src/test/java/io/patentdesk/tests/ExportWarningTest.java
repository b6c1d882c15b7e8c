package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.editor.ClaimsArea;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Exporting a matter whose text has errors asks first, naming the first error; Cancel exports nothing. */
class ExportWarningTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void exportWithErrorsAsksFirst() throws Exception {
        AppHarness app = AppHarness.start(dir, null);
        try {
            MatterViewModel matters = app.get(MatterViewModel.class);
            WaitForAsyncUtils.asyncFx(() -> matters.create("Lamp"));
            DraftingWorkflowTest.waitFor("the matter", 10, () -> matters.current() != null);
            ClaimsArea claims = app.window.document().claimsArea();
            // Typed, and exported at once: the check reads the text as it is, not the last analysis.
            robot.clickOn(claims).write("1. A lamp.\n2. The lamp of claim 7.");
            robot.push(KeyCode.CONTROL, KeyCode.E);
            DraftingWorkflowTest.waitFor("the warning", 15,
                    () -> robot.lookup("Export with errors?").tryQuery().isPresent());
            DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
            assertThat(pane.getContentText()).startsWith("\u201cLamp\u201d has 1 error (first: Claim 2: ")
                    .contains("claim 7").endsWith("Export anyway?");
            robot.clickOn((Node) robot.lookup(".dialog-pane .button")
                    .match((Node n) -> n instanceof Button b && b.getText().equals("Cancel")).query());
            DraftingWorkflowTest.waitFor("the warning to close", 10,
                    () -> robot.lookup("Export with errors?").tryQuery().isEmpty());
        } finally {
            app.close();
        }
    }
}
