package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.Screenshots;
import io.patentdesk.app.ui.recovery.RecoveryDialog;
import io.patentdesk.app.ui.recovery.RecoveryViewModel;
import io.patentdesk.app.ui.task.FxTaskExecutor;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A damaged workspace as the user meets it: what salvage brings back, what a backup holds and would lose. */
class RecoveryDialogTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void salvageBringsBackTheMatterTheBackupLacksAndSaysWhereTheDamagedFileWent() throws Exception {
        Matter old;
        Matter later;
        try (Workspace ws = Workspace.open(dir)) {
            old = ws.matters().create("Drinking lid").withClaims("1. A lid comprising a vent.");
            ws.matters().save(old);
            ws.backupNow();
            later = ws.matters().create("Bicycle lock").withClaims("1. A lock comprising a shackle.");
            ws.matters().save(later);
        }
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve(Workspace.FILE_NAME).toFile(), "rw")) {
            f.write(new byte[4096]); // the header page zeroed: SQLite cannot open the file at all
        }

        FxTaskExecutor tasks = new FxTaskExecutor();
        AtomicReference<Path> movedTo = new AtomicReference<>();
        AtomicReference<Stage> dialog = new AtomicReference<>();
        RecoveryViewModel vm = new RecoveryViewModel(dir, tasks);
        WaitForAsyncUtils.asyncFx(() -> dialog.set(RecoveryDialog.show(null, "PatentDesk could not read it: "
                + "file is not a database.", vm, movedTo::set, () -> { }))).get();
        DraftingWorkflowTest.waitFor("the salvage plan", 20, () -> vm.planProperty().get() != null);
        assertThat(vm.salvageSummaryProperty().get()).contains("Salvage recovers 2 matters");
        assertThat(vm.salvageLines()).anyMatch(l -> l.contains("Bicycle lock") && l.contains("as last saved"));

        ListView<?> backups = robot.lookup("#backupList").queryAs(ListView.class);
        DraftingWorkflowTest.waitFor("the backups", 10, () -> !backups.getItems().isEmpty());
        int byHand = vm.backups().indexOf(vm.backups().stream() // the one taken by hand
                .filter(b -> b.reason().equals(io.patentdesk.app.store.Backups.BY_USER)).findFirst().orElseThrow());
        WaitForAsyncUtils.asyncFx(() -> backups.getSelectionModel().select(byHand)).get();
        DraftingWorkflowTest.waitFor("the backup's contents", 20, () -> !vm.backupMatters().isEmpty());
        assertThat(vm.backups()).hasSize(2);
        DraftingWorkflowTest.waitFor("what the backup lacks", 20, () -> !vm.lostByRestoring().isEmpty());
        assertThat(vm.backupMatters()).anyMatch(l -> l.contains("Drinking lid"));
        assertThat(vm.lostByRestoring()).singleElement().asString().contains("Bicycle lock")
                .contains("not in this backup");
        Path shot = Path.of("target", "screenshots", "recovery-dialog.png");
        var image = WaitForAsyncUtils.asyncFx(() -> Screenshots.take(dialog.get().getScene())).get();
        Screenshots.write(image, shot);

        robot.clickOn("#salvageButton");
        // the confirmation's button exists a moment before its window shows: wait for one that can be clicked
        java.util.function.Predicate<javafx.scene.Node> shown = n -> n.isVisible() && n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
        DraftingWorkflowTest.waitFor("the confirmation", 20,
                () -> robot.lookup("OK").match(shown).tryQuery().isPresent());
        robot.clickOn(robot.lookup("OK").match(shown).<javafx.scene.Node>query());
        DraftingWorkflowTest.waitFor("the recovery", 20, () -> movedTo.get() != null);
        assertThat(movedTo.get()).exists();
        assertThat(Files.readAllBytes(movedTo.get())).startsWith(new byte[16]); // the damaged file, kept as it was
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.matters().get(later.id()).claims()).isEqualTo("1. A lock comprising a shackle.");
            assertThat(ws.matters().get(old.id()).claims()).isEqualTo("1. A lid comprising a vent.");
        }
        tasks.shutdown();
    }
}
