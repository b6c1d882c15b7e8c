package io.patentdesk.app.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rotating backups of the workspace database in {@code backups/} beside it, taken with SQLite's
 * {@code VACUUM INTO} (a consistent copy even while the WAL holds uncommitted pages).
 */
public final class Backups {
    /** How many backups are kept; older ones are deleted after a new one is written. */
    public static final int KEEP = 7;
    /** A new backup is taken on open when the newest is older than this. */
    public static final Duration INTERVAL = Duration.ofDays(1);

    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String PREFIX = "workspace-";
    private static final String SUFFIX = ".db";

    private final Path directory;

    public Backups(Path directory) {
        this.directory = directory;
    }

    /** The backup directory for the database {@code databaseFile}. */
    public static Backups beside(Path databaseFile) {
        return new Backups(databaseFile.toAbsolutePath().getParent().resolve("backups"));
    }

    public Path directory() {
        return directory;
    }

    /** All backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Backup> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                parseTime(f.getFileName().toString()).ifPresent(t -> found.add(new Backup(f, t, sizeOf(f))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Backup::taken).reversed());
        return found;
    }

    /** Takes a backup when none is younger than {@link #INTERVAL}; returns it, or null when none was due. */
    Backup takeIfDue(Connection connection, Instant now) throws SQLException, IOException {
        List<Backup> existing = list();
        if (!existing.isEmpty() && Duration.between(existing.get(0).taken(), now).compareTo(INTERVAL) < 0) {
            return null;
        }
        return take(connection, now);
    }

    /** Writes a backup of {@code connection}'s database now and drops backups beyond {@link #KEEP}. */
    Backup take(Connection connection, Instant now) throws SQLException, IOException {
        Files.createDirectories(directory);
        Path target = directory.resolve(PREFIX + NAME_TIME.format(now) + SUFFIX);
        Files.deleteIfExists(target); // two backups in the same second: the newer wins
        try (Statement st = connection.createStatement()) {
            // VACUUM INTO takes a string literal only; the path is ours, quotes are doubled for safety.
            st.execute("VACUUM INTO '" + target.toString().replace("'", "''") + "'");
        }
        List<Backup> all = list();
        for (int i = KEEP; i < all.size(); i++) {
            Files.deleteIfExists(all.get(i).file());
        }
        return new Backup(target, now, sizeOf(target));
    }

    private static java.util.Optional<Instant> parseTime(String name) {
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return java.util.Optional.empty();
        }
        String stamp = name.substring(PREFIX.length(), name.length() - SUFFIX.length());
        try {
            return java.util.Optional.of(Instant.from(NAME_TIME.parse(stamp)));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }
}
