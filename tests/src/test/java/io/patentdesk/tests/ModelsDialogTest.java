package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.store.ModelSettings;
import io.patentdesk.app.ui.Screenshots;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.models.ModelEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Assistant → Models… in the real window: the bundled demo model is listed and loads, a broken folder says why it does
 * not in one line, the tiny model is added, speed-tested and made the default, and the choice is stored privately.
 */
class ModelsDialogTest {
    /** Where the test leaves a picture of the dialog, to look at. */
    static final Path SHOT = Path.of("target", "screenshots", "models-dialog.png");

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

    <T extends Node> T find(String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    void add(Path folder) {
        TextField path = find("#modelsPath", TextField.class);
        robot.clickOn(path).write(folder.toString());
        robot.clickOn(find("#modelsAdd", Button.class));
    }

    @Test
    void addCheckTestAndChooseAModel() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(AppHarness.TINY_MODEL), "tiny test model not present");
        Path broken = Files.createDirectory(dir.resolve("half-downloaded"));
        Files.copy(AppHarness.TINY_MODEL.resolve("genai_config.json"), broken.resolve("genai_config.json"));
        Path data = dir.resolve("workspace");
        app = AppHarness.start(data, null); // no --model: the default decides
        ModelViewModel models = app.get(ModelViewModel.class);
        DraftingWorkflowTest.waitFor("the model", 60, () -> !models.stateProperty().get().status().name().equals("LOADING"));

        robot.clickOn("Assistant").clickOn("Models\u2026");
        DraftingWorkflowTest.waitFor("the dialog", 10, () -> robot.lookup("#modelsList").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ListView<ModelEntry> list = robot.lookup("#modelsList").queryAs(ListView.class);
        Label status = find("#modelStatus", Label.class);
        boolean bundled = models.service().bundledFolder().isPresent();
        if (bundled) {
            DraftingWorkflowTest.waitFor("the bundled model's check", 60, () -> !list.getItems().isEmpty()
                    && !list.getItems().get(0).checking());
            assertThat(list.getItems().get(0).title()).endsWith("small demo model");
            assertThat(list.getItems().get(0).loads()).as(list.getItems().get(0).line()).isTrue();
            assertThat(find("#modelsHint", Label.class).getText()).contains("small demo model").contains("Qwen2.5");
        }

        add(broken);
        DraftingWorkflowTest.waitFor("the broken folder's line", 30, () -> status.getText().startsWith("Does not load:"));
        assertThat(status.getText()).contains("tokenizer.json").doesNotContain("\n").doesNotContain("Exception");
        assertThat(find("#modelsDefault", Button.class).isDisabled()).isTrue();

        add(AppHarness.TINY_MODEL);
        DraftingWorkflowTest.waitFor("the tiny model's check", 60, () -> status.getText().equals("Loads."));
        robot.clickOn(find("#modelsSpeedTest", Button.class));
        DraftingWorkflowTest.waitFor("the speed test", 30, () -> find("#modelSpeed", Label.class).getText().contains("tokens/s"));
        assertThat(find("#modelSpeed", Label.class).getText()).contains("first token in");

        robot.clickOn(find("#modelsDefault", Button.class));
        DraftingWorkflowTest.waitFor("the new default in use", 60, () -> models.stateProperty().get().ready()
                && models.service().loadedFolder().map(AppHarness.TINY_MODEL::equals).orElse(false));
        Path stored = data.resolve(ModelSettings.FILE_NAME);
        assertThat(ModelSettings.in(data).defaultFolder()).contains(AppHarness.TINY_MODEL);
        if (Files.getFileStore(stored).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(stored))).isEqualTo("rw-------");
        }
        list.getSelectionModel().select(list.getItems().size() - 1);
        WaitForAsyncUtils.waitForFxEvents();

        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = Screenshots.take(list.getScene()));
        Screenshots.write(image[0], SHOT);
        assertThat(SHOT).isRegularFile();

        robot.clickOn("Close");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#modelsList").tryQuery().isEmpty());
    }
}
