package io.patentdesk.app.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** A Word (.docx) draft through Apache POI: its paragraphs, sorted into sections by their headings. */
public final class DocxImporter {
    public ImportedMatter read(Path file) {
        return read(bytesOf(file), FileNames.baseName(file), file.getFileName().toString());
    }

    ImportedMatter read(byte[] bytes, String title, String fileName) {
        return ApplicationLayout.arrange(paragraphs(bytes, fileName), title);
    }

    /**
     * The document's paragraphs in reading order, list numbering rendered, as they are before sorting into sections
     * (a prior-art reference keeps its printed "[0023]" paragraph numbers, which the draft import takes off).
     */
    public List<String> paragraphs(Path file) {
        return paragraphs(bytesOf(file), file.getFileName().toString());
    }

    private static byte[] bytesOf(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> paragraphs(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new ImportException(fileName + " is empty.");
        }
        checkMagic(bytes, fileName);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> paragraphs = paragraphs(doc);
            if (paragraphs.stream().allMatch(String::isBlank)) {
                throw new ImportException(fileName + " has no text.");
            }
            return paragraphs;
        } catch (POIXMLException | IOException | IllegalArgumentException e) { // incl. NotOfficeXmlFileException {
            throw new ImportException(fileName + " is not a readable Word document (.docx): it may be damaged.", e);
        }
    }

    /** Tells an old .doc, a password-protected .docx and a non-Word file apart before POI fails on them. */
    private static void checkMagic(byte[] bytes, String fileName) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new ImportException("Cannot read " + fileName + ".", e);
        }
        if (magic == FileMagic.OLE2) {
            if (isEncryptedOoxml(bytes)) {
                throw new ImportException(fileName + " is password-protected; remove the password in Word and "
                        + "import it again.");
            }
            throw new ImportException(fileName + " is an old Word 97-2003 document; save it as .docx and import "
                    + "that.");
        }
        if (magic != FileMagic.OOXML) {
            throw new ImportException(fileName + " is not a Word document (.docx).");
        }
    }

    private static boolean isEncryptedOoxml(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | OLE2NotOfficeXmlFileException | EncryptedDocumentException e) {
            return false;
        }
    }

    /** Body paragraphs in order; a table contributes its cells' paragraphs (claims are sometimes in a table). */
    private static List<String> paragraphs(XWPFDocument doc) {
        List<String> out = new ArrayList<>();
        DocxNumbering numbering = new DocxNumbering();
        for (IBodyElement el : doc.getBodyElements()) {
            if (el instanceof XWPFParagraph p) {
                out.add(numbering.textOf(p));
            } else if (el instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cell.getParagraphs().forEach(p -> out.add(p.getText()));
                    }
                }
            }
        }
        return out;
    }
}
