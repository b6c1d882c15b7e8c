package io.patentdesk.app.prior;

import io.patentdesk.analyzer.DocumentException;
import io.patentdesk.analyzer.DocumentReader;
import io.patentdesk.app.io.DocxImporter;
import io.patentdesk.app.io.ImportException;
import io.patentdesk.app.io.MatterImporter;
import io.patentdesk.app.io.ReferenceDocument;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a prior-art file for searching: a PDF page by page (PDFBox, through the app's {@link MatterImporter}, which
 * also says when a PDF has no text layer or is encrypted); plain text as it is, with its printed paragraph numbers;
 * DOCX paragraph by paragraph (a leading "[0023]" labels its paragraph); USPTO XML through the draft importer, its
 * description as numbered paragraphs ({@code <p num="0023">}), then abstract and claims; all unpaged. Errors are {@link ImportException}s with one-line messages.
 */
public final class ReferenceTextReader {
    /** Larger files are refused before reading: a reference of this size is an archive, not a document. */
    static final long MAX_BYTES = 200L * 1024 * 1024;

    /** Longer than any printed line: a text whose lines are mostly longer holds one paragraph per line. */
    private static final int LONGEST_PRINTED_LINE = 120;

    private final MatterImporter importer = new MatterImporter();

    public ReferenceText read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(name + " does not exist.");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(name + " is larger than " + MAX_BYTES / (1024 * 1024)
                        + " MB; split it or export the relevant part.");
            }
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (isPdf(file)) {
            ReferenceDocument doc = importer.importReference(file);
            List<ReferenceParagraph> paragraphs = new ArrayList<>();
            for (ReferenceDocument.Page page : doc.pages()) {
                paragraphs.addAll(ParagraphReflow.reflow(page.text(), page.number()));
            }
            return new ReferenceText(file, doc.pageCount(), ParagraphReflow.joinAcrossPages(paragraphs));
        }
        if (isPlainText(file)) {
            List<ReferenceParagraph> paragraphs = unpaged(readText(file));
            if (paragraphs.isEmpty()) {
                throw new ImportException(name + " has no text to search.");
            }
            return new ReferenceText(file, 0, paragraphs);
        }
        if (isDocx(file)) {
            // Paragraph by paragraph as Word holds them, so a printed "[0023]" at a paragraph's start labels it.
            List<ReferenceParagraph> paragraphs = new ArrayList<>();
            for (String p : new DocxImporter().paragraphs(file)) {
                paragraphs.addAll(unpaged(p));
            }
            if (paragraphs.isEmpty()) {
                throw new ImportException(name + " has no text to search.");
            }
            return new ReferenceText(file, 0, paragraphs);
        }
        Matter matter = importer.importDraft(file).matter(); // the user's messages for a file that is no draft
        List<ReferenceParagraph> numbered = UsptoXmlParagraphs.description(readText(file));
        List<ReferenceParagraph> paragraphs = new ArrayList<>();
        for (Section section : Section.values()) {
            if (numbered.isEmpty() || section == Section.TITLE || section == Section.ABSTRACT) {
                paragraphs.addAll(unpaged(matter.section(section)));
            } else if (section == Section.TECHNICAL_FIELD) {
                paragraphs.addAll(numbered); // the description in its order, with its [0023] numbers, in its place
            }
        }
        paragraphs.addAll(unpaged(matter.claims()));
        if (paragraphs.isEmpty()) {
            throw new ImportException(name + " has no text to search.");
        }
        return new ReferenceText(file, 0, paragraphs);
    }

    /**
     * Paragraphs of a text without pages. Text laid out one paragraph per line (what the importers give, and most
     * exported text: lines far longer than a printed line) keeps each line as a paragraph; hard-wrapped text is
     * reflowed like a PDF page.
     */
    static List<ReferenceParagraph> unpaged(String text) {
        List<ReferenceParagraph> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        long longLines = lines.stream().filter(l -> l.length() > LONGEST_PRINTED_LINE).count();
        if (longLines * 2 >= lines.size()) {
            for (String line : lines) {
                out.addAll(ParagraphReflow.reflow(line, 0));
            }
            return out;
        }
        return ParagraphReflow.reflow(text, 0);
    }

    /**
     * Plain text is read as it is, not through the draft importer, which takes paragraph numbers off (the editor
     * numbers paragraphs itself); a reference's printed numbers are what a chart cites.
     */
    private static boolean isPlainText(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return !(n.endsWith(".docx") || n.endsWith(".doc") || n.endsWith(".xml")) && !startsLikeMarkupOrZip(file);
    }

    private static boolean startsLikeMarkupOrZip(Path file) {
        try (var in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(64), java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
            return head.startsWith("PK") || head.startsWith("<");
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static String readText(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new ImportException(name + " is empty.");
            }
            return DocumentReader.decode(name, bytes);
        } catch (DocumentException e) {
            throw new ImportException(e.getMessage(), e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDocx(Path file) {
        try (var in = Files.newInputStream(file)) {
            return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")
                    || new String(in.readNBytes(2), java.nio.charset.StandardCharsets.ISO_8859_1).equals("PK");
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static boolean isPdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%PDF");
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
