package io.patentdesk.app.prior;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and indexes reference files, taking what the {@link PassageCache} already holds for a file's exact content
 * and storing what it had to compute; without a cache every file is read and embedded.
 */
public final class ReferenceIndexer {
    private final ReferenceTextReader reader = new ReferenceTextReader();
    private final TextEmbedder embedder;
    private final String model;
    private final PassageCache cache;
    private int fromCache;

    /**
     * @param model the encoder's name, part of the cache key
     * @param cache may be null: no cache
     */
    public ReferenceIndexer(TextEmbedder embedder, String model, PassageCache cache) {
        this.embedder = embedder;
        this.model = model;
        this.cache = cache;
    }

    /** A library of the files in order; files read from the cache are counted in {@link #fromCache}. */
    public PassageLibrary library(List<Path> files, IndexProgress progress) throws IOException {
        List<PassageLibrary.IndexedReference> indexed = new ArrayList<>();
        fromCache = 0;
        for (Path file : files) {
            indexed.add(index(file, progress));
        }
        return PassageLibrary.of(indexed, embedder);
    }

    /** How many files of the last {@link #library} call came from the cache. */
    public int fromCache() {
        return fromCache;
    }

    private PassageLibrary.IndexedReference index(Path file, IndexProgress progress) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new io.patentdesk.app.io.ImportException(file.getFileName() + " does not exist.");
        }
        String sha = cache == null ? null : PassageCache.sha256(file);
        if (cache != null) {
            var cached = cache.find(file, sha, model);
            if (cached.isPresent()) {
                fromCache++;
                return cached.get();
            }
        }
        PassageLibrary.IndexedReference fresh = PassageLibrary.index(reader.read(file), embedder, progress);
        if (cache != null) {
            cache.put(sha, model, fresh);
        }
        return fresh;
    }
}
