package io.patentdesk.app.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a prior-art PDF through PDFBox into a {@link ReferenceDocument}, one text per page. */
public final class PdfReferenceReader {
    /** Pages of a larger PDF are not read: a reference is for reading, not for archiving whole books. */
    static final int MAX_PAGES = 2_000;

    public ReferenceDocument read(Path file) {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                throw new ImportException(name + " is empty.");
            }
        } catch (IOException e) {
            throw new ImportException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            List<ReferenceDocument.Page> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            // No sorting by position: content-stream order keeps a two-column page's columns apart.
            int count = Math.min(doc.getNumberOfPages(), MAX_PAGES);
            boolean anyText = false;
            for (int i = 1; i <= count; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc).strip();
                anyText |= !text.isEmpty();
                pages.add(new ReferenceDocument.Page(i, text));
            }
            if (count == 0) {
                throw new ImportException(name + " has no pages.");
            }
            if (!anyText) {
                throw new ImportException(name + " has no text layer (a scanned image?); run OCR on it first.");
            }
            String title = doc.getDocumentInformation().getTitle();
            return new ReferenceDocument(file, title == null || title.isBlank() ? name : title.strip(), pages);
        } catch (InvalidPasswordException e) {
            throw new ImportException(name + " is password-protected; open it with its password and save an "
                    + "unprotected copy.", e);
        } catch (IOException e) {
            throw new ImportException(name + " is not a readable PDF: it may be damaged.", e);
        }
    }
}
