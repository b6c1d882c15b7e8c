package io.patentdesk.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * An open workspace: the SQLite database {@code workspace.db} in a directory, locked for this process, checked,
 * migrated to the current schema and backed up (daily) before anything writes to it.
 */
public final class Workspace implements AutoCloseable {
    /** The database file's name inside the workspace directory. */
    public static final String FILE_NAME = "workspace.db";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Database database;
    private final WorkspaceLock lock;
    private final Backups backups;
    private final MatterRepository matters;
    private final VersionHistory history;

    private Workspace(Database database, WorkspaceLock lock, Backups backups) {
        this.database = database;
        this.lock = lock;
        this.backups = backups;
        this.matters = new MatterRepository(database);
        this.history = new VersionHistory(database);
    }

    /** Opens the workspace in the user's data directory ({@link DataDirectory#resolve()}). */
    public static Workspace openDefault() {
        return open(DataDirectory.resolve());
    }

    /**
     * Opens (creating if needed) the workspace in {@code directory}.
     *
     * @throws WorkspaceLockedException  another process has it open
     * @throws WorkspaceCorruptException the file is not a readable database; see {@link WorkspaceRecovery}
     * @throws StoreException            anything else (disk full, no permission), with a user message
     */
    public static Workspace open(Path directory) {
        Path file = directory.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the workspace folder " + directory + ": " + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            return openLocked(file, lock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Workspace openLocked(Path file, WorkspaceLock lock) {
        Backups backups = Backups.beside(file);
        if (!looksLikeSqlite(file)) {
            throw new WorkspaceCorruptException(file, backups.list(), null);
        }
        Connection c = null;
        try {
            c = connect(file);
            quickCheck(c, file, backups);
            Migrations.migrate(c);
            backups.takeIfDue(c, Instant.now());
            return new Workspace(new Database(c, file), lock, backups);
        } catch (SQLException e) {
            closeQuietly(c);
            throw Database.translate(e, file, "open the workspace");
        } catch (IOException e) {
            closeQuietly(c);
            throw new StoreException("Cannot write a backup of the workspace: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // FULL: every committed autosave survives a crash of the process and of the OS, at one fsync per save.
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /** An empty or absent file is a new workspace; anything else must start with SQLite's header. */
    private static boolean looksLikeSqlite(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return true;
            }
            try (InputStream in = Files.newInputStream(file)) {
                return Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the workspace " + file + ": " + e.getMessage(), e);
        }
    }

    private static void quickCheck(Connection c, Path file, Backups backups) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                throw new WorkspaceCorruptException(file, backups.list(), new SQLException(verdict));
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing with a better message
            }
        }
    }

    public MatterRepository matters() {
        return matters;
    }

    public VersionHistory history() {
        return history;
    }

    public Backups backups() {
        return backups;
    }

    /** Writes a backup now (e.g. from a "Back up now" menu item), rotating old ones out. */
    public Backup backupNow() {
        return database.read(c -> {
            try {
                return backups.take(c, Instant.now());
            } catch (IOException e) {
                throw new StoreException("Cannot write a backup of the workspace: " + e.getMessage(), e);
            }
        }, "back up the workspace");
    }

    public Path databaseFile() {
        return database.file();
    }

    /** The applied schema version. */
    public int schemaVersion() {
        return database.read(Migrations::currentVersion, "read the schema version");
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
