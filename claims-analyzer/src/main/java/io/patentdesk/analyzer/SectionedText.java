package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a whole application in plain text by its section headings (TITLE, ABSTRACT, BACKGROUND, SUMMARY, BRIEF
 * DESCRIPTION OF THE DRAWINGS, DETAILED DESCRIPTION, CLAIMS, ... in any case; a Chinese application's 说明书摘要 or 摘要,
 * 权利要求书, 说明书 with its 技术领域, 背景技术, 发明内容, 附图说明, 具体实施方式, and 摘要附图 / 说明书附图). Each part keeps its
 * position in the file as its origin, so offsets point into the file.
 */
final class SectionedText {

    /** DRAWINGS: the pages of drawings (说明书附图, 摘要附图), in no part: their text is figure labels. */
    private enum Kind { TITLE, ABSTRACT, DESCRIPTION, CLAIMS, DRAWINGS }

    private record Heading(Kind kind, int lineStart, int bodyStart) {}

    private static final Pattern HEADING = Pattern.compile(
            "(?im)^[ \\t]*(?:\\d{1,2}[.)]?[ \\t]+|[IVX]{1,4}\\.[ \\t]+)?("
                    + "title(?: of(?: the)? invention)?|"
                    + "abstract(?: of(?: the)? disclosure)?|"
                    + "(?:what (?:is|are) claimed (?:is)?|(?:i|we) claim|the invention claimed is|claims)|"
                    + "(?:background|field|technical field|summary|brief summary|cross[- ]reference|detailed description"
                    + "|description|brief description|related applications?|statement regarding)[^\\n]{0,80}?"
                    + ")[ \\t]*:?[ \\t]*\\r?$");

    /**
     * A Chinese heading alone on its line, as the CNIPA forms print them, also spaced out ("权 利 要 求 书", as PDF text
     * layers give it) or numbered ("一、技术领域"); longest first, so 说明书摘要 is not read as 说明书.
     */
    private static final Pattern ZH_HEADING = Pattern.compile("(?m)^[ \\t\\u3000]*(?:[一二三四五六七八九十]{1,3}[、.．][ \\t\\u3000]*)?("
            + String.join("|", java.util.stream.Stream.of("说明书摘要", "摘要附图", "说明书附图", "权利要求书", "实用新型内容",
                    "具体实施方式", "技术领域", "背景技术", "发明内容", "附图说明", "说明书", "摘要")
                    .map(h -> String.join("[ \\t\\u3000]*", h.split(""))).toList())
            + ")[ \\t\\u3000]*[:：]?[ \\t\\u3000]*\\r?$");

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
        Integer zhTitleAt = chineseHeadings(text, headings);
        boolean claims = headings.stream().anyMatch(h -> h.kind() == Kind.CLAIMS);
        boolean other = headings.stream().anyMatch(h -> h.kind() != Kind.CLAIMS && h.kind() != Kind.DRAWINGS);
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
                case DRAWINGS -> { }
            }
        }
        if (!titleSet && zhTitleAt != null) {
            titleSet = chineseTitle(b, text, zhTitleAt);
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

    /**
     * Adds the Chinese headings to {@code headings}, in file order; returns where the body of 说明书 starts, whose first
     * line is the title of the invention (专利法实施细则 第十七条), or null.
     */
    private static Integer chineseHeadings(String text, List<Heading> headings) {
        Integer titleAt = null;
        int before = headings.size();
        Matcher m = ZH_HEADING.matcher(text);
        while (m.find()) {
            String h = m.group(1).replaceAll("[ \\t\\u3000]", "");
            Kind k = switch (h) {
                case "说明书摘要", "摘要" -> Kind.ABSTRACT;
                case "权利要求书" -> Kind.CLAIMS;
                case "说明书附图", "摘要附图" -> Kind.DRAWINGS;
                default -> Kind.DESCRIPTION;
            };
            int bodyStart = m.end();
            if (bodyStart < text.length() && text.charAt(bodyStart) == '\n') {
                bodyStart++;
            }
            if (h.equals("说明书") && titleAt == null) {
                titleAt = bodyStart;
            }
            headings.add(new Heading(k, m.start(), bodyStart));
        }
        if (headings.size() > before) {
            headings.sort(java.util.Comparator.comparingInt(Heading::lineStart));
        }
        return titleAt;
    }

    /** The first line of 说明书 as the title, where it is short and no sentence or heading. */
    private static boolean chineseTitle(Document.Builder b, String text, int from) {
        int s = from;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int nl = text.indexOf('\n', s);
        int e = nl < 0 ? text.length() : nl;
        String line = text.substring(s, e).strip();
        if (line.isEmpty() || line.length() > 60 || line.endsWith("。") || ZH_HEADING.matcher(line).matches()) {
            return false;
        }
        setTrimmed(b, Part.TITLE, text, s, e);
        return true;
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
