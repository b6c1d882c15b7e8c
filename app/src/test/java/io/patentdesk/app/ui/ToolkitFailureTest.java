package io.patentdesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The failures JavaFX 21 throws from Application.launch on Linux, as seen without GTK and without a display. */
class ToolkitFailureTest {

    @Test
    void missingGtkNamesThePackageToInstall() {
        // What JavaFX throws where libgtk-3-0 is not installed (Debian 12, xvfb-run, no GTK).
        var e = new UnsupportedOperationException("Unable to load glass GTK library.");
        assertThat(ToolkitFailure.userMessage(e, ":99")).hasValue(ToolkitFailure.GTK_MESSAGE);
        assertThat(ToolkitFailure.GTK_MESSAGE).startsWith("patentdesk: ").contains("GTK 3")
                .contains("sudo apt-get install libgtk-3-0").doesNotContain("\n");
    }

    @Test
    void aNativeLibraryThatCannotLoadIsAToolkitFailureToo() {
        // LauncherImpl wraps an Error from the launcher thread in a RuntimeException.
        var e = new RuntimeException("Application launch error",
                new UnsatisfiedLinkError("Can't load library: /opt/patentdesk/lib/libglass.so"));
        assertThat(ToolkitFailure.userMessage(e, ":0")).hasValue(ToolkitFailure.GTK_MESSAGE);
    }

    @Test
    void anUnreachableDisplayIsNamed() {
        var e = new UnsupportedOperationException("Unable to open DISPLAY");
        assertThat(ToolkitFailure.userMessage(e, ":99")).hasValueSatisfying(line -> assertThat(line)
                .startsWith("patentdesk: cannot open the display ':99'").contains("xvfb-run")
                .contains("libgtk-3-0").doesNotContain("\n"));
        assertThat(ToolkitFailure.userMessage(e, null)).hasValueSatisfying(line -> assertThat(line)
                .contains("DISPLAY is not set"));
    }

    @Test
    void aBugInTheAppIsNotBlamedOnTheToolkit() {
        var startFailed = new RuntimeException("Exception in Application start method", new NullPointerException("x"));
        assertThat(ToolkitFailure.userMessage(startFailed, ":0")).isEmpty();
        assertThat(ToolkitFailure.userMessage(new IllegalStateException("Application launch must not be called more than once"), ":0"))
                .isEmpty();
    }
}
