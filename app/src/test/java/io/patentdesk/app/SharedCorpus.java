package io.patentdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the read-only shared corpus ({@code ../shared/corpus} beside the repository), if this machine has it. */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The corpus folder, looked up from the module directory and from the repository root. */
    public static Optional<Path> dir() {
        for (String candidate : new String[] {"../../shared/corpus", "../shared/corpus"}) {
            Path p = Path.of(candidate).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
