package io.patentdesk.app.store;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Child JVM for {@link KillDuringWritesTest}: works on a workspace until it is killed. Modes:
 * {@code autosave} types into a matter without pause (each edit stamped with the wall-clock time it was typed);
 * {@code backup} does the same on a clock that runs an hour a second, so every autosave is followed by a backup;
 * {@code migration} opens a workspace of an older schema (backup before migration, then the migration) over and
 * over. It prints "READY" once working, so the parent kills it mid-work, not during JVM start-up.
 */
public final class FaultChild {
    private FaultChild() {
    }

    /** The claims of edit {@code n}, typed at {@code millis}: a few kB, so a save spans several pages. */
    static String claims(int n, long millis) {
        return "1. A widget (edit " + n + " at " + millis + ") comprising a frame.\n"
                + ("2. The widget of claim 1, wherein the frame is rigid.\n").repeat(60) + "END " + n;
    }

    /** The time edit stamped into {@code claims} was typed, or -1. */
    static long typedAt(String claims) {
        int at = claims.indexOf(" at ");
        int close = claims.indexOf(')', at);
        return at < 0 || close < 0 ? -1 : Long.parseLong(claims.substring(at + 4, close));
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        if (mode.equals("migration")) {
            System.out.println("READY");
            System.out.flush();
            for (;;) {
                Workspace.open(dir).close();
                KillDuringWritesTest.downgradeToSchemaOne(dir);
            }
        }
        Clock clock = mode.equals("backup") ? new FastClock() : Clock.systemUTC();
        Workspace ws = Workspace.open(dir, clock);
        Matter m = ws.matters().get(new MatterId(args[2]));
        Autosaver saver = new Autosaver(ws.matters(), ws.history(), Autosaver.DEFAULT_QUIET,
                Autosaver.DEFAULT_MAX_DELAY, Autosaver.DEFAULT_SNAPSHOT_EVERY, AutosaveListener.NONE, clock,
                () -> ws.backupIfDueInBackground(e -> { }));
        System.out.println("READY");
        System.out.flush();
        for (int n = 1;; n++) {
            m = m.withClaims(claims(n, System.currentTimeMillis()));
            saver.edited(m);
            Thread.sleep(20); // faster than the quiet period: the 2-second limit makes the saves
        }
    }

    /** A clock that runs an hour for every real second: a backup is due after each save. */
    static final class FastClock extends Clock {
        private final long start = System.nanoTime();
        private final Instant origin = Instant.now();

        @Override
        public Instant instant() {
            return origin.plusMillis((System.nanoTime() - start) / 1_000_000 * 3600);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
