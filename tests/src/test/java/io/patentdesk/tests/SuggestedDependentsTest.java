package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.assist.CaretClaim;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.SampleMatter;
import io.patentdesk.app.ui.Screenshots;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.editor.ClaimsArea;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Suggest dependent claims with the caret in a dependent claim in the middle of the sample's claims (the bug: with
 * the caret in claim 6 the suggestions were numbered 2 and 3): the draft in the preview is numbered after the last
 * claim, and the checker's verdict on it is shown under the preview before Accept.
 */
class SuggestedDependentsTest {
    static final Path SHOT = Path.of("target", "screenshots", "checked-dependents.png");

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

    @Test
    void dependentsOfAClaimInTheMiddleAreNumberedAfterTheLastClaimAndChecked() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        MatterViewModel matters = app.get(MatterViewModel.class);
        ModelViewModel models = app.get(ModelViewModel.class);
        AssistantViewModel assistant = app.get(AssistantViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> matters.add(SampleMatter.create())).get();
        ClaimsArea claims = robot.lookup("#claimsArea").queryAs(ClaimsArea.class);
        DraftingWorkflowTest.waitFor("the sample", 10, () -> claims.getText().startsWith("1. A drinking lid"));
        String text = claims.getText();
        int caret = text.indexOf("3. The drinking lid") + 10;
        int next = CaretClaim.nextNumber(text);
        assertThat(CaretClaim.at(text, caret).orElseThrow().number()).isEqualTo(3);
        assertThat(next).isGreaterThan(4);
        WaitForAsyncUtils.asyncFx(() -> claims.moveTo(caret)).get();
        DraftingWorkflowTest.waitFor("the model", 60, () -> models.stateProperty().get().ready());

        robot.clickOn(robot.lookup("#assist-SUGGEST_DEPENDENTS").queryAs(Button.class));
        DraftingWorkflowTest.waitFor("the checked draft", 60, () -> !assistant.runningProperty().get()
                && !assistant.draftFindingsProperty().get().isEmpty());

        assertThat(assistant.previewProperty().get().strip()).startsWith(next + ". ");
        Label findings = robot.lookup("#assistFindings").queryAs(Label.class);
        assertThat(findings.isVisible()).isTrue();
        assertThat(findings.getText()).startsWith("Checked with your claims: this draft ");

        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = Screenshots.take(app.window.scene()));
        Screenshots.write(image[0], SHOT);
    }
}
