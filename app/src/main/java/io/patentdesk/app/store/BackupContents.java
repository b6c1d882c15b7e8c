package io.patentdesk.app.store;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.MatterSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a backup holds: its matters (whole) with their comments and chart rows, and version snapshots, read from a private temporary copy so the
 * backup file itself is never written (not even by a schema upgrade of a backup made by an older build).
 */
public final class BackupContents {
    private final Backup backup;
    private final List<Matter> matters;
    private final List<StoredVersion> versions;
    private final List<StoredComment> comments;
    private final java.util.Map<MatterId, StoredChart> charts;

    private BackupContents(Backup backup, List<Matter> matters, List<StoredVersion> versions,
            List<StoredComment> comments, java.util.Map<MatterId, StoredChart> charts) {
        this.backup = backup;
        this.matters = matters;
        this.versions = versions;
        this.comments = comments;
        this.charts = charts;
    }

    /** Reads {@code backup}; a backup that is itself damaged is a {@link StoreException} naming it. */
    public static BackupContents read(Backup backup) {
        Path copy = null;
        try {
            copy = Files.createTempFile("patentdesk-backup", ".db"); // 0600 on POSIX
            Files.copy(backup.file(), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (Connection c = Workspace.connect(copy)) {
                Migrations.migrate(c);
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
                    if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
                        throw new StoreException("The backup of " + backup.label() + " is damaged too.", null);
                    }
                }
                List<Matter> matters = readMatters(c);
                java.util.Map<MatterId, StoredChart> charts = new java.util.HashMap<>();
                for (Matter m : matters) {
                    charts.put(m.id(), ChartRepository.readIn(c, m.id()));
                }
                return new BackupContents(backup, matters, readVersions(c), readComments(c), charts);
            }
        } catch (SQLException e) {
            throw new StoreException("The backup of " + backup.label() + " cannot be read: "
                    + Database.firstLine(e.getMessage()), e);
        } catch (IOException e) {
            throw new StoreException("The backup of " + backup.label() + " cannot be read: "
                    + Workspace.reason(e), e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /** The backup's matters that read back whole: one whose checksum fails is left out, never merged. */
    private static List<Matter> readMatters(Connection c) throws SQLException {
        java.util.Map<MatterId, String> sums = new java.util.LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, content_sha FROM matter")) {
            while (rs.next()) {
                try {
                    sums.put(new MatterId(rs.getString(1)), rs.getString(2));
                } catch (RuntimeException damagedId) {
                    // a row whose id is unreadable is no matter
                }
            }
        }
        List<Matter> out = new ArrayList<>();
        for (java.util.Map.Entry<MatterId, String> e : sums.entrySet()) {
            MatterRepository.loadIn(c, e.getKey())
                    .filter(m -> e.getValue().isEmpty() || e.getValue().equals(MatterJson.checksum(m)))
                    .ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Matter::modified).reversed());
        return out;
    }

    static List<StoredVersion> readVersions(Connection c) throws SQLException {
        List<StoredVersion> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT matter_id, saved_ms, label, content FROM matter_version ORDER BY id")) {
            while (rs.next()) {
                out.add(new StoredVersion(new MatterId(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(2)),
                        rs.getString(3), rs.getString(4)));
            }
        }
        return out;
    }

    /** Every comment (schema 3 on; a backup of an older build is migrated first, so the table is there). */
    static List<StoredComment> readComments(Connection c) throws SQLException {
        List<StoredComment> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT matter_id, id, part, start_at, "
                + "end_at, quote, text, created_ms FROM matter_comment ORDER BY matter_id, part, start_at, id")) {
            while (rs.next()) {
                try {
                    out.add(new StoredComment(new MatterId(rs.getString(1)), new Comment(rs.getString(2),
                            rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getString(6), rs.getString(7),
                            Instant.ofEpochMilli(rs.getLong(8)))));
                } catch (RuntimeException damaged) {
                    // a row whose id or range is unreadable is no comment
                }
            }
        }
        return out;
    }

    public Backup backup() {
        return backup;
    }

    /** Its matters, most recently edited first. */
    public List<Matter> matters() {
        return matters;
    }

    /** Its matters as list rows (title, docket, last edit). */
    public List<MatterSummary> summaries() {
        return matters.stream().map(m -> new MatterSummary(m.id(), m.title(), m.docket(), m.created(), m.modified()))
                .toList();
    }

    List<StoredVersion> versions() {
        return versions;
    }

    List<StoredComment> comments() {
        return comments;
    }

    /** The chart rows of one of its matters (none for a matter it does not hold whole). */
    StoredChart chart(MatterId id) {
        return charts.getOrDefault(id, StoredChart.EMPTY);
    }


    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        for (String side : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(p.resolveSibling(p.getFileName() + side));
            } catch (IOException ignored) {
                // a temporary copy left behind in the temp folder is private (0600) and harmless
            }
        }
    }
}
