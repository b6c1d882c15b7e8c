package io.patentdesk.app.io;

import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.DocumentException;
import io.patentdesk.analyzer.DocumentReader;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A USPTO full-text XML file (grant or application), read by the analyzer's {@link DocumentReader}; the description
 * is split into sections by its headings.
 */
public final class UsptoXmlImporter {
    public ImportedMatter read(Path file) {
        Document doc;
        try {
            doc = DocumentReader.read(file);
        } catch (DocumentException e) {
            throw new ImportException(sentence(e.getMessage()), e);
        }
        if (doc.format() != Document.Format.USPTO_XML) {
            throw new ImportException(file.getFileName() + " is not a USPTO full-text XML file.");
        }
        String title = doc.title().strip();
        Matter m = Matter.create(title.isEmpty() ? FileNames.baseName(file) : title).withClaims(doc.claims().strip());
        if (!title.isEmpty()) {
            m = m.withSection(Section.TITLE, title);
        }
        for (var e : ApplicationLayout.descriptionSections(doc.description().lines().toList()).entrySet()) {
            m = m.withSection(e.getKey(), e.getValue());
        }
        m = m.withSection(Section.ABSTRACT, String.join("\n", doc.abstractText().strip().lines()
                .map(String::strip).filter(l -> !l.isEmpty()).toList()));
        return new ImportedMatter(m, ImportedMatter.Kind.WHOLE_APPLICATION, List.of());
    }

    /** The analyzer's messages are lower-case fragments; the UI shows sentences. */
    private static String sentence(String s) {
        if (s == null || s.isEmpty()) {
            return "The file cannot be read.";
        }
        String t = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }
}
