package io.patentdesk.app.store;

import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.io.ExportException;
import io.patentdesk.app.matter.MatterId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which matter was open last, so that the next start opens it again: its id in {@code last-matter} beside the
 * workspace (0600). A missing or damaged file means none; called off the UI thread.
 */
public final class LastMatter {
    static final String FILE_NAME = "last-matter";

    private final Path file;

    private LastMatter(Path file) {
        this.file = file;
    }

    public static LastMatter in(Path dataDir) {
        return new LastMatter(dataDir.resolve(FILE_NAME));
    }

    public Optional<MatterId> read() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(new MatterId(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | RuntimeException damaged) {
            return Optional.empty();
        }
    }

    /** Records {@code id} (null: no matter open). */
    public void write(MatterId id) {
        byte[] bytes = (id == null ? "" : id.value()).getBytes(StandardCharsets.UTF_8);
        try {
            PrivateFiles.folder(file.getParent());
            PrivateFiles.createFile(file);
            AtomicFile.write(file, out -> out.write(bytes));
            PrivateFiles.file(file);
        } catch (IOException | ExportException e) {
            throw new StoreException("Cannot remember the open matter: " + e.getMessage(), e);
        }
    }
}
