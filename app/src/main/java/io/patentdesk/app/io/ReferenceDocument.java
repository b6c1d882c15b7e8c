package io.patentdesk.app.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A prior-art document opened read-only next to the draft: its text page by page, so a citation can name the page.
 *
 * @param source where it was read from
 * @param title  the PDF's title, or its file name
 * @param pages  the pages in order, numbered from 1
 */
public record ReferenceDocument(Path source, String title, List<Page> pages) {
    public ReferenceDocument {
        pages = List.copyOf(pages);
    }

    /** One page's text. */
    public record Page(int number, String text) {
    }

    public int pageCount() {
        return pages.size();
    }

    /** Every occurrence of {@code term} (case-insensitive), with the page it is on. */
    public List<Hit> find(String term) {
        List<Hit> hits = new ArrayList<>();
        if (term.isBlank()) {
            return hits;
        }
        String needle = term.toLowerCase(Locale.ROOT);
        for (Page p : pages) {
            String hay = p.text().toLowerCase(Locale.ROOT);
            for (int i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) {
                hits.add(new Hit(p.number(), i, i + term.length()));
            }
        }
        return hits;
    }

    /** An occurrence: page number and offsets inside that page's text. */
    public record Hit(int page, int start, int end) {
    }
}
