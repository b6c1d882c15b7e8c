package io.patentdesk.app.prior;

import java.nio.file.Path;
import java.util.List;

/**
 * A prior-art reference read for searching.
 *
 * @param file       where it was read from
 * @param pages      its page count; 0 for a document without pages
 * @param paragraphs its paragraphs in reading order
 */
public record ReferenceText(Path file, int pages, List<ReferenceParagraph> paragraphs) {
    public ReferenceText {
        paragraphs = List.copyOf(paragraphs);
    }
}
