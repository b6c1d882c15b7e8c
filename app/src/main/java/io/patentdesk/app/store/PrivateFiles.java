package io.patentdesk.app.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Keeps the user's data private on POSIX systems: folders 0700, files 0600, whatever the process umask says. A
 * workspace holds unfiled inventions; another account on the same machine must not be able to read it. On systems
 * without POSIX permissions (Windows) the per-user profile folder already protects the data and these do nothing.
 */
public final class PrivateFiles {
    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /** Creates {@code dir} (and missing parents) and makes {@code dir} itself 0700. */
    public static Path folder(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, FOLDER);
        return dir;
    }

    /** Makes an existing file 0600; a file that does not exist (yet) is left alone. */
    public static void file(Path file) throws IOException {
        if (Files.exists(file)) {
            restrict(file, FILE);
        }
    }

    /** Creates an empty 0600 file if none exists, so that whatever writes it next never makes it readable to others. */
    public static void createFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            if (POSIX) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(file);
            }
        }
        file(file);
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        if (POSIX && !Files.getPosixFilePermissions(p).equals(perms)) {
            Files.setPosixFilePermissions(p, perms);
        }
    }
}
