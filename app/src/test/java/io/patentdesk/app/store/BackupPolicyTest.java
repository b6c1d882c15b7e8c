package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** When backups are taken, which are kept, and that they are private. */
class BackupPolicyTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");

    @TempDir
    Path dir;

    /** A clock the test moves forward. */
    static final class ManualClock extends Clock {
        private Instant now;

        ManualClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
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

    private static Backup at(String iso) {
        return new Backup(Path.of("b-" + iso), Instant.parse(iso), 1, Backups.WHILE_EDITING);
    }

    @Test
    void retentionKeepsTheLastTwentyAndTheNewestOfEachOfFourteenDays() {
        Instant now = Instant.parse("2026-12-20T12:00:00Z");
        List<Backup> newestFirst = new ArrayList<>();
        for (int i = 0; i < 30; i++) { // today, every 10 minutes back
            newestFirst.add(new Backup(Path.of("today-" + i), now.minus(Duration.ofMinutes(10L * i)), 1, ""));
        }
        for (int day = 1; day <= 20; day++) { // two a day for 20 earlier days
            Instant noon = now.minus(Duration.ofDays(day));
            newestFirst.add(new Backup(Path.of("d" + day + "-late"), noon.plusSeconds(3600), 1, ""));
            newestFirst.add(new Backup(Path.of("d" + day + "-early"), noon.minusSeconds(3600), 1, ""));
        }
        List<Backup> kept = Backups.retained(newestFirst, now);
        List<String> names = kept.stream().map(b -> b.file().toString()).toList();
        assertThat(names).hasSize(20 + 13); // the 20 newest (all today) + the newest of the 13 days before
        assertThat(names.subList(0, 20)).allMatch(n -> n.startsWith("today-"));
        assertThat(names).contains("d1-late", "d13-late").doesNotContain("d1-early", "d14-late", "today-20");
    }

    @Test
    void retentionKeepsEverythingWhenThereAreFewBackups() {
        List<Backup> few = List.of(at("2026-12-20T10:00:00Z"), at("2026-01-01T10:00:00Z"));
        assertThat(Backups.retained(few, Instant.parse("2026-12-20T12:00:00Z"))).hasSize(2);
    }

    @Test
    void whileEditingABackupIsTakenAtMostEveryTenMinutesAndOnlyAfterChanges() {
        ManualClock clock = new ManualClock(T0);
        try (Workspace ws = Workspace.open(dir, clock)) {
            Matter m = ws.matters().create("Busy");
            assertThat(ws.backupIfDue()).as("no backup yet: the first is due").isNotNull();
            ws.matters().save(m.withClaims("1. A thing."));
            clock.advance(Duration.ofMinutes(9));
            assertThat(ws.backupIfDue()).as("9 minutes after the last").isNull();
            clock.advance(Duration.ofMinutes(1));
            assertThat(ws.backupIfDue()).as("10 minutes, with an edit since").isNotNull();
            clock.advance(Duration.ofMinutes(30));
            assertThat(ws.backupIfDue()).as("no edit since the last backup").isNull();
        }
        assertThat(WorkspaceRecovery.backups(dir)).extracting(Backup::reason)
                .containsExactly(Backups.WHILE_EDITING, Backups.WHILE_EDITING); // nothing new to back up on close
    }

    @Test
    void theAutosaverStartsThePeriodicBackupOnTheBackupThread() {
        ManualClock clock = new ManualClock(T0);
        try (Workspace ws = Workspace.open(dir, clock)) {
            Matter m = ws.matters().create("Typed");
            try (Autosaver saver = new Autosaver(ws, AutosaveListener.NONE)) {
                saver.edited(m.withClaims("1. A typed thing."));
                saver.flush();
            }
        } // close waits for the backup thread
        assertThat(WorkspaceRecovery.backups(dir)).extracting(Backup::reason).containsExactly(Backups.WHILE_EDITING);
    }

    @Test
    void aCleanCloseAfterEditsLeavesABackupHoldingThem() {
        Matter m;
        try (Workspace ws = Workspace.open(dir)) {
            m = ws.matters().create("Closed").withClaims("1. Kept on close.");
            ws.matters().save(m);
        }
        Backup newest = WorkspaceRecovery.backups(dir).get(0);
        assertThat(newest.reason()).isEqualTo(Backups.ON_CLOSE);
        assertThat(BackupContents.read(newest).matters()).extracting(Matter::claims).containsExactly("1. Kept on close.");
    }

    @Test
    void aSchemaMigrationIsPrecededByABackupOfTheOldFile() throws Exception {
        try (var c = Workspace.connect(Files.createDirectories(dir).resolve(Workspace.FILE_NAME))) {
            try (var st = c.createStatement()) { // a workspace as schema 1 left it
                st.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_ms INTEGER NOT NULL)");
                for (String sql : Migrations.statements(Migrations.available().get(0))) {
                    st.execute(sql);
                }
                st.execute("INSERT INTO schema_version VALUES (1, 0)");
                st.execute("INSERT INTO matter VALUES ('" + java.util.UUID.randomUUID() + "', 'Old', '1. Old.', 0, 0)");
            }
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.schemaVersion()).isEqualTo(Migrations.available().size());
            assertThat(ws.matters().list()).extracting(s -> s.title()).containsExactly("Old");
        }
        assertThat(WorkspaceRecovery.backups(dir)).extracting(Backup::reason).contains(Backups.BEFORE_MIGRATION);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theWorkspaceItsBackupsAndItsFoldersArePrivateToTheUser() throws Exception {
        Path data = dir.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            ws.matters().create("Secret");
            ws.backupNow();
            assertThat(perms(data)).isEqualTo("rwx------");
            assertThat(perms(data.resolve(Workspace.FILE_NAME))).isEqualTo("rw-------");
            assertThat(perms(data.resolve(Workspace.FILE_NAME + "-wal"))).isEqualTo("rw-------");
            assertThat(perms(data.resolve(Workspace.FILE_NAME + ".lock"))).isEqualTo("rw-------");
            assertThat(perms(ws.backups().directory())).isEqualTo("rwx------");
            for (Backup b : ws.backups().list()) {
                assertThat(perms(b.file())).as(b.file().toString()).isEqualTo("rw-------");
            }
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aWorkspaceLeftReadableByAnOlderBuildIsMadePrivateOnOpen() throws Exception {
        Workspace.open(dir).close();
        Path db = dir.resolve(Workspace.FILE_NAME);
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Workspace.open(dir).close();
        assertThat(perms(db)).isEqualTo("rw-------");
        assertThat(perms(dir)).isEqualTo("rwx------");
    }

    private static String perms(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
