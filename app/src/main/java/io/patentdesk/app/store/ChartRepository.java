package io.patentdesk.app.store;

import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.prior.ChartCellKey;
import io.patentdesk.app.prior.ChartReview;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each matter's prior-art chart as the workspace keeps it (schema version 5): the reference files charted, whether
 * the matter's own specification is charted too, and the reviewer's marks and notes by {@link ChartCellKey}. The
 * chart itself is not stored: it is computed again from the references (their passages come from the cache).
 * Deleting a matter deletes its chart data; {@link #readIn} and {@link #writeIn} carry it, row for row, through the
 * trash and a salvage.
 */
public final class ChartRepository {
    private final Database db;

    ChartRepository(Database db) {
        this.db = db;
    }

    /** The reference files of the matter's chart, in the order they were added. */
    public List<Path> references(MatterId id) {
        return db.read(c -> {
            List<Path> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT path FROM chart_reference WHERE matter_id = ? ORDER BY position")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Path.of(rs.getString(1)));
                    }
                }
            }
            return out;
        }, "read the chart's references");
    }

    /** Replaces the matter's reference list with {@code files} (absolute paths are stored). */
    public void saveReferences(MatterId id, List<Path> files) {
        db.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM chart_reference WHERE matter_id = ?");
                    PreparedStatement ins = c.prepareStatement(
                            "INSERT INTO chart_reference(matter_id, position, path) VALUES (?, ?, ?)")) {
                del.setString(1, id.value());
                del.executeUpdate();
                for (int i = 0; i < files.size(); i++) {
                    ins.setString(1, id.value());
                    ins.setInt(2, i);
                    ins.setString(3, files.get(i).toAbsolutePath().toString());
                    ins.addBatch();
                }
                ins.executeBatch();
            }
            return null;
        }, "save the chart's references");
    }

    /** Whether the matter's own specification is charted beside its references (off until the user turns it on). */
    public boolean includesSpecification(MatterId id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT specification FROM chart_option WHERE matter_id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) != 0;
                }
            }
        }, "read the chart's options");
    }

    public void setIncludesSpecification(MatterId id, boolean include) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO chart_option(matter_id, specification) "
                    + "VALUES (?, ?) ON CONFLICT(matter_id) DO UPDATE SET specification = excluded.specification")) {
                ps.setString(1, id.value());
                ps.setInt(2, include ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        }, "save the chart's options");
    }

    /** Every mark and note stored for the matter's chart cells. */
    public Map<ChartCellKey, ChartReview.Cell> marks(MatterId id) {
        return db.read(c -> {
            Map<ChartCellKey, ChartReview.Cell> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT reference_sha, claim, element, passage_sha, mark, "
                    + "note FROM chart_mark WHERE matter_id = ?")) {
                ps.setString(1, id.value());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(new ChartCellKey(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                                new ChartReview.Cell(mark(rs.getString(5)), rs.getString(6)));
                    }
                }
            }
            return out;
        }, "read the chart's marks");
    }

    /** Stores a cell's mark and note; a cell with neither (null mark, blank note) is deleted. */
    public void saveMark(MatterId id, ChartCellKey key, ChartReview.Cell cell) {
        db.write(c -> {
            boolean empty = cell.mark() == null && cell.note().isEmpty();
            String sql = empty ? "DELETE FROM chart_mark WHERE matter_id = ? AND reference_sha = ? AND claim = ? "
                    + "AND element = ? AND passage_sha = ?"
                    : "INSERT INTO chart_mark(matter_id, reference_sha, claim, element, passage_sha, mark, note, "
                            + "modified_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(matter_id, reference_sha, "
                            + "claim, element, passage_sha) DO UPDATE SET mark = excluded.mark, note = excluded.note, "
                            + "modified_ms = excluded.modified_ms";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id.value());
                ps.setString(2, key.referenceSha());
                ps.setInt(3, key.claim());
                ps.setString(4, key.element());
                ps.setString(5, key.passageSha());
                if (!empty) {
                    ps.setString(6, cell.mark() == null ? null : cell.mark().name());
                    ps.setString(7, cell.note());
                    ps.setLong(8, System.currentTimeMillis());
                }
                ps.executeUpdate();
            }
            return null;
        }, "save the chart mark");
    }

    /** Every chart row of the matter, as stored. */
    StoredChart stored(MatterId id) {
        return db.read(c -> readIn(c, id), "read the chart");
    }

    static StoredChart readIn(Connection c, MatterId id) throws SQLException {
        List<String> refs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT path FROM chart_reference WHERE matter_id = ? ORDER BY position")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refs.add(rs.getString(1));
                }
            }
        }
        Optional<Boolean> spec = Optional.empty();
        try (PreparedStatement ps = c.prepareStatement("SELECT specification FROM chart_option WHERE matter_id = ?")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    spec = Optional.of(rs.getInt(1) != 0);
                }
            }
        }
        List<StoredChart.Mark> marks = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT reference_sha, claim, element, passage_sha, mark, note, "
                + "modified_ms FROM chart_mark WHERE matter_id = ? ORDER BY reference_sha, claim, element, passage_sha")) {
            ps.setString(1, id.value());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    marks.add(new StoredChart.Mark(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getLong(7)));
                }
            }
        }
        return new StoredChart(refs, spec, marks);
    }

    /** Replaces the matter's chart rows with {@code chart}, within the caller's transaction. */
    static void writeIn(Connection c, MatterId id, StoredChart chart) throws SQLException {
        for (String table : new String[] {"chart_reference", "chart_option", "chart_mark"}) {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM " + table + " WHERE matter_id = ?")) {
                del.setString(1, id.value());
                del.executeUpdate();
            }
        }
        try (PreparedStatement ins = c.prepareStatement(
                "INSERT INTO chart_reference(matter_id, position, path) VALUES (?, ?, ?)")) {
            for (int i = 0; i < chart.references().size(); i++) {
                ins.setString(1, id.value());
                ins.setInt(2, i);
                ins.setString(3, chart.references().get(i));
                ins.addBatch();
            }
            ins.executeBatch();
        }
        if (chart.includesSpecification().isPresent()) {
            try (PreparedStatement ins = c.prepareStatement(
                    "INSERT INTO chart_option(matter_id, specification) VALUES (?, ?)")) {
                ins.setString(1, id.value());
                ins.setInt(2, chart.includesSpecification().get() ? 1 : 0);
                ins.executeUpdate();
            }
        }
        try (PreparedStatement ins = c.prepareStatement("INSERT INTO chart_mark(matter_id, reference_sha, claim, "
                + "element, passage_sha, mark, note, modified_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (StoredChart.Mark m : chart.marks()) {
                ins.setString(1, id.value());
                ins.setString(2, m.referenceSha());
                ins.setInt(3, m.claim());
                ins.setString(4, m.element());
                ins.setString(5, m.passageSha());
                ins.setString(6, m.mark());
                ins.setString(7, m.note());
                ins.setLong(8, m.modifiedMs());
                ins.addBatch();
            }
            ins.executeBatch();
        }
    }

    /** A stored mark's enum name; an unknown one (written by a newer PatentDesk) reads as no mark, the note kept. */
    private static ChartReview.Mark mark(String name) {
        if (name == null) {
            return null;
        }
        for (ChartReview.Mark m : ChartReview.Mark.values()) {
            if (m.name().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
