package io.patentdesk.app.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Bytes of a text file to paragraphs: UTF-8 (with or without BOM), else Windows-1252 as old drafts use. */
final class TextDecoding {
    private TextDecoding() {
    }

    static String decode(byte[] bytes) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * Paragraphs of a plain text: when blank lines separate paragraphs, the lines inside a paragraph are hard
     * wraps and are joined with a space; without blank lines, every line is a paragraph.
     */
    static List<String> paragraphs(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = normal.lines().toList();
        boolean blankSeparated = lines.stream().anyMatch(String::isBlank);
        List<String> out = new ArrayList<>();
        if (!blankSeparated) {
            lines.stream().map(String::strip).forEach(out::add);
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (String line : lines) {
            if (line.isBlank()) {
                flush(cur, out);
            } else if (startsNewParagraph(line, cur)) {
                flush(cur, out);
                cur.append(line.strip());
            } else {
                if (!cur.isEmpty()) {
                    cur.append(' ');
                }
                cur.append(line.strip());
            }
        }
        flush(cur, out);
        return out;
    }

    /** A heading or claim label on its own line starts a paragraph even without a blank line before it. */
    private static boolean startsNewParagraph(String line, StringBuilder cur) {
        if (cur.isEmpty()) {
            return false;
        }
        String s = line.strip();
        return s.matches("^(?:\\[\\d{3,5}]|\\d{1,4}\\s*[.)]\\s).*")
                || io.patentdesk.app.matter.Section.ofHeading(s).isPresent()
                || ApplicationLayout.isClaimsHeading(s)
                || io.patentdesk.app.matter.Section.ofHeading(cur.toString()).isPresent()
                || ApplicationLayout.isClaimsHeading(cur.toString());
    }

    private static void flush(StringBuilder cur, List<String> out) {
        if (!cur.isEmpty()) {
            out.add(cur.toString());
            cur.setLength(0);
        }
    }
}
