package io.patentdesk.app.store;

import java.nio.file.Path;
import java.util.List;

/**
 * The workspace database cannot be read as a database. The way out is in {@link WorkspaceRecovery}: open one of
 * {@link #backups()} or move the damaged file aside and start an empty workspace; the damaged file is never deleted.
 */
public final class WorkspaceCorruptException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path databaseFile;
    private final transient List<Backup> backups;

    public WorkspaceCorruptException(Path databaseFile, List<Backup> backups, Throwable cause) {
        super("The workspace " + databaseFile + " is damaged and cannot be opened; "
                + (backups.isEmpty() ? "no backup exists, move it aside to start an empty workspace."
                        : "open a backup (newest: " + backups.get(0).label() + ") or move it aside."),
                cause);
        this.databaseFile = databaseFile;
        this.backups = List.copyOf(backups);
    }

    public Path databaseFile() {
        return databaseFile;
    }

    /** Backups that can replace the damaged file, newest first. */
    public List<Backup> backups() {
        return backups;
    }
}
