package io.patentdesk.app.ui.analysis;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.analyzer.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The analyzer sees the specification as one description text; the editor has one area per section. This builds the
 * description (each section under its heading, as filed) and maps description offsets back to a section and an
 * offset in that section's text.
 */
public final class DocumentLayout {
    /** The sections that make up the description, in filing order. */
    public static final List<Section> DESCRIPTION_SECTIONS = List.of(Section.TECHNICAL_FIELD, Section.BACKGROUND,
            Section.SUMMARY, Section.BRIEF_DESCRIPTION_OF_THE_DRAWINGS, Section.DETAILED_DESCRIPTION);

    private record Placed(Section section, int headingStart, int start, int length) {
    }

    private final Document document;
    private final List<Placed> placed;

    private DocumentLayout(Document document, List<Placed> placed) {
        this.document = document;
        this.placed = placed;
    }

    public static DocumentLayout of(Matter m) {
        StringBuilder description = new StringBuilder();
        List<Placed> placed = new ArrayList<>();
        for (Section s : DESCRIPTION_SECTIONS) {
            String text = m.section(s);
            if (text.isEmpty()) {
                continue;
            }
            int headingStart = description.length();
            description.append(s.heading().toUpperCase(Locale.ROOT)).append("\n\n");
            placed.add(new Placed(s, headingStart, description.length(), text.length()));
            description.append(text).append("\n\n");
        }
        Document doc = Document.builder()
                .title(m.section(Section.TITLE))
                .abstractText(m.section(Section.ABSTRACT))
                .description(description.toString())
                .claims(m.claims())
                .build();
        return new DocumentLayout(doc, placed);
    }

    public Document document() {
        return document;
    }

    /** Where description offset {@code offset} lies: the section (its key) and the offset within it. */
    public Location locate(int offset) {
        Placed best = null;
        for (Placed p : placed) {
            if (offset >= p.headingStart()) {
                best = p;
            }
        }
        if (best == null) {
            return new Location(Section.DETAILED_DESCRIPTION.key(), 0);
        }
        int inside = Math.max(0, Math.min(best.length(), offset - best.start()));
        return new Location(best.section().key(), inside);
    }

    /** A place in one section's text. */
    public record Location(String part, int offset) {
    }
}
