package io.patentdesk.app.store;

import java.nio.file.Path;

/** Another PatentDesk (or another program) holds the workspace; the user should close it, or open a backup. */
public final class WorkspaceLockedException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final transient Path databaseFile;

    public WorkspaceLockedException(Path databaseFile, Throwable cause) {
        super("The workspace " + databaseFile + " is in use by another PatentDesk window or program; "
                + "close it and try again.", cause);
        this.databaseFile = databaseFile;
    }

    public Path databaseFile() {
        return databaseFile;
    }
}
