package io.patentdesk.app.ui;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.patentdesk.app.inject.AppModule;
import io.patentdesk.app.store.DataDirectory;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.store.WorkspaceCorruptException;
import io.patentdesk.app.store.WorkspaceLockedException;
import io.patentdesk.app.ui.recovery.RecoveryDialog;
import io.patentdesk.app.ui.recovery.RecoveryViewModel;
import io.patentdesk.app.ui.task.FxTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window appears at once; the workspace opens in the background, and a locked or
 * corrupt workspace gets a clear message with a way out (restore a backup, start afresh, quit) instead of a crash.
 */
public final class PatentDeskApp extends Application {
    private FxTaskExecutor tasks;
    private Path tempDataDir;
    private Workspace workspace;

    @Override
    public void start(Stage stage) {
        DesktopLauncher.toolkitThread(Thread.currentThread());
        LaunchOptions options = DesktopLauncher.options();
        // An unexpected failure in an event handler: one line in the log and one sentence on screen, no stack trace.
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> {
            UserMessages.log("unexpected failure", error);
            if (!options.scripted() && stage.isShowing()) {
                Alert a = new Alert(Alert.AlertType.ERROR, "Something went wrong: " + UserMessages.of(error)
                        + " Your text is safe; autosave keeps running.", ButtonType.OK);
                a.initOwner(stage);
                a.setHeaderText("Something went wrong");
                a.show();
            }
        });
        tasks = new FxTaskExecutor();
        Label opening = new Label("Opening workspace\u2026");
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(opening), Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        scene.getStylesheets().add(MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.setTitle("PatentDesk");
        stage.show();
        Path dir;
        try {
            dir = dataDirectory(options);
        } catch (IOException e) {
            fatal(stage, "Cannot create a workspace folder: " + UserMessages.of(e));
            return;
        }
        openWorkspace(stage, options, dir);
    }

    private Path dataDirectory(LaunchOptions options) throws IOException {
        if (options.dataDir() != null) {
            return options.dataDir();
        }
        if (options.scripted()) {
            // Scripted runs never touch the user's matters.
            tempDataDir = Files.createTempDirectory("patentdesk-run");
            return tempDataDir;
        }
        return DataDirectory.resolve();
    }

    private void openWorkspace(Stage stage, LaunchOptions options, Path dir) {
        tasks.submit(() -> Workspace.open(dir), ws -> {
            try {
                showWindow(stage, options, ws);
            } catch (RuntimeException e) {
                // A bug, not a user error: say so in one line rather than leave a blank window.
                UserMessages.log("the window could not be built", e);
                fatal(stage, "The window could not be built: " + UserMessages.of(e));
            }
        }, e -> {
            if (e instanceof WorkspaceCorruptException corrupt && !options.scripted()) {
                offerRecovery(stage, options, dir, corrupt);
            } else if (e instanceof WorkspaceLockedException) {
                fatal(stage, "Another PatentDesk window has this workspace open (" + dir
                        + "). Close it, then start PatentDesk again.");
            } else {
                fatal(stage, UserMessages.of(e));
            }
        });
    }

    private void showWindow(Stage stage, LaunchOptions options, Workspace workspace) {
        this.workspace = workspace;
        Injector injector = Guice.createInjector(new AppModule(workspace, tasks, options));
        MainWindow window = injector.getInstance(MainWindow.class);
        if (options.scripted()) {
            window.forceTheme(options.dark()); // screenshots and figures do not depend on the user's preference
        }
        window.show(stage);
        if (options.smoke()) {
            injector.getInstance(SmokeRun.class).start(window);
        } else if (options.benchUi()) {
            // AppCommand refused --bench-ui without the benchmarks module; this covers a launch that bypassed it.
            UiBenchmarkRun.find().ifPresentOrElse(run -> run.start(injector, window),
                    () -> fatal(stage, "--bench-ui needs the benchmarks module on the class path."));
        }
    }

    /**
     * A damaged workspace: salvage it (every matter still readable, merged with the newest backup), restore a chosen
     * backup, or quit. The damaged file is moved aside, never deleted, and the user is told where.
     */
    private void offerRecovery(Stage stage, LaunchOptions options, Path dir, WorkspaceCorruptException e) {
        String problem = e.getCause() != null && e.getCause().getMessage() != null
                ? "PatentDesk could not read it: " + e.getCause().getMessage().lines().findFirst().orElse("") + "."
                : e.userMessage();
        RecoveryDialog.show(stage, problem, new RecoveryViewModel(dir, tasks),
                aside -> openWorkspace(stage, options, dir), Platform::exit);
    }

    private void fatal(Stage stage, String message) {
        if (DesktopLauncher.options().scripted()) {
            System.err.println("patentdesk: " + message);
            DesktopLauncher.exitStatus(1);
            Platform.exit();
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.CLOSE);
        a.initOwner(stage);
        a.setTitle("PatentDesk cannot start");
        a.setHeaderText("PatentDesk cannot start");
        a.showAndWait();
        DesktopLauncher.exitStatus(1);
        Platform.exit();
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown();
        }
        // The window is gone by now; Main calls System.exit as soon as this returns, so the last backup and the
        // close happen here, or not at all.
        try {
            if (workspace != null) {
                workspace.close();
            }
        } catch (RuntimeException e) {
            UserMessages.log("closing the workspace", e);
        } finally {
            if (tempDataDir != null) {
                deleteQuietly(tempDataDir);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
