package io.patentdesk.app.store;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Child JVM for {@link CrashSafetyTest}: types into a matter without pause, autosaving with the app's defaults,
 * and prints "SAVED n" each time edit n is on disk, until it is killed.
 */
public final class AutosavingChild {
    private AutosavingChild() {
    }

    public static void main(String[] args) throws Exception {
        Workspace ws = Workspace.open(Path.of(args[0]));
        Matter start = ws.matters().get(new MatterId(args[1]));
        AutosaveListener printer = new AutosaveListener() {
            @Override
            public void saved(MatterId id, Instant contentModified, Instant savedAt) {
                Matter stored = ws.matters().get(id);
                System.out.println("SAVED " + CrashSafetyTest.editNumber(stored.claims()));
                System.out.flush();
            }

            @Override
            public void failed(MatterId id, StoreException error) {
                System.out.println("FAILED " + error.getMessage());
                System.out.flush();
            }
        };
        Autosaver saver = new Autosaver(ws.matters(), ws.history(), Autosaver.DEFAULT_QUIET,
                Autosaver.DEFAULT_MAX_DELAY, Duration.ofSeconds(1), printer);
        Matter m = start;
        for (int n = 1;; n++) {
            m = m.withClaims(CrashSafetyTest.claimsForEdit(n));
            saver.edited(m);
            Thread.sleep(20); // faster than the quiet period: only the max delay triggers saves
        }
    }
}
