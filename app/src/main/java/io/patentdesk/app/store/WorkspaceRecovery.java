package io.patentdesk.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The way out of a damaged workspace: the damaged database (with its -wal and -shm files) is moved aside under a
 * dated name, never deleted, and either a backup is copied in its place or the next open starts empty.
 * Call these only while no {@link Workspace} is open on the directory.
 */
public final class WorkspaceRecovery {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private WorkspaceRecovery() {
    }

    /** The backups that could replace the workspace in {@code directory}, newest first. */
    public static List<Backup> backups(Path directory) {
        return Backups.beside(directory.resolve(Workspace.FILE_NAME).toAbsolutePath()).list();
    }

    /**
     * Moves the damaged database aside and returns where it went (e.g. {@code workspace.db.damaged-20261125T...}),
     * so the next {@link Workspace#open} starts an empty workspace.
     */
    public static Path moveAside(Path directory) {
        Path db = directory.resolve(Workspace.FILE_NAME);
        String base = Workspace.FILE_NAME + ".damaged-" + STAMP.format(Instant.now());
        Path aside = db.resolveSibling(base);
        for (int n = 2; Files.exists(aside); n++) { // two recoveries in one second: neither damaged file is lost
            aside = db.resolveSibling(base + "-" + n);
        }
        try {
            List<Path[]> moves = new ArrayList<>();
            moves.add(new Path[] {db, aside});
            for (String suffix : List.of("-wal", "-shm")) {
                Path side = db.resolveSibling(Workspace.FILE_NAME + suffix);
                if (Files.exists(side)) {
                    moves.add(new Path[] {side, aside.resolveSibling(aside.getFileName() + suffix)});
                }
            }
            for (Path[] m : moves) {
                if (Files.exists(m[0])) {
                    Files.move(m[0], m[1], StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return aside;
        } catch (IOException e) {
            throw new StoreException("Cannot move the damaged workspace aside: " + e.getMessage(), e);
        }
    }

    /**
     * Moves the damaged database aside and puts a copy of {@code backup} in its place; then
     * {@link Workspace#open(Path)} opens the backup's content. Returns where the damaged file went.
     */
    public static Path restore(Path directory, Backup backup) {
        if (!Files.isRegularFile(backup.file())) {
            throw new StoreException("The backup " + backup.file() + " no longer exists.", null);
        }
        Path db = directory.resolve(Workspace.FILE_NAME);
        Path tmp = db.resolveSibling(Workspace.FILE_NAME + ".restoring");
        try {
            // The copy first, whole and on disk: a full disk fails here, before the damaged file has moved.
            Files.copy(backup.file(), tmp, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.file(tmp);
            Backups.forceToDisk(tmp);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StoreException("Cannot restore the backup " + backup.label() + ": " + Workspace.reason(e), e);
        }
        Path aside = Files.exists(db) ? moveAside(directory) : null;
        putInPlace(tmp, db, aside);
        return aside;
    }

    /** Moves {@code fresh} to {@code db}; when that fails the damaged file goes back where it was. */
    static void putInPlace(Path fresh, Path db, Path aside) {
        try {
            Files.move(fresh, db, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                if (aside != null && !Files.exists(db)) {
                    Files.move(aside, db, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException ignored) {
                // the message below names both files; nothing is deleted
            }
            throw new StoreException("Cannot put the recovered workspace in place (it is in " + fresh + "): "
                    + Workspace.reason(e), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover copy is overwritten by the next attempt
        }
    }
}
