package io.patentdesk.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteException;

/**
 * The one connection to the workspace, shared by the UI thread (reads) and the autosaver (writes). A lock
 * serialises whole units of work so a transaction from one thread never interleaves with another's statements.
 */
final class Database implements AutoCloseable {
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    private final Connection connection;
    private final Path file;
    private final ReentrantLock lock = new ReentrantLock();
    /** Committed write transactions so far: a backup is worth taking only when this moved since the last one. */
    private final java.util.concurrent.atomic.AtomicLong commits = new java.util.concurrent.atomic.AtomicLong();

    Database(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    Path file() {
        return file;
    }

    long commits() {
        return commits.get();
    }

    /** Runs {@code work} alone on the connection, outside a transaction. */
    <T> T read(SqlWork<T> work, String what) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, file, what);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none. */
    <T> T write(SqlWork<T> work, String what) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                commits.incrementAndGet();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException alreadyRolledBack) {
                    // SQLite rolls back by itself on some errors (a full disk); the first error is the one to report
                    e.addSuppressed(alreadyRolledBack);
                }
                throw e;
            } finally {
                try {
                    connection.setAutoCommit(true);
                } catch (SQLException ignored) {
                    // the connection is already in autocommit mode after SQLite's own rollback
                }
            }
        } catch (SQLException e) {
            throw translate(e, file, what);
        } finally {
            lock.unlock();
        }
    }

    /** Maps SQLite's result codes to the typed exceptions the UI can offer a way out of. */
    static StoreException translate(SQLException e, Path file, String what) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : e.getErrorCode() & 0xff;
        return switch (code) {
            case SQLITE_CORRUPT, SQLITE_NOTADB ->
                    new WorkspaceCorruptException(file, Backups.beside(file).list(), e);
            case SQLITE_BUSY, SQLITE_LOCKED -> new WorkspaceLockedException(file, e);
            case SQLITE_FULL -> new StoreException("Could not " + what + ": the disk is full. Your text is kept in "
                    + "memory and saved as soon as there is space.", e);
            case SQLITE_READONLY -> new StoreException("Could not " + what + ": the workspace folder " + file.getParent()
                    + " is read-only.", e);
            case SQLITE_CANTOPEN -> new StoreException("Could not " + what + ": the workspace " + file
                    + " cannot be opened (check that the folder exists and that you may write to it).", e);
            case SQLITE_IOERR -> new StoreException("Could not " + what + ": the disk reported an error ("
                    + firstLine(e.getMessage()) + ").", e);
            default -> new StoreException("Could not " + what + ": " + firstLine(e.getMessage()), e);
        };
    }

    /** The first line of a driver's message (SQLite's run to several lines), for a one-line user message. */
    static String firstLine(String s) {
        return s == null ? "database error" : s.lines().findFirst().orElse(s);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw translate(e, file, "close the workspace");
        } finally {
            lock.unlock();
        }
    }
}
