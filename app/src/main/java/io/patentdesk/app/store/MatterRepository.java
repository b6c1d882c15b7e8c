package io.patentdesk.app.store;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.matter.Specification;
import io.patentdesk.app.matter.SuppressedFinding;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The matters of a workspace: list, create, load, save (whole values, in one transaction) and delete. */
public final class MatterRepository {
    private final Database db;

    MatterRepository(Database db) {
        this.db = db;
    }

    /** All matters, most recently modified first. */
    public List<MatterSummary> list() {
        return db.read(c -> {
            List<MatterSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title, docket, created_ms, modified_ms FROM matter ORDER BY modified_ms DESC, title");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new MatterSummary(new MatterId(rs.getString(1)), rs.getString(2), rs.getString(3),
                            Instant.ofEpochMilli(rs.getLong(4)), Instant.ofEpochMilli(rs.getLong(5))));
                }
            }
            return out;
        }, "list the matters");
    }

    /**
     * The matters whose name, docket, claims or any section contains {@code query}, case-insensitively (letters of
     * other scripts as written): what the matter filter finds beyond names.
     */
    public java.util.Set<MatterId> search(String query) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        if (q.isEmpty()) {
            return java.util.Set.of();
        }
        return db.read(c -> {
            java.util.Set<MatterId> out = new java.util.LinkedHashSet<>();
            // instr over lower(): no LIKE, so "%" and "_" in what the user typed are plain characters
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM matter WHERE instr(lower(title), ?1) > 0 OR instr(lower(docket), ?1) > 0"
                            + " OR instr(lower(claims), ?1) > 0"
                            + " UNION SELECT matter_id FROM matter_section WHERE instr(lower(text), ?1) > 0")) {
                ps.setString(1, q);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MatterId(rs.getString(1)));
                    }
                }
            }
            return out;
        }, "search the matters");
    }

    /** Creates, stores and returns an empty matter. */
    public Matter create(String title) {
        Matter m = Matter.create(title);
        save(m);
        return m;
    }

    /** The matter with {@code id}, or empty when there is none. */
    public Optional<Matter> load(MatterId id) {
        return db.read(c -> loadIn(c, id), "load the matter");
    }

    /** Like {@link #load} but a missing matter is an error with a user message. */
    public Matter get(MatterId id) {
        return load(id).orElseThrow(() -> new StoreException("The matter " + id + " no longer exists.", null));
    }

    /** Stores {@code matter}, replacing what was stored under its id. */
    public void save(Matter matter) {
        db.write(c -> {
            saveIn(c, matter);
            return null;
        }, "save \"" + matter.title() + "\"");
    }

    /**
     * Stores {@code matter} with its version snapshots, comments and chart rows in one transaction: a matter coming back from the
     * trash either comes back whole or not at all.
     */
    void saveWithHistory(Matter matter, List<StoredVersion> versions, List<Comment> comments, StoredChart chart) {
        db.write(c -> {
            saveIn(c, matter);
            VersionHistory.insertIn(c, versions);
            for (Comment comment : comments) {
                CommentRepository.saveIn(c, matter.id(), comment);
            }
            ChartRepository.writeIn(c, matter.id(), chart);
            return null;
        }, "restore \"" + matter.title() + "\"");
    }

    /** Deletes the matter and its version history; returns whether it existed. */
    public boolean delete(MatterId id) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM matter WHERE id = ?")) {
                ps.setString(1, id.value());
                return ps.executeUpdate() > 0;
            }
        }, "delete the matter");
    }

    static void saveIn(Connection c, Matter m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO matter(id, title, claims, created_ms, modified_ms, docket, content_sha, office, entity) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
                        + "claims = excluded.claims, modified_ms = excluded.modified_ms, docket = excluded.docket, "
                        + "content_sha = excluded.content_sha, office = excluded.office, entity = excluded.entity")) {
            ps.setString(1, m.id().value());
            ps.setString(2, m.title());
            ps.setString(3, m.claims());
            ps.setLong(4, m.created().toEpochMilli());
            ps.setLong(5, m.modified().toEpochMilli());
            ps.setString(6, m.docket());
            ps.setString(7, MatterJson.checksum(m));
            ps.setString(8, m.office().key());
            ps.setString(9, m.entity().key());
            ps.executeUpdate();
        }
        replaceSections(c, m);
        replaceSuppressions(c, m);
    }

    private static void replaceSections(Connection c, Matter m) throws SQLException {
        // Only the sections this build knows are replaced: a section written by a newer build survives.
        try (PreparedStatement del = c.prepareStatement(
                "DELETE FROM matter_section WHERE matter_id = ? AND section = ?")) {
            for (Section s : Section.values()) {
                del.setString(1, m.id().value());
                del.setString(2, s.key());
                del.addBatch();
            }
            del.executeBatch();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO matter_section(matter_id, section, text) VALUES (?, ?, ?)")) {
            for (Map.Entry<Section, String> e : m.specification().asMap().entrySet()) {
                ins.setString(1, m.id().value());
                ins.setString(2, e.getKey().key());
                ins.setString(3, e.getValue());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    private static void replaceSuppressions(Connection c, Matter m) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM suppression WHERE matter_id = ?")) {
            del.setString(1, m.id().value());
            del.executeUpdate();
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO suppression(matter_id, position, rule_id, anchor, note) VALUES (?, ?, ?, ?, ?)")) {
            int pos = 0;
            for (SuppressedFinding s : m.suppressions()) {
                ins.setString(1, m.id().value());
                ins.setInt(2, pos++);
                ins.setString(3, s.ruleId());
                ins.setString(4, s.anchor());
                ins.setString(5, s.note());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    static Optional<Matter> loadIn(Connection c, MatterId id) throws SQLException {
        String title;
        String docket;
        String claims;
        Instant created;
        Instant modified;
        OfficeChoice office;
        EntitySize entity;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT title, claims, created_ms, modified_ms, docket, office, entity FROM matter WHERE id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                title = rs.getString(1);
                claims = rs.getString(2);
                created = Instant.ofEpochMilli(rs.getLong(3));
                modified = Instant.ofEpochMilli(rs.getLong(4));
                docket = rs.getString(5);
                office = OfficeChoice.ofStored(rs.getString(6));
                entity = EntitySize.ofStored(rs.getString(7));
            }
        }
        Map<Section, String> sections = new EnumMap<>(Section.class);
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT section, text FROM matter_section WHERE matter_id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String key = rs.getString(1);
                    String text = rs.getString(2);
                    // A section this build does not know (written by a newer one) stays in its row, untouched.
                    Section.ofKey(key).ifPresent(s -> sections.put(s, text));
                }
            }
        }
        List<SuppressedFinding> suppressions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rule_id, anchor, note FROM suppression WHERE matter_id = ? ORDER BY position")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    suppressions.add(new SuppressedFinding(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return Optional.of(new Matter(id, title, docket, claims, Specification.of(sections), suppressions, created,
                modified, office, entity));
    }
}
