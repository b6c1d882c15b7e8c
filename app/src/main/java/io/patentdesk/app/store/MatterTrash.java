package io.patentdesk.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.io.ExportException;
import io.patentdesk.app.matter.Comment;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Deleted matters, restorable: a matter moved to the trash is written whole (its latest text, docket, office,
 * suppressions, version history, comments and prior-art chart: references, options, marks) to
 * {@code trash/<id>.json} beside the workspace, private like it, before its row is deleted; restoring stores it all
 * again in one transaction. The trash lives in files rather than in the schema so that a trashed matter never shows
 * up in anything that reads the matter table. Files of format 1 (written before the history went with the matter)
 * restore the matter alone; files of format 2 (before the chart went with it) restore it without a chart.
 */
public final class MatterTrash {
    static final String FOLDER = "trash";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Workspace workspace;
    private final Path folder;
    private final Clock clock;

    /** A matter in the trash: what the list shows. */
    public record Trashed(MatterId id, String title, String docket, Instant trashed) {}

    public MatterTrash(Workspace workspace) {
        this.workspace = workspace;
        this.folder = workspace.databaseFile().toAbsolutePath().getParent().resolve(FOLDER);
        this.clock = workspace.clock();
    }

    /** Writes the matter to the trash, then deletes it from the workspace. */
    public Trashed moveToTrash(MatterId id) {
        Matter m = workspace.matters().get(id);
        Instant now = clock.instant();
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 3);
        root.put("trashed", now.toEpochMilli());
        root.put("matter", MatterJson.write(m));
        ArrayNode versions = root.putArray("versions");
        for (StoredVersion v : workspace.history().stored(id)) {
            versions.addObject().put("saved", v.saved().toEpochMilli()).put("label", v.label())
                    .put("content", v.content());
        }
        ArrayNode comments = root.putArray("comments");
        for (Comment c : workspace.comments().list(id)) {
            comments.addObject().put("id", c.id()).put("part", c.part()).put("start", c.start()).put("end", c.end())
                    .put("quote", c.quote()).put("text", c.text()).put("created", c.created().toEpochMilli());
        }
        writeChart(root.putObject("chart"), workspace.charts().stored(id));
        byte[] bytes = root.toString().getBytes(StandardCharsets.UTF_8);
        Path file = fileOf(id);
        try {
            PrivateFiles.folder(folder);
            PrivateFiles.createFile(file);
            AtomicFile.write(file, out -> out.write(bytes));
            PrivateFiles.file(file);
        } catch (IOException | ExportException e) {
            throw new StoreException("The matter could not be moved to the trash in " + folder + ": " + reason(e), e);
        }
        workspace.matters().delete(id);
        return new Trashed(id, m.title(), m.docket(), now);
    }

    /** The matters in the trash, most recently trashed first; unreadable files are left out. */
    public List<Trashed> list() {
        List<Trashed> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path f : files) {
                try {
                    Entry e = read(f);
                    out.add(new Trashed(e.matter().id(), e.matter().title(), e.matter().docket(), e.trashed()));
                } catch (StoreException unreadable) {
                    // a damaged file stays on disk for the user to inspect; it is not offered for restoring
                }
            }
        } catch (IOException e) {
            throw new StoreException("The trash in " + folder + " cannot be read: " + reason(e), e);
        }
        out.sort(Comparator.comparing(Trashed::trashed).reversed());
        return out;
    }

    /** Stores the trashed matter in the workspace again (under a new id if one like it exists) and returns it. */
    public Matter restore(MatterId id) {
        Path file = fileOf(id);
        Entry entry = read(file);
        Matter m = entry.matter();
        List<StoredVersion> versions = entry.versions();
        List<Comment> comments = entry.comments();
        StoredChart chart = entry.chart();
        if (workspace.matters().load(m.id()).isPresent()) {
            // The same matter is back in the workspace (restored from a backup): this copy becomes a matter of its
            // own, its snapshots naming the new id (a snapshot restores into the matter its JSON names) and its
            // comments new ids (comment ids are unique across the workspace). Its chart rows go with the new id.
            m = m.withNewId();
            MatterId fresh = m.id();
            versions = versions.stream().map(v -> new StoredVersion(fresh, v.saved(), v.label(),
                    MatterJson.withId(v.content(), fresh))).toList();
            comments = comments.stream().map(c -> new Comment(java.util.UUID.randomUUID().toString(), c.part(),
                    c.start(), c.end(), c.quote(), c.text(), c.created())).toList();
        }
        workspace.matters().saveWithHistory(m, versions, comments, chart);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException("The matter was restored but its copy in the trash could not be removed: " + reason(e), e);
        }
        return m;
    }

    /** Deletes a trashed matter for good. */
    public void deleteForever(MatterId id) {
        try {
            Files.deleteIfExists(fileOf(id));
        } catch (IOException e) {
            throw new StoreException("The matter could not be removed from the trash: " + reason(e), e);
        }
    }

    private Path fileOf(MatterId id) {
        return folder.resolve(id.value() + ".json");
    }

    private record Entry(Matter matter, Instant trashed, List<StoredVersion> versions, List<Comment> comments,
            StoredChart chart) {}

    private static void writeChart(ObjectNode o, StoredChart chart) {
        ArrayNode refs = o.putArray("references");
        chart.references().forEach(refs::add);
        chart.includesSpecification().ifPresent(b -> o.put("specification", b));
        ArrayNode marks = o.putArray("marks");
        for (StoredChart.Mark m : chart.marks()) {
            marks.addObject().put("reference", m.referenceSha()).put("claim", m.claim()).put("element", m.element())
                    .put("passage", m.passageSha()).put("mark", m.mark()).put("note", m.note())
                    .put("modified", m.modifiedMs());
        }
    }

    /** The chart of a trash file; one of format 1 or 2 has none. */
    private static StoredChart readChart(JsonNode o) {
        if (!o.isObject()) {
            return StoredChart.EMPTY;
        }
        List<String> refs = new ArrayList<>();
        o.path("references").forEach(r -> refs.add(r.asText()));
        Optional<Boolean> spec = o.path("specification").isBoolean()
                ? Optional.of(o.path("specification").asBoolean()) : Optional.empty();
        List<StoredChart.Mark> marks = new ArrayList<>();
        for (JsonNode m : o.path("marks")) {
            marks.add(new StoredChart.Mark(m.path("reference").asText(), m.path("claim").asInt(),
                    m.path("element").asText(), m.path("passage").asText(),
                    m.path("mark").isTextual() ? m.path("mark").asText() : null, m.path("note").asText(),
                    m.path("modified").asLong()));
        }
        return new StoredChart(refs, spec, marks);
    }

    private static Entry read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("That matter is no longer in the trash.", null);
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            Matter m = MatterJson.read(root.path("matter").asText());
            List<StoredVersion> versions = new ArrayList<>();
            for (JsonNode v : root.path("versions")) { // absent in format 1
                versions.add(new StoredVersion(m.id(), Instant.ofEpochMilli(v.path("saved").asLong()),
                        v.path("label").asText(), v.path("content").asText()));
            }
            List<Comment> comments = new ArrayList<>();
            for (JsonNode c : root.path("comments")) {
                comments.add(new Comment(c.path("id").asText(), c.path("part").asText(), c.path("start").asInt(),
                        c.path("end").asInt(), c.path("quote").asText(), c.path("text").asText(),
                        Instant.ofEpochMilli(c.path("created").asLong())));
            }
            return new Entry(m, Instant.ofEpochMilli(root.path("trashed").asLong()), versions, comments,
                    readChart(root.path("chart")));
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreException s) {
                throw s;
            }
            throw new StoreException("The trashed matter " + file.getFileName() + " is unreadable: " + reason(e), e);
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
