package io.patentdesk.app;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes sure the folder that {@code -XX:ErrorFile} names exists, readable by the user only. The launchers point the
 * JVM's crash reports (hs_err_pid*.log, which hold memory contents and environment variables) into the data folder's
 * {@code logs/}; when that folder is missing the JVM silently writes into the working directory instead. The
 * {@code ./patentdesk} script creates it itself; the installed app's native launcher cannot, so the app does.
 */
public final class CrashLogFolder {
    private CrashLogFolder() {
    }

    /** Creates the folder of this JVM's ErrorFile, if one was given; never fails (a crash report is a nicety). */
    public static void ensure() {
        try {
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            ensureFor(hotSpot.getVMOption("ErrorFile").getValue());
        } catch (RuntimeException | LinkageError | IOException e) {
            // Not a HotSpot JVM (or a runtime without jdk.management), or the folder cannot be made: the JVM falls
            // back to the working directory.
        }
    }

    /**
     * The folder of {@code errorFile} (a path with %p for the process id), created with 0700; null if none was given,
     * or if it still holds a "$" (a launcher that did not expand $HOME): a folder literally named "$HOME" would help
     * nobody.
     */
    static Path ensureFor(String errorFile) throws IOException {
        if (errorFile == null || errorFile.isBlank() || errorFile.contains("$")) {
            return null;
        }
        Path folder = Path.of(errorFile).toAbsolutePath().getParent();
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            var userOnly = PosixFilePermissions.fromString("rwx------");
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(userOnly));
            }
            Files.setPosixFilePermissions(folder, userOnly);
        } else {
            Files.createDirectories(folder);
        }
        return folder;
    }
}
