package io.patentdesk.app.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rotating backups of the workspace database in {@code backups/} beside it, taken with SQLite's
 * {@code VACUUM INTO} (a consistent copy even while the WAL holds uncommitted pages). When they are taken is the
 * {@link Workspace}'s business (on start, at most every {@link #WHILE_EDITING_EVERY} while edits happen, on every
 * clean close, before each schema migration); which are kept is decided here: the newest {@link #KEEP_LAST}, and
 * the newest of each of the last {@link #KEEP_DAYS} days, so that a damaged workspace can go back minutes or days.
 */
public final class Backups {
    /** How many of the newest backups are always kept. */
    public static final int KEEP_LAST = 20;
    /** For this many days back (today included), the newest backup of each day is kept as well. */
    public static final int KEEP_DAYS = 14;
    /** While the user edits, a backup is taken when the newest is older than this. */
    public static final Duration WHILE_EDITING_EVERY = Duration.ofMinutes(10);

    public static final String ON_OPEN = "open";
    public static final String WHILE_EDITING = "editing";
    public static final String ON_CLOSE = "close";
    public static final String BEFORE_MIGRATION = "migration";
    public static final String BY_USER = "manual";
    public static final String BEFORE_RECOVERY = "recovery";

    private static final DateTimeFormatter NAME_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** workspace-20261125T091400Z.db (older builds) or workspace-20261125T091400Z-close.db. */
    private static final Pattern NAME = Pattern.compile("workspace-(\\d{8}T\\d{6}Z)(?:-([a-z]+))?(?:-(\\d+))?\\.db");

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
                parse(f).ifPresent(found::add);
            }
        } catch (IOException e) {
            throw new StoreException("Cannot list the backups in " + directory + ": " + Workspace.reason(e), e);
        }
        found.sort(Comparator.comparing(Backup::taken).thenComparingInt(Backups::sameSecondCounter).reversed());
        return found;
    }

    /** The newest backup, if any. */
    public Optional<Backup> newest() {
        List<Backup> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether the newest backup is older than {@code age} at {@code now} (or there is none). */
    boolean olderThan(Duration age, Instant now) {
        return newest().map(b -> Duration.between(b.taken(), now).compareTo(age) >= 0).orElse(true);
    }

    /**
     * Writes a backup of {@code connection}'s database now, private to the user (0600 in a 0700 folder), then
     * deletes the backups the retention rule no longer keeps.
     */
    Backup take(Connection connection, Instant now, String reason) throws SQLException, IOException {
        PrivateFiles.folder(directory);
        Path target = freeName(now, reason);
        Path partial = target.resolveSibling(target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        vacuumInto(connection, partial);
        // Under its final name only once complete and on disk: a crash or a power cut mid-copy never leaves a half
        // backup that looks whole (VACUUM INTO itself does not sync its output).
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        forceToDisk(directory);
        prune(now);
        return new Backup(target, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), sizeOf(target), reason);
    }

    /** Copies {@code connection}'s database to {@code target} (a user's "backup to a file"), private to the user. */
    static void copyTo(Connection connection, Path target) throws SQLException, IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path partial = parent.resolve(target.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        vacuumInto(connection, partial);
        Files.move(partial, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        forceToDisk(parent);
    }

    /**
     * A consistent copy of {@code connection}'s database in {@code partial}: created empty and private first (so
     * it is never readable by others, not even while it is written), filled by VACUUM INTO, forced to disk.
     */
    private static void vacuumInto(Connection connection, Path partial) throws SQLException, IOException {
        Files.deleteIfExists(partial);
        PrivateFiles.createFile(partial);
        try (Statement st = connection.createStatement()) {
            // VACUUM INTO takes a string literal only; the path is ours, quotes are doubled for safety.
            st.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
            forceToDisk(partial);
        } catch (SQLException | IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
    }

    /** fsync of a file, or of a folder (so a rename in it survives a power cut; not possible on every system). */
    static void forceToDisk(Path p) throws IOException {
        if (Files.isDirectory(p)) {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p,
                    java.nio.file.StandardOpenOption.READ)) {
                ch.force(true);
            } catch (IOException | UnsupportedOperationException notOnThisSystem) {
                // Windows cannot open a folder this way; its renames are journaled by NTFS
            }
            return;
        }
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(p,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Deletes every backup that {@link #retained} does not keep; returns how many went. */
    int prune(Instant now) throws IOException {
        List<Backup> all = list();
        Set<Path> keep = new HashSet<>();
        for (Backup b : retained(all, now)) {
            keep.add(b.file());
        }
        int removed = 0;
        try (Stream<Path> files = Files.list(directory)) { // copies a crash cut short: never whole, never listed
            for (Path f : (Iterable<Path>) files::iterator) {
                // An hour old: surely no other process (the command line beside the app) is still writing it.
                if (f.getFileName().toString().endsWith(".partial") && Files.getLastModifiedTime(f).toInstant()
                        .isBefore(Instant.now().minus(Duration.ofHours(1)))) {
                    Files.deleteIfExists(f);
                }
            }
        }
        for (Backup b : all) {
            if (!keep.contains(b.file()) && Files.deleteIfExists(b.file())) {
                removed++;
            }
        }
        return removed;
    }

    /**
     * The retention rule: of {@code newestFirst}, the first {@link #KEEP_LAST}, plus the newest backup of each UTC
     * day from today back {@link #KEEP_DAYS} days.
     */
    static List<Backup> retained(List<Backup> newestFirst, Instant now) {
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate oldestDay = today.minusDays(KEEP_DAYS - 1L);
        Set<LocalDate> daysSeen = new HashSet<>();
        List<Backup> keep = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Backup b = newestFirst.get(i);
            LocalDate day = b.taken().atZone(ZoneOffset.UTC).toLocalDate();
            boolean newestOfItsDay = daysSeen.add(day);
            if (i < KEEP_LAST || newestOfItsDay && !day.isBefore(oldestDay) && !day.isAfter(today)) {
                keep.add(b);
            }
        }
        return keep;
    }

    private Path freeName(Instant now, String reason) {
        String base = "workspace-" + NAME_TIME.format(now) + (reason.isEmpty() ? "" : "-" + reason);
        Path p = directory.resolve(base + ".db");
        for (int n = 2; Files.exists(p); n++) { // two backups in one second: both are kept
            p = directory.resolve(base + "-" + n + ".db");
        }
        return p;
    }

    private static Optional<Backup> parse(Path f) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant taken = Instant.from(NAME_TIME.parse(m.group(1)));
            return Optional.of(new Backup(f, taken, sizeOf(f), m.group(2) == null ? "" : m.group(2)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** 1 for the first backup of a second, n for its "-n" successors. */
    private static int sameSecondCounter(Backup b) {
        Matcher m = NAME.matcher(b.file().getFileName().toString());
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 1;
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }
}
