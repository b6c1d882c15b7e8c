package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page of extracted PDF text (one line per printed line) back into paragraphs. A paragraph ends at a blank
 * line, before a paragraph number ({@code [0023]}), and after a line that ends a sentence well short of the page's
 * usual line width (the last line of a justified paragraph, or a heading). Lines that are only a number (the line
 * numbers between a US patent's columns, page numbers) are dropped; a word hyphenated at a line end is joined again
 * when it was split inside a lower-case word ("connec-" + "tion"), so "U-" + "shaped" keeps its hyphen.
 */
public final class ParagraphReflow {
    private static final Pattern LABEL = Pattern.compile("^\\[(\\d{3,5})\\]\\s*");
    private static final Pattern NUMBER_ONLY = Pattern.compile("^\\d{1,4}$");
    /** A line shorter than this share of the page's typical line ends its paragraph when it ends a sentence. */
    private static final double SHORT_LINE = 0.8;
    /** A line this short ends its paragraph whatever it ends with (a heading); joining hyphens and commas excepted. */
    private static final double HEADING_LINE = 0.5;

    private ParagraphReflow() {
    }

    /** The paragraphs of one page; {@code page} is recorded on each (0 for unpaged text). */
    public static List<ReferenceParagraph> reflow(String pageText, int page) {
        List<String> lines = pageText.lines().map(String::strip)
                .filter(l -> !NUMBER_ONLY.matcher(l).matches()).toList();
        int typical = typicalWidth(lines);
        List<ReferenceParagraph> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String label = null;
        String previous = "";
        for (String line : lines) {
            Matcher m = LABEL.matcher(line);
            boolean labelled = m.find();
            if (line.isEmpty() || labelled || endsParagraph(previous, typical)) {
                flush(out, current, label, page);
                label = null;
            }
            if (labelled) {
                label = "[" + m.group(1) + "]";
                line = line.substring(m.end());
            }
            append(current, line);
            previous = line;
        }
        flush(out, current, label, page);
        return out;
    }

    /**
     * Joins the paragraphs of consecutive pages where a paragraph runs over a page break: the page ends mid-sentence
     * and the next page begins with an unlabelled lower-case word. The joined paragraph keeps its first page.
     */
    public static List<ReferenceParagraph> joinAcrossPages(List<ReferenceParagraph> paragraphs) {
        List<ReferenceParagraph> out = new ArrayList<>();
        for (ReferenceParagraph p : paragraphs) {
            if (!out.isEmpty()) {
                ReferenceParagraph last = out.get(out.size() - 1);
                if (last.page() > 0 && p.page() == last.page() + 1 && p.label() == null
                        && !endsSentence(last.text()) && !p.text().isEmpty()
                        && Character.isLowerCase(p.text().charAt(0))) {
                    StringBuilder joined = new StringBuilder(last.text());
                    append(joined, p.text());
                    out.set(out.size() - 1, new ReferenceParagraph(last.page(), last.label(), joined.toString()));
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    private static boolean endsParagraph(String previous, int typical) {
        if (previous.isEmpty()) {
            return false;
        }
        char last = previous.charAt(previous.length() - 1);
        if (last == '-' || last == ',') {
            return false;
        }
        return previous.length() < typical * HEADING_LINE
                || (previous.length() < typical * SHORT_LINE && endsSentence(previous));
    }

    private static boolean endsSentence(String s) {
        char c = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        return c == '.' || c == ':' || c == ';' || c == '?' || c == '!' || c == '。';
    }

    /** The width most full lines have: the 80th percentile of the non-empty lines' lengths. */
    private static int typicalWidth(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        return lengths[Math.min(lengths.length - 1, (int) (lengths.length * 0.8))];
    }

    /**
     * Appends a line to a paragraph: after a space; or, after a hyphen at the line end, joined: without the hyphen
     * inside a lower-case word ("re-" + "ceived"), with it in a compound ("U-" + "shaped").
     */
    static void append(StringBuilder paragraph, String line) {
        if (line.isEmpty()) {
            return;
        }
        int n = paragraph.length();
        boolean hyphenated = n >= 2 && paragraph.charAt(n - 1) == '-'
                && Character.isLetterOrDigit(paragraph.charAt(n - 2)) && Character.isLetter(line.charAt(0));
        if (hyphenated && Character.isLowerCase(paragraph.charAt(n - 2)) && Character.isLowerCase(line.charAt(0))) {
            paragraph.setLength(n - 1);
        } else if (n > 0 && !hyphenated) {
            paragraph.append(' ');
        }
        paragraph.append(line);
    }

    private static void flush(List<ReferenceParagraph> out, StringBuilder current, String label, int page) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            out.add(new ReferenceParagraph(page, label, text));
        }
        current.setLength(0);
    }
}
