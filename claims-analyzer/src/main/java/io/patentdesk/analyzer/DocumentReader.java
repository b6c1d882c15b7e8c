package io.patentdesk.analyzer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a file into a {@link Document}, detecting its shape: a USPTO full-text XML file (grant or application), a whole
 * application in plain text with section headings, a USPTO Green Book (APS) file, or a plain claims text. Offsets of the result point into the
 * decoded file text (UTF-16 characters; a byte-order mark is not counted), except for XML, where they point into the
 * part texts taken from the XML.
 */
public final class DocumentReader {

    /** Larger files are refused: no patent application is near this size in plain text. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private DocumentReader() {}

    public static Document read(Path file) throws DocumentException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new DocumentException(name + " is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new DocumentException(String.format(java.util.Locale.ROOT,
                        "%s is too large (%.1f MB); the limit is %d MB", name, size / 1048576.0, MAX_BYTES >> 20));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
        } catch (NoSuchFileException e) {
            throw new DocumentException(name + " does not exist");
        } catch (IOException e) {
            throw new DocumentException("cannot read " + name + ": " + e.getMessage());
        }
        if (bytes.length > MAX_BYTES) {
            throw new DocumentException(name + " is too large; the limit is " + (MAX_BYTES >> 20) + " MB");
        }
        return parse(decode(name, bytes));
    }

    /** Decodes strict UTF-8, refusing empty and binary content. */
    public static String decode(String name, byte[] bytes) throws DocumentException {
        if (bytes.length == 0) {
            throw new DocumentException(name + " is empty");
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new DocumentException(name + " is " + binary + ", not a text file; save the claims as plain text (UTF-8)");
        }
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = dec.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new DocumentException(name + " is not valid UTF-8 (bad byte at offset " + in.position()
                    + "); save it as UTF-8");
        } catch (CharacterCodingException e) {
            throw new DocumentException(name + " is not valid UTF-8; save it as UTF-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new DocumentException(name + " is empty");
        }
        return text;
    }

    private static String binaryKind(byte[] b) {
        if (b.length >= 4 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F') {
            return "a PDF file";
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "a ZIP or Office file";
        }
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return "binary";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 20 > n ? "binary" : null;
    }

    /** Detects the shape of an in-memory text and splits it into parts. */
    public static Document parse(String text) throws DocumentException {
        String head = text.stripLeading();
        if (head.startsWith("<?xml") || head.startsWith("<!DOCTYPE") || head.startsWith("<us-patent")
                || head.startsWith("<PATDOC") || head.startsWith("<patent-application-publication")) {
            return UsptoXmlReader.read(text);
        }
        if (GreenbookReader.looksLike(head)) {
            return GreenbookReader.read(head);
        }
        Document sectioned = SectionedText.split(text);
        return sectioned != null ? sectioned
                : Document.builder(Document.Format.CLAIMS_TEXT).part(Part.CLAIMS, text, 0).build();
    }
}
