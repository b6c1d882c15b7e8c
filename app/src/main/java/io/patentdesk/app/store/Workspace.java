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
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;

/**
 * An open workspace: the SQLite database {@code workspace.db} in a directory, locked for this process, checked,
 * migrated to the current schema and backed up before anything writes to it. Backups are taken on open (when the
 * file changed since the newest one), before each schema migration, at most every
 * {@link Backups#WHILE_EDITING_EVERY} while edits are saved ({@link #backupIfDue()}, from the autosaver's thread),
 * and on every clean close. The folder and its files are private to the user (0700 / 0600).
 */
public final class Workspace implements AutoCloseable {
    /** The database file's name inside the workspace directory. */
    public static final String FILE_NAME = "workspace.db";

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Database database;
    private final WorkspaceLock lock;
    private final Backups backups;
    private final Clock clock;
    private final MatterRepository matters;
    private final VersionHistory history;
    private final CommentRepository comments;
    private final ChartRepository charts;
    private final Object backupGuard = new Object();
    private long commitsAtLastBackup;
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicBoolean backupRunning =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final java.util.concurrent.ExecutorService backupThread =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "patentdesk-backup");
                t.setDaemon(true); // close() waits for it; a crash needs no half backup
                return t;
            });

    private Workspace(Database database, WorkspaceLock lock, Backups backups, Clock clock) {
        this.database = database;
        this.lock = lock;
        this.backups = backups;
        this.clock = clock;
        this.matters = new MatterRepository(database);
        this.history = new VersionHistory(database);
        this.comments = new CommentRepository(database);
        this.charts = new ChartRepository(database);
    }

    /** Opens the workspace in the user's data directory ({@link DataDirectory#resolve()}). */
    public static Workspace openDefault() {
        return open(DataDirectory.resolve());
    }

    /** Opens (creating if needed) the workspace in {@code directory}, on the system clock. */
    public static Workspace open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    /**
     * Opens (creating if needed) the workspace in {@code directory}; {@code clock} dates backups and version
     * snapshots (tests and the fault harness simulate hours of editing with it).
     *
     * @throws WorkspaceLockedException  another process has it open
     * @throws WorkspaceCorruptException the file is not a sound database; see {@link WorkspaceRecovery}
     * @throws StoreException            anything else (disk full, no permission), with a user message
     */
    public static Workspace open(Path directory, Clock clock) {
        Path file = directory.resolve(FILE_NAME).toAbsolutePath();
        try {
            PrivateFiles.folder(directory);
        } catch (IOException e) {
            throw new StoreException("Cannot create the workspace folder " + directory + ": " + reason(e), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        try {
            return openLocked(file, lock, clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Workspace openLocked(Path file, WorkspaceLock lock, Clock clock) {
        Backups backups = Backups.beside(file);
        checkFile(file, backups);
        Connection c = null;
        try {
            PrivateFiles.createFile(file);
            c = connect(file);
            for (String side : new String[] {"-wal", "-shm"}) {
                PrivateFiles.file(file.resolveSibling(file.getFileName() + side));
            }
            quickCheck(c, file, backups);
            int before = Migrations.currentVersion(c);
            if (before > 0 && before < Migrations.available().size()) {
                backups.take(c, clock.instant(), Backups.BEFORE_MIGRATION);
            }
            Migrations.migrate(c);
            WorkspaceCheck.checksums(c).ifPresent(problem -> {
                throw new WorkspaceCorruptException(file, backups.list(), new SQLException(problem));
            });
            Workspace ws = new Workspace(new Database(c, file), lock, backups, clock);
            ws.backupOnOpen();
            return ws;
        } catch (SQLException e) {
            closeQuietly(c);
            throw Database.translate(e, file, "open the workspace");
        } catch (IOException e) {
            closeQuietly(c);
            throw new StoreException("Cannot write to the workspace folder: " + reason(e), e);
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
        // Deleted text is overwritten, not left in free pages: a salvage never brings back what the user deleted.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }

    /**
     * An empty or absent file is a new workspace, unless backups exist: then an empty file is a workspace that was
     * cut short (a full disk, a failed copy) and restoring is offered. Anything else must start with SQLite's header.
     */
    private static void checkFile(Path file, Backups backups) {
        try {
            if (!Files.exists(file)) {
                // Gone while its backups remain: a recovery cut short, or a deletion. Starting empty would let new
                // backups rotate the real ones out, so offer them instead.
                if (!backups.list().isEmpty()) {
                    throw new WorkspaceCorruptException(file, backups.list(),
                            new SQLException("the workspace file is missing; its backups are still there"));
                }
                return;
            }
            if (Files.size(file) == 0) {
                if (!backups.list().isEmpty()) {
                    throw new WorkspaceCorruptException(file, backups.list(),
                            new SQLException("the workspace file is empty (0 bytes)"));
                }
                return;
            }
            try (InputStream in = Files.newInputStream(file)) {
                if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
                    throw new WorkspaceCorruptException(file, backups.list(),
                            new SQLException("the file does not start like a database"));
                }
            }
        } catch (IOException e) {
            throw new StoreException("Cannot read the workspace " + file + ": " + reason(e), e);
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

    static String reason(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied (" + m + ")";
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return m == null ? e.getClass().getSimpleName() : m;
    }

    public MatterRepository matters() {
        return matters;
    }

    public VersionHistory history() {
        return history;
    }

    public CommentRepository comments() {
        return comments;
    }

    /** Each matter's prior-art chart: its references and the reviewer's marks. */
    public ChartRepository charts() {
        return charts;
    }

    public Backups backups() {
        return backups;
    }

    /** The clock that dates this workspace's backups and snapshots. */
    public Clock clock() {
        return clock;
    }

    /** Writes a backup now (e.g. from a "Back up now" menu item), rotating old ones out. */
    public Backup backupNow() {
        return backup(Backups.BY_USER);
    }

    /** Writes a consistent copy of the whole workspace to {@code target} (the command line's backup --out). */
    public void backupTo(Path target) {
        database.read(c -> {
            try {
                Backups.copyTo(c, target);
                return null;
            } catch (IOException e) {
                throw new StoreException("Cannot write the backup " + target + ": " + reason(e), e);
            }
        }, "back up the workspace");
    }

    /**
     * Starts a backup on the workspace's backup thread when one is due ({@link #backupIfDue()}); returns at once, so
     * the autosaver's next save is never held up by a copy of the whole workspace. A failure goes to {@code failed}.
     */
    public void backupIfDueInBackground(java.util.function.Consumer<StoreException> failed) {
        if (closed || !backupRunning.compareAndSet(false, true)) {
            return; // one backup at a time; the next save asks again
        }
        try {
            backupThread.execute(() -> {
                try {
                    backupIfDue();
                } catch (StoreException e) {
                    failed.accept(e);
                } finally {
                    backupRunning.set(false);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            backupRunning.set(false); // closed meanwhile: close() takes the last backup itself
        }
    }

    /**
     * Takes a backup when edits were saved since the last one and the newest is older than
     * {@link Backups#WHILE_EDITING_EVERY}; returns it, or null when none was due. Call off the UI thread.
     */
    public Backup backupIfDue() {
        synchronized (backupGuard) {
            if (database.commits() == commitsAtLastBackup
                    || !backups.olderThan(Backups.WHILE_EDITING_EVERY, clock.instant())) {
                return null;
            }
        }
        return backup(Backups.WHILE_EDITING);
    }

    private void backupOnOpen() {
        Instant changed;
        try {
            changed = Files.getLastModifiedTime(database.file()).toInstant();
            // After a crash the newest commits may be only in the log, whose time then counts.
            Path wal = database.file().resolveSibling(database.file().getFileName() + "-wal");
            if (Files.exists(wal) && Files.size(wal) > 0) {
                Instant logged = Files.getLastModifiedTime(wal).toInstant();
                changed = logged.isAfter(changed) ? logged : changed;
            }
        } catch (IOException e) {
            changed = Instant.MAX;
        }
        Instant since = changed;
        boolean stale = backups.newest().map(b -> b.taken().isBefore(since.minusSeconds(1))).orElse(true);
        if (stale && database.read(Migrations::hasMatters, "read the workspace")) {
            backup(Backups.ON_OPEN);
        }
    }

    /**
     * Writes a backup through a connection of its own: under the write-ahead log a reader sees the last committed
     * state while the autosaver goes on writing, so a backup of a large workspace never delays a save.
     */
    private Backup backup(String reason) {
        synchronized (backupGuard) {
            long commits = database.commits();
            try (Connection c = WorkspaceInspection.readOnly(database.file())) {
                Backup b = backups.take(c, clock.instant(), reason);
                commitsAtLastBackup = commits;
                return b;
            } catch (SQLException e) {
                throw Database.translate(e, database.file(), "back up the workspace");
            } catch (IOException e) {
                throw new StoreException("Cannot write a backup of the workspace: " + reason(e), e);
            }
        }
    }

    public Path databaseFile() {
        return database.file();
    }

    /** The applied schema version. */
    public int schemaVersion() {
        return database.read(Migrations::currentVersion, "read the schema version");
    }

    /** Closes the workspace after a last backup when anything was saved since the previous one. Off the UI thread. */
    @Override
    public void close() {
        synchronized (backupGuard) {
            if (closed) {
                return;
            }
            closed = true;
        }
        backupThread.shutdown();
        try {
            backupThread.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            if (database.commits() != commitsAtLastBackup) {
                // Checkpoint first: the file is then final before the backup, so the next start sees the backup as
                // current and takes no second copy of the same content.
                database.read(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
                    }
                    return null;
                }, "write the workspace");
                backup(Backups.ON_CLOSE);
            }
        } catch (StoreException e) {
            // The database itself is already saved; a backup that cannot be written must not stop the close.
            System.getLogger("io.patentdesk.store").log(System.Logger.Level.WARNING, e.userMessage());
        } finally {
            try {
                database.close();
            } finally {
                lock.close();
            }
        }
    }
}
