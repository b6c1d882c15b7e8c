package io.patentdesk.app.store;

import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.EntitySize;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.matter.Specification;
import io.patentdesk.app.matter.SuppressedFinding;
import io.patentdesk.app.store.salvage.RawRow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rows read from a damaged workspace's pages, sorted into the workspace's tables by their shape (each table's
 * rows have a distinct sequence of column types) and put back together as matters. A matter is taken as whole only
 * when its checksum (written with it since schema 2) matches what was put together: a lost section or suppression
 * row is never mistaken for a deletion. A matter row has 5, 7 or 9 columns: SQLite leaves a row as it was written
 * when a later schema adds columns (docket and checksum in schema 2, office and entity size in schema 4), until the
 * row is written again. Comments (schema 3) and prior-art chart rows (schema 5: references, option, marks) are kept
 * by matter.
 */
final class SalvagedRows {
    /** A matter put together from its rows, and whether its checksum proved it whole. */
    record LiveMatter(Matter matter, boolean verified) {
    }

    /** A readable version snapshot. */
    record Snapshot(long id, MatterId matterId, Instant saved, String label, String content, Matter matter) {
    }

    private final Map<MatterId, RawRow> matterRows = new LinkedHashMap<>();
    private final Map<MatterId, Map<Section, String>> sections = new HashMap<>();
    private final Map<MatterId, TreeMap<Long, SuppressedFinding>> suppressions = new HashMap<>();
    private final Map<MatterId, List<Snapshot>> snapshots = new HashMap<>();
    private final Map<MatterId, Map<String, Comment>> comments = new HashMap<>();
    private final Map<MatterId, TreeMap<Long, String>> chartReferences = new HashMap<>();
    private final Map<MatterId, Boolean> chartOptions = new HashMap<>();
    private final Map<MatterId, Map<String, StoredChart.Mark>> chartMarks = new HashMap<>();

    static SalvagedRows sort(List<RawRow> rows) {
        SalvagedRows s = new SalvagedRows();
        for (RawRow r : rows) {
            s.add(r);
        }
        return s;
    }

    private void add(RawRow r) {
        int n = r.columns();
        if ((n == 5 || n == 7 || n == 9) && r.isText(0) && r.isText(1) && r.isText(2) && r.isInteger(3)
                && r.isInteger(4) && (n == 5 || r.isText(5) && r.isText(6)) && (n < 9 || r.isText(7) && r.isText(8))) {
            id(r.get(0)).ifPresent(id -> matterRows.merge(id, r,
                    (a, b) -> (Long) b.get(4) > (Long) a.get(4) ? b : a));
        } else if (n == 3 && r.isText(0) && r.isText(1) && r.isText(2)) {
            Optional<Section> section = Section.ofKey((String) r.get(1));
            Optional<MatterId> id = id(r.get(0));
            if (section.isPresent() && id.isPresent()) {
                sections.computeIfAbsent(id.get(), k -> new EnumMap<>(Section.class)).put(section.get(),
                        (String) r.get(2));
            }
        } else if (n == 5 && r.isText(0) && r.isInteger(1) && r.isText(2) && r.isText(3) && r.isText(4)) {
            id(r.get(0)).ifPresent(id -> suppressions.computeIfAbsent(id, k -> new TreeMap<>()).put((Long) r.get(1),
                    new SuppressedFinding((String) r.get(2), (String) r.get(3), (String) r.get(4))));
        } else if (n == 8 && r.isText(0) && r.isText(1) && r.isText(2) && r.isInteger(3) && r.isInteger(4)
                && r.isText(5) && r.isText(6) && r.isInteger(7)) {
            id(r.get(1)).ifPresent(id -> comment(r).ifPresent(
                    c -> comments.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(c.id(), c)));
        } else if (n == 3 && r.isText(0) && r.isInteger(1) && r.isText(2)) { // chart_reference
            id(r.get(0)).ifPresent(id -> chartReferences.computeIfAbsent(id, k -> new TreeMap<>())
                    .put((Long) r.get(1), (String) r.get(2)));
        } else if (n == 2 && r.isText(0) && r.isInteger(1)) { // chart_option (sqlite_sequence's names are no ids)
            id(r.get(0)).ifPresent(id -> chartOptions.put(id, (Long) r.get(1) != 0));
        } else if (n == 8 && r.isText(0) && r.isText(1) && r.isInteger(2) && r.isText(3) && r.isText(4)
                && (r.get(5) == null || r.isText(5)) && r.isText(6) && r.isInteger(7)) { // chart_mark
            id(r.get(0)).ifPresent(id -> chartMark(r).ifPresent(m -> chartMarks
                    .computeIfAbsent(id, k -> new LinkedHashMap<>())
                    .merge(m.key(), m, (a, b) -> b.modifiedMs() > a.modifiedMs() ? b : a)));
        } else if (n == 5 && r.get(0) == null && r.isText(1) && r.isInteger(2) && r.isText(3) && r.isText(4)) {
            Optional<MatterId> id = id(r.get(1));
            if (id.isPresent()) {
                try {
                    Matter m = MatterJson.read((String) r.get(4));
                    if (m.id().equals(id.get())) {
                        snapshots.computeIfAbsent(id.get(), k -> new ArrayList<>()).add(new Snapshot(r.rowid(),
                                id.get(), Instant.ofEpochMilli((Long) r.get(2)), (String) r.get(3),
                                (String) r.get(4), m));
                    }
                } catch (RuntimeException damaged) {
                    // a snapshot whose JSON does not parse is not a snapshot
                }
            }
        }
    }

