package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of a JVM at a random moment while it autosaves, backs up or migrates: every reopen works and the typing
 * lost is at most the autosave limit. CI runs a few kills per mode; the full figure runs 200 in all:
 * {@code mvn -pl app -am verify -Dtest=KillDuringWritesTest -Dsurefire.failIfNoSpecifiedTests=false -Dpatentdesk.kills=67
 * -Dpatentdesk.kills.maxLostMs=2000} (kills per mode; the distribution is printed).
 */
@DisabledOnOs(OS.WINDOWS) // SIGKILL semantics
class KillDuringWritesTest {
    private static final int KILLS = Integer.getInteger("patentdesk.kills", 3);
    /**
     * The limit is 2 s of typing (autosave within 1 s, plus the save itself); the figure run holds the test
     * to it ({@code -Dpatentdesk.kills.maxLostMs=2000}) on an idle machine. CI's few kills share two cores with the
     * rest of the build, where one fsync can take seconds, so by default they only catch a save that never came.
     */
    private static final long MAX_LOST_MS = Long.getLong("patentdesk.kills.maxLostMs", 6_000);

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"autosave", "backup", "migration"})
    void everyReopenWorksAndAtMostTheLastTwoSecondsOfTypingAreLost(String mode) throws Exception {
        Random random = new Random(mode.hashCode());
        List<Long> lost = new ArrayList<>();
        for (int k = 0; k < KILLS; k++) {
            Path dir = tmp.resolve(mode + "-" + k);
            Matter m;
            try (Workspace ws = Workspace.open(dir)) {
                m = ws.matters().create("Kill " + k).withClaims(FaultChild.claims(0, System.currentTimeMillis()));
                ws.matters().save(m);
            }
            if (mode.equals("migration")) {
                downgradeToSchemaOne(dir);
            }
            long killedAt = runAndKill(mode, dir, m, 300 + random.nextInt(2_500));
            try (Workspace ws = Workspace.open(dir)) { // not corrupt, not left locked
                Matter stored = ws.matters().get(m.id());
                if (mode.equals("migration")) {
                    assertThat(stored.claims()).isEqualTo(m.claims());
                    assertThat(ws.schemaVersion()).isEqualTo(Migrations.available().size());
                } else {
                    long typed = FaultChild.typedAt(stored.claims());
                    assertThat(stored.claims()).endsWith("END " + stored.claims().substring(
                            stored.claims().indexOf("(edit ") + 6, stored.claims().indexOf(" at ")));
                    lost.add(killedAt - typed);
                }
            }
            for (Backup b : WorkspaceRecovery.backups(dir)) { // a backup interrupted by the kill never looks whole
                BackupContents.read(b);
            }
        }
        if (!lost.isEmpty()) {
            Collections.sort(lost);
            System.out.printf("kill -9 during %s: %d kills, typing lost (ms) min %d, median %d, p90 %d, max %d%n", mode,
                    lost.size(), lost.get(0), lost.get(lost.size() / 2), lost.get(lost.size() * 9 / 10),
                    lost.get(lost.size() - 1));
            assertThat(lost.get(lost.size() - 1)).isLessThanOrEqualTo(MAX_LOST_MS);
        } else {
            System.out.printf("kill -9 during %s: %d kills, every reopen worked%n", mode, KILLS);
        }
    }

    /** Starts the child, kills it {@code afterMs} after it is working; returns when it was killed. */
    private static long runAndKill(String mode, Path dir, Matter m, int afterMs) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                FaultChild.class.getName(), mode, dir.toString(), m.id().value()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do { // the JVM may warn first
                line = out.readLine();
            } while (line != null && !line.equals("READY"));
            assertThat(line).as("the child started").isEqualTo("READY");
            Thread.sleep(afterMs);
            long killedAt = System.currentTimeMillis();
            child.destroyForcibly(); // SIGKILL
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            return killedAt;
        }
    }

    /** Makes the workspace in {@code dir} look as schema 1 left it, so the next open backs up and migrates again. */
    static void downgradeToSchemaOne(Path dir) throws Exception {
        try (Connection c = Workspace.connect(dir.resolve(Workspace.FILE_NAME).toAbsolutePath());
                Statement st = c.createStatement()) {
            // One transaction, as a real schema-1 file is one state: a kill must not leave a half-downgraded file
            // (the harness's own step, not the product's).
            c.setAutoCommit(false);
            st.execute("ALTER TABLE matter DROP COLUMN office"); // schema 4
            st.execute("ALTER TABLE matter DROP COLUMN entity");
            st.execute("ALTER TABLE matter DROP COLUMN docket");
            st.execute("ALTER TABLE matter DROP COLUMN content_sha");
            st.execute("DROP TABLE IF EXISTS matter_comment"); // schema 3
            st.execute("DROP TABLE IF EXISTS chart_mark"); // schema 5
            st.execute("DROP TABLE IF EXISTS chart_option");
            st.execute("DROP TABLE IF EXISTS chart_reference");
            st.execute("DELETE FROM schema_version WHERE version > 1");
            c.commit();
        }
    }
}
