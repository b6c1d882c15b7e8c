package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.Screenshots;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Version history as the user meets it: two versions selected show a redline, additions underlined, deletions struck. */
class VersionRedlineDialogTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void twoSelectedVersionsShowTheirRedline() throws Exception {
        AppHarness app = AppHarness.start(dir, null);
        try {
            MatterViewModel matters = app.get(MatterViewModel.class);
            WaitForAsyncUtils.asyncFx(() -> matters.create("Lid"));
            DraftingWorkflowTest.waitFor("the matter", 10, () -> matters.current() != null);
            Matter filed = matters.current().withClaims("1. A lid comprising a circular vent.\n"
                    + "2. The lid of claim 1, wherein the vent is round.");
            app.workspace.matters().save(filed);
            app.workspace.history().snapshot(filed, "As filed");
            app.workspace.history().snapshot(filed.withClaims("1. A lid comprising a vent and a straw.\n"
                    + "3. The lid of claim 1, wherein the straw is bent."), "Response");

            robot.push(KeyCode.CONTROL, KeyCode.H);
            DraftingWorkflowTest.waitFor("the version history", 10,
                    () -> robot.lookup("Version history").tryQuery().isPresent());
            ListView<?> list = robot.lookup(".list-view").match(n -> ((ListView<?>) n).getItems().size() == 2)
                    .queryAs(ListView.class);
            WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().selectIndices(0, 1)).get();
            // the redline's texts are read on the FX thread, once its last claim is there: read from this thread while
            // the dialog fills it, the list could be seen half built
            DraftingWorkflowTest.waitFor("the redline", 20, () -> allTexts().contains("3. (New) "));

            assertThat(texts(true, false)).containsExactly(" and a straw");
            assertThat(texts(false, true)).containsExactly("circular ");
            List<String> all = allTexts();
            assertThat(all).contains("2. (Canceled)", "3. (New) ", "The lid of claim 1, wherein the straw is bent.");
            var image = WaitForAsyncUtils.asyncFx(() -> Screenshots.take(
                    robot.lookup("#redline").query().getScene())).get();
            Screenshots.write(image, Path.of("target", "screenshots", "version-redline.png"));
            robot.push(KeyCode.ESCAPE);
        } finally {
            app.close();
        }
    }

    /** The redline's underlined texts ({@code underlined}) or struck-through ones, read on the FX thread. */
    private List<String> texts(boolean underlined, boolean struck) {
        return AppHarness.onFx(() -> robot.lookup("#redline").lookup((Node n) -> n instanceof Text).queryAllAs(Text.class)
                .stream().filter(t -> underlined && t.isUnderline() || struck && t.isStrikethrough())
                .map(Text::getText).toList());
    }

    private List<String> allTexts() {
        return AppHarness.onFx(() -> robot.lookup("#redline").lookup((Node n) -> n instanceof Text).queryAllAs(Text.class)
                .stream().map(Text::getText).toList());
    }
}
