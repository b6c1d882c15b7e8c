package io.patentdesk.app.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.io.ExportException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The model folders the user added in the Models dialog and the one to use by default, kept in {@code models.json}
 * beside the workspace (private like it: 0600 in a 0700 folder). Read on first use, written whole and atomically on
 * each change; both touch the disk, so call them off the UI thread. A damaged file counts as no list (the bundled model
 * is used) and is replaced on the next change. Thread-safe.
 */
public final class ModelSettings {
    public static final String FILE_NAME = "models.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Path> folders = new ArrayList<>();
    private Path defaultFolder;
    private boolean loaded;

    private ModelSettings(Path file) {
        this.file = file;
    }

    /** The settings stored in {@code dataDir} (the workspace folder). */
    public static ModelSettings in(Path dataDir) {
        return new ModelSettings(dataDir.resolve(FILE_NAME));
    }

    /** Settings kept in memory only (tests, scripted runs that must not change the user's choice). */
    public static ModelSettings inMemory() {
        ModelSettings s = new ModelSettings(null);
        s.loaded = true;
        return s;
    }

    /** The folders added, in the order they were. */
    public synchronized List<Path> folders() {
        load();
        return List.copyOf(folders);
    }

    /** The folder chosen as the default, if any. */
    public synchronized Optional<Path> defaultFolder() {
        load();
        return Optional.ofNullable(defaultFolder);
    }

    /** Adds {@code folder} to the list (once) and stores the list. */
    public synchronized void add(Path folder) {
        load();
        Path f = folder.toAbsolutePath().normalize();
        if (!folders.contains(f)) {
            folders.add(f);
            save();
        }
    }

    /** Removes {@code folder} from the list (and as the default) and stores the list. */
    public synchronized void remove(Path folder) {
        load();
        Path f = folder.toAbsolutePath().normalize();
        folders.remove(f);
        if (f.equals(defaultFolder)) {
            defaultFolder = null;
        }
        save();
    }

    /** Makes {@code folder} the default (null: the bundled model) and stores it; an added folder only. */
    public synchronized void setDefault(Path folder) {
        load();
        Path f = folder == null ? null : folder.toAbsolutePath().normalize();
        if (f != null && !folders.contains(f)) {
            folders.add(f);
        }
        defaultFolder = f;
        save();
    }

    private void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            for (JsonNode n : root.path("folders")) {
                if (n.isTextual() && !n.asText().isBlank()) {
                    folders.add(Path.of(n.asText()).toAbsolutePath().normalize());
                }
            }
            String d = root.path("default").asText("");
            defaultFolder = d.isBlank() ? null : Path.of(d).toAbsolutePath().normalize();
        } catch (IOException | RuntimeException damaged) {
            folders.clear();
            defaultFolder = null; // the bundled model then; the next change writes a sound file
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.putArray("folders").addAll(folders.stream().map(p -> JSON.getNodeFactory().textNode(p.toString())).toList());
        root.put("default", defaultFolder == null ? "" : defaultFolder.toString());
        try {
            PrivateFiles.folder(file.getParent());
            byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
            AtomicFile.write(file, out -> out.write(bytes));
            PrivateFiles.file(file);
        } catch (IOException | ExportException e) {
            throw new StoreException("The model list could not be saved in " + file.getParent() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }
}
