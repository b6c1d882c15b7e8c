package io.patentdesk.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class DatabaseErrorsTest {
    @TempDir
    Path dir;

    @Test
    void sqliteResultCodesBecomeTypedExceptionsWithUserMessages() {
        Path f = dir.resolve("workspace.db");
        assertThat(Database.translate(new SQLiteException("database is locked", SQLiteErrorCode.SQLITE_BUSY), f, "save"))
                .isInstanceOf(WorkspaceLockedException.class);
        assertThat(Database.translate(new SQLiteException("malformed", SQLiteErrorCode.SQLITE_CORRUPT_INDEX), f, "save"))
                .isInstanceOf(WorkspaceCorruptException.class);
        assertThat(Database.translate(new SQLiteException("not a db", SQLiteErrorCode.SQLITE_NOTADB), f, "save"))
                .isInstanceOf(WorkspaceCorruptException.class);
        StoreException full = Database.translate(new SQLiteException("database or disk is full\nmore",
                SQLiteErrorCode.SQLITE_FULL), f, "save \"Hinge\"");
        assertThat(full).isExactlyInstanceOf(StoreException.class);
        assertThat(full.userMessage()).isEqualTo("Could not save \"Hinge\": the disk is full. Your text is kept in memory"
                + " and saved as soon as there is space.");
    }

    /** Another program holding a write lock on the file: the save fails typed, after the busy timeout, and the
     * workspace works again once the lock is gone. */
    @Test
    void aWriteLockHeldByAnotherProgramIsALockedWorkspaceNotALoss() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            Matter m = ws.matters().create("Locked");
            try (Connection other = Workspace.connect(ws.databaseFile()); Statement st = other.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                StoreException e = catchSave(ws, m.withClaims("1. Blocked."));
                assertThat(e).isInstanceOf(WorkspaceLockedException.class);
                assertThat(e.userMessage()).contains("in use");
                st.execute("ROLLBACK");
            }
            ws.matters().save(m.withClaims("1. Saved after all."));
            assertThat(ws.matters().get(m.id()).claims()).isEqualTo("1. Saved after all.");
        }
    }

    private static StoreException catchSave(Workspace ws, Matter m) {
        try {
            ws.matters().save(m);
        } catch (StoreException e) {
            return e;
        }
        throw new AssertionError("the save went through a held exclusive lock");
    }
}
