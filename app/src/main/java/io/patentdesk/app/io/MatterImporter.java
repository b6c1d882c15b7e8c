package io.patentdesk.app.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Imports a draft from any supported file, choosing the reader by content (not only by extension, which users get
 * wrong): DOCX, USPTO XML, or plain text. PDFs are prior art and open as a {@link ReferenceDocument} instead.
 */
public final class MatterImporter {
    private final PlainTextImporter text = new PlainTextImporter();
    private final DocxImporter docx = new DocxImporter();
    private final UsptoXmlImporter xml = new UsptoXmlImporter();
    private final PdfReferenceReader pdf = new PdfReferenceReader();

    /** A new matter (not yet stored) from {@code file}. */
    public ImportedMatter importDraft(Path file) {
        return switch (kindOf(file)) {
            case DOCX -> docx.read(file);
            case XML -> xml.read(file);
            case PDF -> throw new ImportException(file.getFileName() + " is a PDF; PDFs open as read-only "
                    + "references (Import Reference), not as drafts.");
            case TEXT -> text.read(file);
        };
    }

    /** A prior-art reference from a PDF. */
    public ReferenceDocument importReference(Path file) {
        if (kindOf(file) != Kind.PDF) {
            throw new ImportException(file.getFileName() + " is not a PDF.");
        }
        return pdf.read(file);
    }

    enum Kind { DOCX, XML, PDF, TEXT }

    static Kind kindOf(Path file) {
        String name = file.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (NoSuchFileException e) {
            throw new ImportException(name + " does not exist.", e);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        if (head.length == 0) {
            throw new ImportException(name + " is empty.");
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading();
        if (start.startsWith("%PDF")) {
            return Kind.PDF;
        }
        if (start.startsWith("PK") || (head.length >= 4 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF)) {
            return Kind.DOCX; // zip or old OLE2: the DOCX reader explains what it is
        }
        String ext = FileNames.extension(file);
        if (start.startsWith("<?xml") || start.startsWith("<!DOCTYPE") || start.startsWith("<us-patent")
                || ext.equals("xml")) {
            return Kind.XML;
        }
        if (ext.equals("docx") || ext.equals("doc")) {
            return Kind.DOCX;
        }
        if (ext.equals("pdf")) {
            return Kind.PDF;
        }
        return Kind.TEXT;
    }
}
