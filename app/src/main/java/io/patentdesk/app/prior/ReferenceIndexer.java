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
    private List<String> keys = List.of();

    /**
     * @param model the encoder's name, part of the cache key
     * @param cache may be null: no cache
     */
    public ReferenceIndexer(TextEmbedder embedder, String model, PassageCache cache) {
        this.embedder = embedder;
        this.model = model;
        this.cache = cache;
    }

    /**
     * A reference that is no file: the matter's own specification, read from the workspace.
     *
     * @param key what marks on its cells are stored under ({@link ChartCellKey#SPECIFICATION}); its passages are
     *            cached by the SHA-256 of its text, so an edited specification is indexed again
     */
    public record TextReference(ReferenceText text, String key) {
    }

    /** A library of the files in order; files read from the cache are counted in {@link #fromCache}. */
    public PassageLibrary library(List<Path> files, IndexProgress progress) throws IOException {
        return library(files, List.of(), progress);
    }

    /** A library of the files in order, then the texts; what came from the cache is counted in {@link #fromCache}. */
    public PassageLibrary library(List<Path> files, List<TextReference> texts, IndexProgress progress)
            throws IOException {
        List<PassageLibrary.IndexedReference> indexed = new ArrayList<>();
        List<String> shas = new ArrayList<>();
        fromCache = 0;
        for (Path file : files) {
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new io.patentdesk.app.io.ImportException(file.getFileName() + " does not exist.");
            }
            String sha = PassageCache.sha256(file);
            shas.add(sha);
            indexed.add(cached(sha, file, () -> reader.read(file), progress));
        }
        for (TextReference t : texts) {
            shas.add(t.key());
            indexed.add(cached(ChartCellKey.sha256(contentOf(t.text())), t.text().file(), t::text, progress));
        }
        keys = List.copyOf(shas);
        return PassageLibrary.of(indexed, embedder);
    }

    /**
     * The key of each reference of the last {@link #library} call, in its order: the SHA-256 of a file's bytes, a
     * text's {@link TextReference#key()}. Marks on chart cells are stored by it ({@link ChartCellKey}).
     */
    public List<String> keys() {
        return keys;
    }

    /** How many files of the last {@link #library} call came from the cache. */
    public int fromCache() {
        return fromCache;
    }

    private PassageLibrary.IndexedReference cached(String sha, Path source,
            java.util.function.Supplier<ReferenceText> read, IndexProgress progress) throws IOException {
        if (cache != null) {
            var cached = cache.find(source, sha, model);
            if (cached.isPresent()) {
                fromCache++;
                return cached.get();
            }
        }
        PassageLibrary.IndexedReference fresh = PassageLibrary.index(read.get(), embedder, progress);
        if (cache != null) {
            cache.put(sha, model, fresh);
        }
        return fresh;
    }

    /** What a text reference's passages depend on: its paragraphs with their labels. */
    private static String contentOf(ReferenceText text) {
        StringBuilder sb = new StringBuilder();
        for (ReferenceParagraph p : text.paragraphs()) {
            sb.append(p.label() == null ? "" : p.label()).append('\t').append(p.text()).append('\n');
        }
        return sb.toString();
    }
}
