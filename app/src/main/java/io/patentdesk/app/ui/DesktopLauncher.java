package io.patentdesk.app.ui;

import io.patentdesk.app.CrashLogFolder;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;

/**
 * Starts the JavaFX application from the class path. It deliberately does not extend {@link Application}: the
 * Java launcher refuses a main class that does when JavaFX is not on the module path.
 */
public final class DesktopLauncher {
    private static volatile LaunchOptions options = LaunchOptions.interactive();
    private static final AtomicInteger EXIT_STATUS = new AtomicInteger();
    /** The longest a quit waits for the FX thread to end (it takes milliseconds; a hang must not keep the JVM). */
    private static final Duration TOOLKIT_EXIT_WAIT = Duration.ofSeconds(5);
    private static volatile Thread toolkitThread;

    private DesktopLauncher() {
    }

    /** Whether a window can be shown here: a display, or a headless platform asked for explicitly (tests). */
    public static boolean displayAvailable() {
        if (System.getProperty("glass.platform", "").equalsIgnoreCase("monocle")) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /**
     * Runs the app until its window closes; returns the exit status (non-zero when a smoke run failed).
     *
     * @throws ToolkitUnavailableException when JavaFX cannot start here (GTK missing, display not reachable), with
     *                                     the one line to print instead of JavaFX's stack trace
     */
    public static int launch(LaunchOptions launchOptions) {
        options = launchOptions;
        EXIT_STATUS.set(0);
        CrashLogFolder.ensure();
        try {
            Application.launch(PatentDeskApp.class);
            awaitToolkitThread();
        } catch (RuntimeException | LinkageError e) {
            Optional<String> line = ToolkitFailure.userMessage(e, System.getenv("DISPLAY"));
            if (line.isPresent()) {
                throw new ToolkitUnavailableException(line.get(), e);
            }
            throw e; // not the toolkit: a bug, reported as one
        }
        return EXIT_STATUS.get();
    }

    /**
     * Waits until the FX thread has left GTK's main loop. {@code Application.launch} returns as soon as the toolkit
     * has been told to exit, while that thread may still be unwinding GTK; the caller then exits the JVM, whose exit
     * would tear down native libraries under it.
     */
    private static void awaitToolkitThread() {
        Thread fx = toolkitThread;
        if (fx == null || fx == Thread.currentThread()) {
            return;
        }
        try {
            fx.join(TOOLKIT_EXIT_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the app on the FX thread as it starts. */
    static void toolkitThread(Thread thread) {
        toolkitThread = thread;
    }

    static LaunchOptions options() {
        return options;
    }

    /** Records the status {@link #launch} returns once the FX toolkit has stopped. */
    public static void exitStatus(int status) {
        EXIT_STATUS.set(status);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
