package io.patentdesk.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * Reading a workspace without opening it for writing, so that it works while PatentDesk has it open (SQLite's
 * write-ahead log lets a reader see the last committed state): verify it, read a consistent copy of it, back it up.
 * Nothing here takes the workspace lock, migrates the schema or writes the database.
 */
public final class WorkspaceInspection {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceInspection() {
    }

    /** The database file of the workspace in {@code dir}. */
    public static Path file(Path dir) {
        return dir.resolve(Workspace.FILE_NAME).toAbsolutePath();
    }

    /** One line on what is wrong with the workspace in {@code dir}, or empty when it is sound. */
    public static Optional<String> verify(Path dir) {
        Path file = file(dir);
        try {
            if (!Files.exists(file)) {
                return Optional.of("there is no workspace in " + dir);
            }
            if (Files.size(file) == 0) {
                return Optional.of("the workspace file is empty (0 bytes)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                if (!Arrays.equals(in.readNBytes(SQLITE_HEADER.length), SQLITE_HEADER)) {
                    return Optional.of("the workspace file does not start like a database");
                }
            }
        } catch (IOException e) {
            return Optional.of("the workspace cannot be read: " + Workspace.reason(e));
        }
        try (Connection c = readOnly(file)) {
            int version = Migrations.currentVersion(c);
            if (version > Migrations.available().size()) {
                return Optional.of("the workspace was written by a newer PatentDesk (schema " + version + ")");
            }
            if (version < Migrations.available().size()) {
                return WorkspaceCheck.structure(c); // an older schema has no checksums yet to compare
            }
            return WorkspaceCheck.full(c);
        } catch (SQLException e) {
            return Optional.of("the workspace cannot be read as a database (" + Database.firstLine(e.getMessage()) + ")");
        }
    }

    /** What the workspace holds now, read from a consistent private copy. */
    public static BackupContents read(Path dir) {
        Path copy = null;
        try {
            copy = Files.createTempFile("patentdesk-workspace", ".db");
            Files.delete(copy); // VACUUM INTO wants a new file; the name is ours, in the private temp folder
            copy(dir, copy);
            return BackupContents.read(new Backup(copy, Instant.now(), Files.size(copy), ""));
        } catch (IOException e) {
            throw new StoreException("Cannot read the workspace: " + Workspace.reason(e), e);
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a private temporary copy; the OS cleans its temp folder
                }
            }
        }
    }

    /** Writes a consistent copy of the workspace in {@code dir} to {@code target} (0600). */
    public static void copy(Path dir, Path target) {
        Path file = file(dir);
        if (!Files.isRegularFile(file)) {
            throw new StoreException("There is no workspace in " + dir + ".", null);
        }
        try (Connection c = readOnly(file)) {
            Backups.copyTo(c, target);
        } catch (SQLException e) {
            throw Database.translate(e, file, "copy the workspace");
        } catch (IOException e) {
            throw new StoreException("Cannot write " + target + ": " + Workspace.reason(e), e);
        }
    }

    /** Backs the workspace in {@code dir} up into its backups folder, as the app does; returns the backup. */
    public static Backup backup(Path dir) {
        Path file = file(dir);
        try (Connection c = readOnly(file)) {
            return Backups.beside(file).take(c, Instant.now(), Backups.BY_USER);
        } catch (SQLException e) {
            throw Database.translate(e, file, "back up the workspace");
        } catch (IOException e) {
            throw new StoreException("Cannot write a backup of the workspace: " + Workspace.reason(e), e);
        }
    }

    /** The stored versions of matter {@code id}, newest first, read without opening the workspace for writing. */
    public static java.util.List<VersionInfo> versions(Path dir, io.patentdesk.app.matter.MatterId id) {
        Path file = file(dir);
        try (Connection c = readOnly(file); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT id, saved_ms, label FROM matter_version WHERE matter_id = ? ORDER BY saved_ms DESC, id DESC")) {
            ps.setString(1, id.value());
            java.util.List<VersionInfo> out = new java.util.ArrayList<>();
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new VersionInfo(rs.getLong(1), id, Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw Database.translate(e, file, "list the versions");
        }
    }

    /** The matter as stored in version {@code versionId}, or empty when no version has that id. */
    public static Optional<io.patentdesk.app.matter.Matter> version(Path dir, long versionId) {
        Path file = file(dir);
        try (Connection c = readOnly(file); java.sql.PreparedStatement ps = c.prepareStatement(
                "SELECT content FROM matter_version WHERE id = ?")) {
            ps.setLong(1, versionId);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(MatterJson.read(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw Database.translate(e, file, "read the version");
        }
    }

    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        return DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
    }
}
