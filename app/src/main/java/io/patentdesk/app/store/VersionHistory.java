package io.patentdesk.app.store;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Timestamped snapshots of each matter: take, list, read, diff and restore. */
public final class VersionHistory {
    private final Database db;

    VersionHistory(Database db) {
        this.db = db;
    }

    /** Stores a snapshot of {@code matter} as it is now (the matter must have been saved once). */
    public VersionInfo snapshot(Matter matter, String label) {
        return db.write(c -> snapshotIn(c, matter, label, Instant.now()), "store a version of the matter");
    }

    private static VersionInfo snapshotIn(Connection c, Matter matter, String label, Instant when)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO matter_version(matter_id, saved_ms, label, content) VALUES (?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, matter.id().value());
            ps.setLong(2, when.toEpochMilli());
            ps.setString(3, label);
            ps.setString(4, MatterJson.write(matter));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new VersionInfo(keys.getLong(1), matter.id(), Instant.ofEpochMilli(when.toEpochMilli()),
                        label);
            }
        }
    }

    /** The label the {@link Autosaver} gives its periodic snapshots; only these are ever pruned. */
    public static final String AUTOSAVE_LABEL = "Autosave";

    /**
     * Thins out old autosave snapshots so a long-lived matter's history does not grow without bound: those from the
     * last day are all kept, older ones only the newest of each UTC day. Snapshots with any other label (taken on
     * purpose by the user, or before a restore) are never removed. Returns how many were removed.
     */
    public int pruneAutosaves(MatterId id, Instant now) {
        long dayMs = 24L * 3600 * 1000;
        long cutoff = now.toEpochMilli() - dayMs;
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM matter_version WHERE matter_id = ? "
                    + "AND label = ? AND saved_ms < ? AND id NOT IN (SELECT MAX(id) FROM matter_version "
                    + "WHERE matter_id = ? AND label = ? AND saved_ms < ? GROUP BY saved_ms / ?)")) {
                ps.setString(1, id.value());
                ps.setString(2, AUTOSAVE_LABEL);
                ps.setLong(3, cutoff);
                ps.setString(4, id.value());
                ps.setString(5, AUTOSAVE_LABEL);
                ps.setLong(6, cutoff);
                ps.setLong(7, dayMs);
                return ps.executeUpdate();
            }
        }, "tidy the version history");
    }

    /** Stores a snapshot as taken at {@code when} (for tests of pruning, and imports of dated history). */
    VersionInfo snapshotAt(Matter matter, String label, Instant when) {
        return db.write(c -> snapshotIn(c, matter, label, when), "store a version of the matter");
    }

    /** The snapshots of {@code id}, newest first. */
    public List<VersionInfo> list(MatterId id) {
        return db.read(c -> {
            List<VersionInfo> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, saved_ms, label FROM matter_version "
                    + "WHERE matter_id = ? ORDER BY saved_ms DESC, id DESC")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new VersionInfo(rs.getLong(1), id, Instant.ofEpochMilli(rs.getLong(2)),
                                rs.getString(3)));
                    }
                }
            }
            return out;
        }, "list the versions");
    }

    /** Every snapshot of {@code id} as stored, oldest first: what goes to the trash with the matter. */
    List<StoredVersion> stored(MatterId id) {
        return db.read(c -> {
            List<StoredVersion> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT saved_ms, label, content FROM matter_version "
                    + "WHERE matter_id = ? ORDER BY id")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredVersion(id, Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
                                rs.getString(3)));
                    }
                }
            }
            return out;
        }, "read the versions");
    }

    /** Stores snapshots as they were taken, inside the caller's transaction (restoring from the trash). */
    static void insertIn(Connection c, List<StoredVersion> versions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO matter_version(matter_id, saved_ms, label, content) VALUES (?, ?, ?, ?)")) {
            for (StoredVersion v : versions) {
                ps.setString(1, v.matterId().value());
                ps.setLong(2, v.saved().toEpochMilli());
                ps.setString(3, v.label());
                ps.setString(4, v.content());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The matter as it was in snapshot {@code versionId}. */
    public Matter read(long versionId) {
        return db.read(c -> readIn(c, versionId), "read the version");
    }

    private static Matter readIn(Connection c, long versionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT content FROM matter_version WHERE id = ?")) {
            ps.setLong(1, versionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StoreException("Version " + versionId + " no longer exists.", null);
                }
                return MatterJson.read(rs.getString(1));
            }
        }
    }

    /** What changed from snapshot {@code olderId} to snapshot {@code newerId}. */
    public MatterDiff diff(long olderId, long newerId) {
        return MatterDiff.between(read(olderId), read(newerId));
    }

    /**
     * Makes snapshot {@code versionId} the current content of its matter. The content being replaced is first
     * snapshotted as "Before restore", so a restore can itself be undone. Returns the restored matter.
     */
    public Matter restore(long versionId) {
        return db.write(c -> {
            Matter old = readIn(c, versionId);
            Instant now = Instant.now();
            Optional<Matter> current = MatterRepository.loadIn(c, old.id());
            if (current.isPresent()) {
                snapshotIn(c, current.get(), "Before restore", now);
            }
            Matter restored = new Matter(old.id(), old.title(), old.docket(), old.claims(), old.specification(),
                    old.suppressions(), old.created(), now, old.office(), old.entity());
            MatterRepository.saveIn(c, restored);
            return restored;
        }, "restore the version");
    }
}
