package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a whole application in plain text by its section headings (TITLE, ABSTRACT, BACKGROUND, SUMMARY, BRIEF
 * DESCRIPTION OF THE DRAWINGS, DETAILED DESCRIPTION, CLAIMS, ... in any case). Each part keeps its position in the
 * file as its origin, so offsets point into the file.
 */
final class SectionedText {

    private enum Kind { TITLE, ABSTRACT, DESCRIPTION, CLAIMS }

    private record Heading(Kind kind, int lineStart, int bodyStart) {}

    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:\\d{1,2}[.)]?[ \\t]+|[IVX]{1,4}\\.[ \\t]+)?("
                    + "title(?: of(?: the)? invention)?|"
                    + "abstract(?: of(?: the)? disclosure)?|"
                    + "(?:what (?:is|are) claimed (?:is)?|(?:i|we) claim|the invention claimed is|claims)|"
                    + "(?:background|field|technical field|summary|brief summary|cross[- ]reference|detailed description"
                    + "|description|brief description|related applications?|statement regarding)[^\\n]{0,80}?"
                    + ")[ \\t]*:?[ \\t]*\\r?$");

    private SectionedText() {}

    /** The parts, or null when the text is not a sectioned application (then it is a claims text). */
    static Document split(String text) {
        List<Heading> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(text);
        while (m.find()) {
            String h = m.group(1).toLowerCase(java.util.Locale.ROOT);
            Kind k = h.startsWith("title") ? Kind.TITLE : h.startsWith("abstract") ? Kind.ABSTRACT
                    : h.contains("claim") ? Kind.CLAIMS : Kind.DESCRIPTION;
            if (!looksLikeHeading(m.group(0), k)) {
                continue;
            }
            int bodyStart = m.end();
            if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
                bodyStart++;
            }
            headings.add(new Heading(k, m.start(), bodyStart));
        }
        boolean claims = headings.stream().anyMatch(h -> h.kind() == Kind.CLAIMS);
        boolean other = headings.stream().anyMatch(h -> h.kind() != Kind.CLAIMS);
        if (!claims || !other) {
            return null;
        }
        Document.Builder b = Document.builder(Document.Format.SECTIONED_TEXT);
        int descStart = -1;
        int descEnd = -1;
        boolean titleSet = false;
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).lineStart() : text.length();
            switch (h.kind()) {
                case TITLE -> {
                    setTrimmed(b, Part.TITLE, text, h.bodyStart(), end);
                    titleSet = true;
                }
                case ABSTRACT -> setTrimmed(b, Part.ABSTRACT, text, h.bodyStart(), end);
                case CLAIMS -> b.part(Part.CLAIMS, text.substring(h.bodyStart(), end), h.bodyStart());
                case DESCRIPTION -> {
                    if (descStart < 0) {
                        descStart = h.lineStart();
                    }
                    descEnd = end;
                }
            }
        }
        if (descStart >= 0) {
            b.part(Part.DESCRIPTION, text.substring(descStart, descEnd), descStart);
        }
        if (!titleSet) {
            // An untitled first line before the first heading is the title.
            int first = headings.get(0).lineStart();
            int s = 0;
            while (s < first && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            int nl = text.indexOf('\n', s);
            int e = nl < 0 || nl > first ? first : nl;
            if (s < e) {
                setTrimmed(b, Part.TITLE, text, s, e);
            }
        }
        return b.build();
    }

    /** Heading lines are short; "DESCRIPTION" inside a paragraph is not one. */
    private static boolean looksLikeHeading(String line, Kind kind) {
        String t = line.strip();
        if (t.length() > 100) {
            return false;
        }
        if (kind != Kind.DESCRIPTION) {
            return true;
        }
        // free-form description headings must look like headings: upper case, or short and title-like
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) || t.split("\\s+").length <= 8 && !t.endsWith(".");
    }

    private static void setTrimmed(Document.Builder b, Part part, String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        b.part(part, text.substring(s, e), s);
    }
}