    /** A comment row (id, matter, part, start, end, quote, text, created), unless its values make no comment. */
    private static Optional<Comment> comment(RawRow r) {
        try {
            return Optional.of(new Comment((String) r.get(0), (String) r.get(2), Math.toIntExact((Long) r.get(3)),
                    Math.toIntExact((Long) r.get(4)), (String) r.get(5), (String) r.get(6),
                    Instant.ofEpochMilli((Long) r.get(7))));
        } catch (RuntimeException damaged) { // a range that is no range, an offset beyond int
            return Optional.empty();
        }
    }

    /** A chart_mark row (matter, reference, claim, element, passage, mark, note, modified), unless its claim is no int. */
    private static Optional<StoredChart.Mark> chartMark(RawRow r) {
        try {
            return Optional.of(new StoredChart.Mark((String) r.get(1), Math.toIntExact((Long) r.get(2)),
                    (String) r.get(3), (String) r.get(4), (String) r.get(5), (String) r.get(6), (Long) r.get(7)));
        } catch (ArithmeticException damaged) {
            return Optional.empty();
        }
    }

    private static Optional<MatterId> id(Object value) {
        try {
            return Optional.of(new MatterId((String) value));
        } catch (RuntimeException notAnId) {
            return Optional.empty();
        }
    }

    /** Every matter id any surviving row names: a matter whose own row was lost is still known by its parts. */
    List<MatterId> knownIds() {
        java.util.LinkedHashSet<MatterId> ids = new java.util.LinkedHashSet<>(matterRows.keySet());
        ids.addAll(sections.keySet());
        ids.addAll(suppressions.keySet());
        ids.addAll(snapshots.keySet());
        // Comments alone do not make a matter known: without any of its text there is nothing to recover.
        return new ArrayList<>(ids);
    }

    /** The matter as its live rows hold it, if its own row survived. */
    Optional<LiveMatter> live(MatterId id) {
        RawRow r = matterRows.get(id);
        if (r == null) {
            return Optional.empty();
        }
        boolean summed = r.columns() >= 7 && !((String) r.get(6)).isEmpty();
        Map<Section, String> secs = sections.getOrDefault(id, Map.of());
        List<SuppressedFinding> sups = new ArrayList<>(suppressions.getOrDefault(id, new TreeMap<>()).values());
        boolean withOffice = r.columns() == 9;
        Matter m = new Matter(id, (String) r.get(1), summed ? (String) r.get(5) : "", (String) r.get(2),
                Specification.of(secs), sups, Instant.ofEpochMilli((Long) r.get(3)),
                Instant.ofEpochMilli((Long) r.get(4)),
                withOffice ? OfficeChoice.ofStored((String) r.get(7)) : OfficeChoice.AUTOMATIC,
                withOffice ? EntitySize.ofStored((String) r.get(8)) : EntitySize.LARGE);
        return Optional.of(new LiveMatter(m, summed && MatterJson.checksum(m).equals(r.get(6))));
    }

    /** When the matter's own row says it was last edited, even if the rest of it is lost. */
    Optional<Instant> lastEdit(MatterId id) {
        RawRow r = matterRows.get(id);
        return r == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli((Long) r.get(4)));
    }

    /** The readable comments of a matter, by id. */
    Map<String, Comment> comments(MatterId id) {
        return comments.getOrDefault(id, Map.of());
    }

    /** The matter's readable chart rows (references in their stored order). */
    StoredChart chart(MatterId id) {
        return new StoredChart(new ArrayList<>(chartReferences.getOrDefault(id, new TreeMap<>()).values()),
                Optional.ofNullable(chartOptions.get(id)),
                new ArrayList<>(chartMarks.getOrDefault(id, Map.of()).values()));
    }

    /** The readable snapshots of a matter, newest first. */
    List<Snapshot> snapshots(MatterId id) {
        List<Snapshot> list = new ArrayList<>(snapshots.getOrDefault(id, List.of()));
        list.sort(Comparator.comparing(Snapshot::saved).thenComparingLong(Snapshot::id).reversed());
        return list;
    }
}
