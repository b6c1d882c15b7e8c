package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Kills a JVM that is autosaving (SIGKILL, no shutdown hooks) and checks the reopened workspace. */
class CrashSafetyTest {
    private static final Pattern EDIT = Pattern.compile("^1\\. A widget \\(edit (\\d+)\\) comprising", Pattern.MULTILINE);

    @TempDir
    Path dir;

    static String claimsForEdit(int n) {
        // A few kB per edit so a save is a real multi-page write that a kill can interrupt.
        return "1. A widget (edit " + n + ") comprising a frame.\n" + ("2. The widget of claim 1, wherein the frame "
                + "is rigid.\n").repeat(100) + "END " + n;
    }

    static int editNumber(String claims) {
        Matcher m = EDIT.matcher(claims);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // SIGKILL semantics; Windows' TerminateProcess is tested by the same code path
    void afterKillMinus9MidEditReopeningShowsTheLastAutosave() throws Exception {
        Matter m;
        try (Workspace ws = Workspace.open(dir)) {
            m = ws.matters().create("Crash test");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                AutosavingChild.class.getName(), dir.toString(), m.id().value())
                .redirectErrorStream(true).start();
        int lastReported = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            int saves = 0;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("SAVED ")) {
                    lastReported = Integer.parseInt(line.substring(6).trim());
                    if (++saves == 3) {
                        break; // the child is typing and autosaving: kill it now, mid-edit
                    }
                } else if (line.startsWith("FAILED")) {
                    throw new AssertionError(line);
                }
            }
            child.destroyForcibly(); // SIGKILL on Unix
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(lastReported).as("the child reported autosaves").isPositive();

        try (Workspace ws = Workspace.open(dir)) { // opens: not corrupt, not left locked
            String claims = ws.matters().get(m.id()).claims();
            int stored = editNumber(claims);
            // The last reported autosave, or a newer one that committed before the kill; never a torn write.
            assertThat(stored).isGreaterThanOrEqualTo(lastReported);
            assertThat(claims).isEqualTo(claimsForEdit(stored));
            assertThat(ws.history().list(m.id())).isNotEmpty();
        }
    }
}
