package io.patentdesk.app.store;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a workspace database is sound: SQLite's own structural check, then every matter read back whole (its
 * stored checksum equals the checksum of what was read) and every version snapshot readable. The structural check
 * misses text that was damaged inside a sound page; the checksums catch it.
 */
final class WorkspaceCheck {
    private WorkspaceCheck() {
    }

    /** SQLite's full structural check (pages, b-trees, indexes): the first problem, or empty. */
    static Optional<String> structure(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA integrity_check(5)")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equalsIgnoreCase(verdict)) {
                return Optional.of("the database structure is damaged (" + verdict.lines().findFirst().orElse("")
                        + ")");
            }
        }
        return Optional.empty();
    }

    /** The first problem found by a full check, or empty when the database is sound. */
    static Optional<String> full(Connection c) throws SQLException {
        Optional<String> structure = structure(c);
        if (structure.isPresent()) {
            return structure;
        }
        Optional<String> matters = checksums(c);
        if (matters.isPresent()) {
            return matters;
        }
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, matter_id, content FROM matter_version")) {
            while (rs.next()) {
                try {
                    MatterJson.read(rs.getString(3));
                } catch (StoreException e) {
                    return Optional.of("version " + rs.getLong(1) + " of matter " + rs.getString(2)
                            + " is unreadable");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The first matter whose content does not match its stored checksum, or empty when all match. Rows written
     * before checksums existed get theirs now (they were read back through a sound database).
     */
    static Optional<String> checksums(Connection c) throws SQLException {
        Map<MatterId, String> stored = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, content_sha, title FROM matter")) {
            while (rs.next()) {
                try {
                    stored.put(new MatterId(rs.getString(1)), rs.getString(2));
                } catch (RuntimeException damaged) {
                    return Optional.of("a matter's row is damaged (its id is unreadable)");
                }
            }
        }
        List<Matter> unsummed = new ArrayList<>();
        for (Map.Entry<MatterId, String> e : stored.entrySet()) {
            Matter m = MatterRepository.loadIn(c, e.getKey()).orElseThrow();
            if (e.getValue().isEmpty()) {
                unsummed.add(m);
            } else if (!e.getValue().equals(MatterJson.checksum(m))) {
                return Optional.of("the matter \u201c" + m.title() + "\u201d does not read back as it was saved");
            }
        }
        if (!unsummed.isEmpty() && !c.isReadOnly()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE matter SET content_sha = ? WHERE id = ?")) {
                for (Matter m : unsummed) {
                    ps.setString(1, MatterJson.checksum(m));
                    ps.setString(2, m.id().value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return Optional.empty();
    }
}
