package io.patentdesk.app.store;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.store.salvage.SqlitePages;
import io.patentdesk.app.store.salvage.TableLeafScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Salvage of a damaged workspace: every matter, version snapshot, comment and chart row still readable from the damaged file's pages
 * (read raw, past whatever SQLite itself refuses), merged with a backup, each matter taken from whichever source
 * holds its newest whole content. The result is a new, sound workspace; the damaged file is moved aside under a
 * dated name, never deleted. Use {@link #plan} to see what would come back, then {@link #apply}.
 */
public final class WorkspaceSalvage {
    private WorkspaceSalvage() {
    }

    /** Plans a salvage of the workspace in {@code directory}, merged with the newest readable backup. */
    public static SalvagePlan plan(Path directory) {
        return plan(directory, null);
    }

    /**
     * Plans a salvage of the workspace in {@code directory}, merged with {@code from} (null: the newest backup that
     * can be read). Reads only; safe while nothing else has the workspace open.
     */
    public static SalvagePlan plan(Path directory, Backup from) {
        Path file = directory.resolve(Workspace.FILE_NAME).toAbsolutePath();
        List<String> unrecoverable = new ArrayList<>();
        SalvagedRows rows;
        try {
            rows = SalvagedRows.sort(new TableLeafScanner(SqlitePages.read(file)).rows());
        } catch (IOException e) {
            throw new StoreException("Cannot read the damaged workspace " + file + ": " + Workspace.reason(e), e);
        }
        BackupContents backup = from != null ? BackupContents.read(from) : newestReadable(file, unrecoverable);
        return merge(rows, backup, unrecoverable);
    }

    private static BackupContents newestReadable(Path file, List<String> unrecoverable) {
        for (Backup b : Backups.beside(file).list()) {
            try {
                return BackupContents.read(b);
            } catch (StoreException damaged) {
                unrecoverable.add(damaged.userMessage());
            }
        }
        return null;
    }

    private static SalvagePlan merge(SalvagedRows rows, BackupContents backup, List<String> unrecoverable) {
        Map<MatterId, Matter> fromBackup = new HashMap<>();
        if (backup != null) {
            for (Matter m : backup.matters()) {
                fromBackup.put(m.id(), m);
            }
        }
        Set<MatterId> ids = new LinkedHashSet<>(rows.knownIds());
        ids.addAll(fromBackup.keySet());
        List<Matter> matters = new ArrayList<>();
        List<RecoveredMatter> recovered = new ArrayList<>();
        for (MatterId id : ids) {
            Optional<Candidate> best = best(id, rows, fromBackup.get(id), backup);
            Optional<Instant> claimed = rows.lastEdit(id);
            if (best.isEmpty()) {
                unrecoverable.add("a matter (" + id + ")" + claimed.map(t -> " last edited " + SalvagePlan.time(t))
                        .orElse("") + ": no readable copy in the workspace or the backup");
                continue;
            }
            Candidate c = best.get();
            Duration behind = claimed.filter(t -> t.isAfter(c.matter().modified()))
                    .map(t -> Duration.between(c.matter().modified(), t)).orElse(Duration.ZERO);
            matters.add(c.matter());
            boolean current = claimed.isPresent() && !claimed.get().isAfter(c.matter().modified());
            recovered.add(new RecoveredMatter(id, c.matter().title(), c.matter().modified(), c.source(), current,
                    behind));
        }
        recovered.sort(Comparator.comparing(RecoveredMatter::lastEdit).reversed());
        return new SalvagePlan(matters, recovered, versions(rows, ids, backup, matters),
                comments(rows, backup, matters), charts(rows, backup, matters), unrecoverable,
                Optional.ofNullable(backup).map(BackupContents::backup));
    }

    private record Candidate(Matter matter, String source, int preference) {
    }

    /** The newest whole copy of a matter; on a tie the live row beats the backup, the backup beats a snapshot. */
    private static Optional<Candidate> best(MatterId id, SalvagedRows rows, Matter inBackup, BackupContents backup) {
        List<Candidate> all = new ArrayList<>();
        rows.live(id).filter(SalvagedRows.LiveMatter::verified)
                .ifPresent(l -> all.add(new Candidate(l.matter(), "the workspace", 3)));
        if (inBackup != null) {
            all.add(new Candidate(inBackup, "the backup of " + backup.backup().label(), 2));
        }
        List<SalvagedRows.Snapshot> snaps = rows.snapshots(id);
        if (!snaps.isEmpty()) {
            SalvagedRows.Snapshot s = snaps.get(0);
            all.add(new Candidate(s.matter(), "its version of " + SalvagePlan.time(s.saved()), 1));
        }
        if (all.isEmpty()) {
            // A row written before checksums existed: the best there is, though nothing proves it whole.
            rows.live(id).ifPresent(l -> all.add(new Candidate(l.matter(), "the workspace (unchecked)", 0)));
        }
        return all.stream().max(Comparator.comparing((Candidate c) -> c.matter().modified())
                .thenComparingInt(Candidate::preference));
    }

    /** Every surviving snapshot of a recovered matter, from the workspace and the backup, each once. */
    private static List<StoredVersion> versions(SalvagedRows rows, Set<MatterId> ids, BackupContents backup,
            List<Matter> recovered) {
        Set<MatterId> kept = new LinkedHashSet<>();
        recovered.forEach(m -> kept.add(m.id()));
        Map<String, StoredVersion> unique = new java.util.LinkedHashMap<>();
        if (backup != null) {
            for (StoredVersion v : backup.versions()) {
                if (kept.contains(v.matterId())) {
                    unique.putIfAbsent(key(v), v);
                }
            }
        }
        for (MatterId id : ids) {
            if (!kept.contains(id)) {
                continue;
            }
            for (SalvagedRows.Snapshot s : rows.snapshots(id)) {
                StoredVersion v = new StoredVersion(id, s.saved(), s.label(), s.content());
                unique.putIfAbsent(key(v), v);
            }
        }
        List<StoredVersion> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparing(StoredVersion::saved));
        return out;
    }

    /**
     * Every surviving comment on a recovered matter, each once: the workspace's row where it was read, else the
     * backup's. A comment is never lost this way; one deleted after the backup was taken may come back.
     */
    private static List<StoredComment> comments(SalvagedRows rows, BackupContents backup, List<Matter> recovered) {
        Map<String, StoredComment> unique = new java.util.LinkedHashMap<>();
        for (Matter m : recovered) {
            rows.comments(m.id()).values().forEach(c -> unique.putIfAbsent(c.id(), new StoredComment(m.id(), c)));
        }
        if (backup != null) {
            Set<MatterId> kept = new LinkedHashSet<>();
            recovered.forEach(m -> kept.add(m.id()));
            for (StoredComment c : backup.comments()) {
                if (kept.contains(c.matterId())) {
                    unique.putIfAbsent(c.comment().id(), c);
                }
            }
        }
        return new ArrayList<>(unique.values());
    }

    /**
     * The chart of each recovered matter, from the workspace's rows and the backup's: the reference list and option
     * from the workspace where any of its rows was read, else the backup's; each mark once, the most recently
     * modified copy. Like comments, a mark is never lost this way; one cleared after the backup may come back.
     */
    private static Map<MatterId, StoredChart> charts(SalvagedRows rows, BackupContents backup, List<Matter> recovered) {
        Map<MatterId, StoredChart> out = new HashMap<>();
        for (Matter m : recovered) {
            StoredChart here = rows.chart(m.id());
            StoredChart there = backup == null ? StoredChart.EMPTY : backup.chart(m.id());
            Map<String, StoredChart.Mark> marks = new java.util.LinkedHashMap<>();
            for (StoredChart.Mark mark : here.marks()) {
                marks.put(mark.key(), mark);
            }
            for (StoredChart.Mark mark : there.marks()) {
                marks.merge(mark.key(), mark, (a, b) -> b.modifiedMs() > a.modifiedMs() ? b : a);
            }
            StoredChart merged = new StoredChart(here.references().isEmpty() ? there.references() : here.references(),
                    here.includesSpecification().or(there::includesSpecification), new ArrayList<>(marks.values()));
            if (!merged.isEmpty()) {
                out.put(m.id(), merged);
            }
        }
        return out;
    }

    private static String key(StoredVersion v) {
        return v.matterId() + "|" + v.saved().toEpochMilli() + "|" + v.label() + "|" + v.content().hashCode() + "|"
                + v.content().length();
    }

    /**
     * Writes the planned workspace and puts it in place of the damaged one, which is moved aside (returned). The
     * workspace must not be open anywhere: the lock is taken for the duration, so a running PatentDesk refuses it.
     */
    public static Path apply(Path directory, SalvagePlan plan) {
        Path file = directory.resolve(Workspace.FILE_NAME).toAbsolutePath();
        try (WorkspaceLock lock = WorkspaceLock.acquire(file)) {
            Path fresh = file.resolveSibling(Workspace.FILE_NAME + ".salvaged");
            deleteWithSides(fresh);
            try {
                PrivateFiles.createFile(fresh);
                write(fresh, plan);
            } catch (SQLException e) {
                deleteWithSides(fresh);
                throw Database.translate(e, fresh, "write the salvaged workspace");
            } catch (IOException e) {
                deleteWithSides(fresh);
                throw new StoreException("Cannot write the salvaged workspace: " + Workspace.reason(e), e);
            }
            Path aside = Files.exists(file) ? WorkspaceRecovery.moveAside(directory) : null;
            WorkspaceRecovery.putInPlace(fresh, file, aside);
            return aside;
        }
    }

    private static void write(Path target, SalvagePlan plan) throws SQLException {
        try (Connection c = Workspace.connect(target)) {
            Migrations.migrate(c);
            c.setAutoCommit(false);
            for (Matter m : plan.matters()) {
                MatterRepository.saveIn(c, m);
            }
            VersionHistory.insertIn(c, plan.versions());
            for (StoredComment sc : plan.comments()) {
                CommentRepository.saveIn(c, sc.matterId(), sc.comment());
            }
            for (Matter m : plan.matters()) {
                ChartRepository.writeIn(c, m.id(), plan.chart(m.id()));
            }
            c.commit();
            try (var st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        try {
            Backups.forceToDisk(target);
        } catch (IOException e) {
            throw new SQLException("cannot force the salvaged workspace to disk: " + e.getMessage(), e);
        }
    }

    private static void deleteWithSides(Path p) {
        for (String side : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + side));
            } catch (IOException ignored) {
                // a leftover from an earlier failed attempt; the next attempt deletes it again
            }
        }
    }
}
