package io.patentdesk.tests;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.patentdesk.app.inject.AppModule;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.LaunchOptions;
import io.patentdesk.app.ui.MainWindow;
import io.patentdesk.app.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/** The real app (real workspace, analyzer, model, window) in this JVM, on a workspace folder the test owns. */
final class AppHarness {
    /** The tiny random-weight model the inference module tests with. */
    static final Path TINY_MODEL = Path.of("..", "local-inference", "src", "test", "resources", "models", "tiny-genai")
            .toAbsolutePath().normalize();

    final Workspace workspace;
    final FxTaskExecutor tasks = new FxTaskExecutor();
    final Injector injector;
    final MainWindow window;

    private AppHarness(Path dataDir, Path model) throws Exception {
        workspace = Workspace.open(dataDir);
        LaunchOptions options = new LaunchOptions(false, null, model, dataDir, false, false, 0);
        injector = Guice.createInjector(new AppModule(workspace, tasks, options));
        window = injector.getInstance(MainWindow.class);
        FxToolkit.setupFixture(() -> window.show(new Stage()));
    }

    static AppHarness start(Path dataDir, Path model) throws Exception {
        return new AppHarness(dataDir, model);
    }

    <T> T get(Class<T> type) {
        return injector.getInstance(type);
    }

    /** Closes the window as the user would: text saved, model released; then the workspace. */
    void close() throws Exception {
        CountDownLatch saved = new CountDownLatch(1);
        FxToolkit.setupFixture(() -> window.close(saved::countDown));
        if (!saved.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the window did not finish saving");
        }
        tasks.shutdown();
        workspace.close();
    }

    /**
     * Runs a read of the scene on the FX thread and returns its result: a lookup walking the scene graph from the test
     * thread can meet a child list that the app changes under it (IndexOutOfBoundsException, a half-built list).
     */
    static <T> T onFx(java.util.concurrent.Callable<T> lookup) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            try {
                return lookup.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(lookup).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
