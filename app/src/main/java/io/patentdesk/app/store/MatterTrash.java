package io.patentdesk.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.io.ExportException;
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

/**
 * Deleted matters, restorable: a matter moved to the trash is written whole (its latest text, docket and
 * suppressions) to {@code trash/<id>.json} beside the workspace, private like it, before its row is deleted; restoring
 * stores it again. The trash lives in files rather than in the schema so that a trashed matter never shows up in
 * anything that reads the matter table. Its version history is not kept: the trash holds the matter as it was.
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
        root.put("format", 1);
        root.put("trashed", now.toEpochMilli());
        root.put("matter", MatterJson.write(m));
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
        Matter m = read(file).matter();
        if (workspace.matters().load(m.id()).isPresent()) {
            m = m.withNewId();
        }
        workspace.matters().save(m);
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

    private record Entry(Matter matter, Instant trashed) {}

    private static Entry read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException("That matter is no longer in the trash.", null);
        }
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            return new Entry(MatterJson.read(root.path("matter").asText()), Instant.ofEpochMilli(root.path("trashed").asLong()));
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
