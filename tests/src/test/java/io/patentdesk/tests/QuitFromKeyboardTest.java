package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.editor.ClaimsArea;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Quitting from the keyboard (Ctrl+Q is a menu accelerator) runs the close path inside a key event. JavaFX 21's GTK
 * glass goes on using the window after the key handler returns, so the window must not close inside it (JDK-8301219:
 * a SIGSEGV in libglassgtk3 on some quits); and nothing may start work for the toolkit once it is told to exit.
 */
class QuitFromKeyboardTest {
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theWindowClosesAfterTheKeyEventThatAskedForItAndTheWorkersStopFirst() throws Exception {
        AppHarness app = AppHarness.start(dir, null);
        MatterViewModel matters = app.get(MatterViewModel.class);
        WaitForAsyncUtils.asyncFx(() -> matters.create("Quit"));
        DraftingWorkflowTest.waitFor("the matter", 10, () -> matters.current() != null);
        Window window = app.window.scene().getWindow();
        AtomicReference<List<StackTraceElement>> hiddenFrom = new AtomicReference<>();
        AtomicBoolean workStartedAfterClose = new AtomicBoolean();
        CountDownLatch saved = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            window.showingProperty().addListener((o, was, showing) -> {
                if (!showing) {
                    hiddenFrom.set(Arrays.asList(Thread.currentThread().getStackTrace()));
                }
            });
            // The same path as File > Quit's Ctrl+Q, with a test key so that the toolkit itself is not exited.
            app.window.scene().getAccelerators().put(new KeyCodeCombination(KeyCode.F12), () -> app.window.close(() -> {
                // What the app does next is Platform.exit(): by now no worker may start that would call into the
                // toolkit while it exits.
                app.tasks.submit(() -> true, ok -> workStartedAfterClose.set(true), e -> { });
                saved.countDown();
            }));
        }).get();
        ClaimsArea claims = app.window.document().claimsArea();
        robot.clickOn(claims).write("1. A lid.");
        robot.push(KeyCode.F12);

        assertThat(saved.await(30, TimeUnit.SECONDS)).as("the window finished closing").isTrue();
        assertThat(hiddenFrom.get()).as("the window was hidden").isNotNull();
        assertThat(hiddenFrom.get()).as("hidden outside the key event's dispatch")
                .noneMatch(f -> f.getClassName().startsWith("com.sun.javafx.tk.quantum.GlassViewEventHandler")
                        || f.getClassName().equals("com.sun.javafx.scene.KeyboardShortcutsHandler"));
        Thread.sleep(500); // time for a worker, had one started, to hand its result back
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workStartedAfterClose).as("work offered after closing ran").isFalse();
        app.tasks.shutdown();
        app.workspace.close();

        AppHarness again = AppHarness.start(dir, null);
        try {
            assertThat(again.workspace.matters().get(matters.current().id()).claims()).isEqualTo("1. A lid.");
        } finally {
            again.close();
        }
    }
}
