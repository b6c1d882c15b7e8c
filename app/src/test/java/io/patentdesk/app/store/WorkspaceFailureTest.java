package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.patentdesk.app.matter.Matter;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFailureTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenOfTheSameWorkspaceIsLocked() {
        try (Workspace first = Workspace.open(dir)) {
            assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOf(WorkspaceLockedException.class)
                    .hasMessageContaining("in use");
        }
        Workspace.open(dir).close(); // released on close
    }

    @Test
    void aFileThatIsNotADatabaseIsCorruptAndCanBeMovedAside() throws Exception {
        Path db = dir.resolve(Workspace.FILE_NAME);
        Files.writeString(db, "this is a text file, not a database");
        assertThatThrownBy(() -> Workspace.open(dir)).isInstanceOfSatisfying(WorkspaceCorruptException.class,
                e -> {
                    assertThat(e.userMessage()).contains("damaged").contains("no backup");
                    assertThat(e.backups()).isEmpty();
                });

        Path aside = WorkspaceRecovery.moveAside(dir);
        assertThat(Files.readString(aside)).isEqualTo("this is a text file, not a database"); // never deleted
        try (Workspace fresh = Workspace.open(dir)) {
            assertThat(fresh.matters().list()).isEmpty();
        }
    }

    @Test
    void aDamagedDatabaseOffersTheBackupTakenOnOpenAndRestoringItBringsTheMattersBack() throws Exception {
        Matter m;
        try (Workspace ws = Workspace.open(dir)) {
            m = ws.matters().create("Precious").withClaims("1. A precious widget.");
            ws.matters().save(m);
            ws.backupNow();
        }
        damagePages(dir.resolve(Workspace.FILE_NAME));

        WorkspaceCorruptException e = (WorkspaceCorruptException) catchOpen();
        assertThat(e.backups()).isNotEmpty();
        assertThat(e.userMessage()).contains("open a backup");

        Path aside = WorkspaceRecovery.restore(dir, e.backups().get(0));
        assertThat(aside).exists();
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.matters().get(m.id()).claims()).isEqualTo("1. A precious widget.");
        }
    }

    @Test
    void backupsRotateKeepingTheNewest() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + ws.databaseFile())) {
                java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
                for (int i = 0; i < Backups.KEEP_LAST + 3; i++) {
                    ws.backups().take(c, t.plusSeconds(i), Backups.BY_USER);
                }
            }
            // The newest KEEP_LAST: the others are from the same (long past) day, whose newest is among them.
            assertThat(ws.backups().list()).hasSize(Backups.KEEP_LAST);
            assertThat(ws.backups().list().get(0).taken()).isAfter(ws.backups().list().get(1).taken());
        }
    }

    @Test
    void anEmptyWorkspaceNeedsNoBackupAndAnUnchangedOneNoSecond() {
        Workspace.open(dir).close();
        assertThat(WorkspaceRecovery.backups(dir)).isEmpty();
        try (Workspace ws = Workspace.open(dir)) {
            ws.matters().create("One");
        }
        assertThat(WorkspaceRecovery.backups(dir)).extracting(Backup::reason).containsExactly(Backups.ON_CLOSE);
        Workspace.open(dir).close();
        Workspace.open(dir).close();
        assertThat(WorkspaceRecovery.backups(dir)).hasSize(1); // nothing changed since the backup on close
    }

    @Test
    void aMissingWorkspaceFileWithBackupsBesideItIsOfferedTheBackupsNotAnEmptyStart() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.matters().create("Kept in a backup");
        }
        Files.delete(dir.resolve(Workspace.FILE_NAME));
        assertThat(catchOpen()).isInstanceOf(WorkspaceCorruptException.class).hasMessageContaining("open a backup");
    }

    @Test
    void twoDamagedFilesMovedAsideInTheSameSecondAreBothKept() throws Exception {
        Files.writeString(dir.resolve(Workspace.FILE_NAME), "first damaged file");
        Path first = WorkspaceRecovery.moveAside(dir);
        Files.writeString(dir.resolve(Workspace.FILE_NAME), "second damaged file");
        Path second = WorkspaceRecovery.moveAside(dir);
        assertThat(first).isNotEqualTo(second);
        assertThat(Files.readString(first)).isEqualTo("first damaged file");
        assertThat(Files.readString(second)).isEqualTo("second damaged file");
    }

    private StoreException catchOpen() {
        try {
            Workspace.open(dir).close();
        } catch (StoreException e) {
            return e;
        }
        throw new AssertionError("the damaged workspace opened");
    }

    /** Overwrites every page after the header page with garbage, as a failing disk would. */
    private static void damagePages(Path db) throws Exception {
        byte[] junk = "garbage!".repeat(512).getBytes(StandardCharsets.US_ASCII);
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            for (long pos = 100; pos < f.length(); pos += junk.length) {
                f.seek(pos);
                f.write(junk);
            }
        }
    }
}
