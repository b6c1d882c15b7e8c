package io.patentdesk.app.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A .txt draft: a whole application (found by its section headings) or a claims-only file. */
public final class PlainTextImporter {
    public ImportedMatter read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        return read(bytes, FileNames.baseName(file));
    }

    public ImportedMatter read(byte[] bytes, String name) {
        String text = TextDecoding.decode(bytes);
        if (text.isBlank()) {
            throw new ImportException(name + " is empty.");
        }
        return ApplicationLayout.arrange(TextDecoding.paragraphs(text), name);
    }
}
