package io.patentdesk.app.ui;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises why JavaFX could not start its windowing toolkit, and says it in one line a user can act on. On Linux the
 * toolkit is GTK 3: without it JavaFX throws "Unable to load glass GTK library." (or an UnsatisfiedLinkError when
 * libglass itself cannot load), and a display that cannot be opened gives "Unable to open DISPLAY".
 */
public final class ToolkitFailure {
    /** What to install on the distributions most users have; the package name is the same on Debian and Ubuntu. */
    static final String GTK_MESSAGE =
            "patentdesk: the desktop app needs GTK 3 (Debian/Ubuntu: sudo apt-get install libgtk-3-0); "
                    + "the other subcommands work without it.";

    private ToolkitFailure() {
    }

    /**
     * The line to print for a failure of {@code Application.launch}, or empty when the failure is not the toolkit's
     * (a bug, which the caller reports as such).
     *
     * @param launchFailure what {@code Application.launch} threw
     * @param display       the DISPLAY environment variable (may be null), named in the message when it cannot be opened
     */
    public static Optional<String> userMessage(Throwable launchFailure, String display) {
        for (Throwable e = launchFailure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("unable to open display")) {
                return Optional.of("patentdesk: cannot open the display "
                        + (display == null || display.isBlank() ? "(DISPLAY is not set)" : "'" + display + "'")
                        + "; run the desktop app in a desktop session or under xvfb-run. It also needs GTK 3 "
                        + "(Debian/Ubuntu: sudo apt-get install libgtk-3-0).");
            }
            if (e instanceof UnsatisfiedLinkError || message.contains("gtk") || message.contains("libglass")) {
                return Optional.of(GTK_MESSAGE);
            }
        }
        return Optional.empty();
    }
}
