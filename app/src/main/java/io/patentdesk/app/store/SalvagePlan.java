package io.patentdesk.app.store;

import io.patentdesk.app.matter.Matter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a salvage of a damaged workspace would bring back, worked out before anything is written: each matter with
 * where its content comes from, the version snapshots that survive, and what could not be recovered.
 */
public final class SalvagePlan {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final List<Matter> matters;
    private final List<RecoveredMatter> recovered;
    private final List<StoredVersion> versions;
    private final List<StoredComment> comments;
    private final Map<io.patentdesk.app.matter.MatterId, StoredChart> charts;
    private final List<String> unrecoverable;
    private final Optional<Backup> backupUsed;

    SalvagePlan(List<Matter> matters, List<RecoveredMatter> recovered, List<StoredVersion> versions,
            List<StoredComment> comments, Map<io.patentdesk.app.matter.MatterId, StoredChart> charts,
            List<String> unrecoverable, Optional<Backup> backupUsed) {
        this.matters = List.copyOf(matters);
        this.recovered = List.copyOf(recovered);
        this.versions = List.copyOf(versions);
        this.comments = List.copyOf(comments);
        this.charts = Map.copyOf(charts);
        this.unrecoverable = List.copyOf(unrecoverable);
        this.backupUsed = backupUsed;
    }

    /** The matters it brings back, with their source. */
    public List<RecoveredMatter> recovered() {
        return recovered;
    }

    /** One line for each thing that could not be brought back (a matter known only by name, a damaged backup). */
    public List<String> unrecoverable() {
        return unrecoverable;
    }

    /** The backup merged in, if one could be read. */
    public Optional<Backup> backupUsed() {
        return backupUsed;
    }

    public int versionCount() {
        return versions.size();
    }

    /** How many comments on the recovered matters come back. */
    public int commentCount() {
        return comments.size();
    }

    /** How many prior-art chart marks (verdicts and notes) on the recovered matters come back. */
    public int chartMarkCount() {
        return charts.values().stream().mapToInt(c -> c.marks().size()).sum();
    }

    /** How many chart references (the files listed for a matter's chart, over all matters) come back. */
    public int chartReferenceCount() {
        return charts.values().stream().mapToInt(c -> c.references().size()).sum();
    }

    /** For how many matters the "chart the specification too" choice comes back. */
    public int chartSpecificationChoiceCount() {
        return (int) charts.values().stream().filter(c -> c.includesSpecification().isPresent()).count();
    }

    /**
     * What comes back besides the matters, each kind counted: "12 stored versions, 1 comment, 2 chart references,
     * 1 chart specification choice and 2 chart marks" (the summary the recovery dialog and the command line show).
     */
    public String contents() {
        return count(versionCount(), "stored version") + ", " + count(commentCount(), "comment") + ", "
                + count(chartReferenceCount(), "chart reference") + ", "
                + count(chartSpecificationChoiceCount(), "chart specification choice") + " and "
                + count(chartMarkCount(), "chart mark");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** The chart rows of a recovered matter (none if nothing of its chart survived). */
    StoredChart chart(io.patentdesk.app.matter.MatterId id) {
        return charts.getOrDefault(id, StoredChart.EMPTY);
    }

    List<Matter> matters() {
        return matters;
    }

    List<StoredVersion> versions() {
        return versions;
    }

    List<StoredComment> comments() {
        return comments;
    }

    /**
     * What restoring {@code backup} instead of salvaging would lose, one line per matter: matters it does not hold,
     * and matters it holds in an older state. Empty when the backup holds everything the salvage would bring back.
     */
    public List<String> lostByRestoring(BackupContents backup) {
        Map<io.patentdesk.app.matter.MatterId, Matter> inBackup = new HashMap<>();
        for (Matter m : backup.matters()) {
            inBackup.put(m.id(), m);
        }
        List<String> lost = new ArrayList<>();
        for (RecoveredMatter r : recovered) {
            Matter b = inBackup.get(r.id());
            if (b == null) {
                lost.add("\u201c" + r.title() + "\u201d is not in this backup (last edit " + TIME.format(r.lastEdit())
                        + ")");
            } else if (b.modified().isBefore(r.lastEdit())) {
                lost.add("\u201c" + r.title() + "\u201d: the edits from " + TIME.format(b.modified()) + " to "
                        + TIME.format(r.lastEdit()) + " (" + minutes(Duration.between(b.modified(), r.lastEdit()))
                        + ")");
            }
        }
        return lost;
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    static String minutes(Duration d) {
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600 * 2) {
            return (s + 30) / 60 + " min";
        }
        return (s + 1800) / 3600 + " h";
    }
}
