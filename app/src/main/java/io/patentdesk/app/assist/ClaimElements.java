package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a claim body into its elements: at semicolons (also the full-width {@code ；}) outside brackets, without the
 * joining "and"/"or".
 */
public final class ClaimElements {
    private static final Pattern LEADING = Pattern.compile(
            "^[\\s:,]*(?:(?:and|or|and/or)\\s+)?(?:[a-z]\\)\\s*|\\([a-z0-9]+\\)\\s*)?");
    private static final Pattern TRAILING = Pattern.compile("[.,;:\\s]+$");

    private ClaimElements() {
    }

    static List<String> split(String body) {
        List<String> out = new ArrayList<>();
        for (Span piece : pieces(body, new Span(0, body.length()))) {
            add(piece.of(body), out);
        }
        return out;
    }

    /**
     * Each element of the body that {@code body} spans in {@code text}, as a span of {@code text} without the
     * joining "and"/"or", an "a)" label or the closing punctuation (for a claim chart, whose cells point back into
     * the claims). Empty pieces are left out.
     */
    public static List<Span> clauses(String text, Span body) {
        List<Span> out = new ArrayList<>();
        for (Span piece : pieces(text, body)) {
            String s = piece.of(text);
            Matcher lead = LEADING.matcher(s);
            int from = lead.lookingAt() ? lead.end() : 0;
            Matcher trail = TRAILING.matcher(s);
            int to = trail.find(from) ? trail.start() : s.length();
            if (to > from) {
                out.add(new Span(piece.start() + from, piece.start() + to));
            }
        }
        return out;
    }

    /** The body cut at top-level semicolons. */
    private static List<Span> pieces(String text, Span body) {
        List<Span> out = new ArrayList<>();
        int depth = 0;
        int start = body.start();
        for (int i = body.start(); i < body.end(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if ((ch == ')' || ch == ']') && depth > 0) {
                depth--;
            }
            if ((ch == ';' || ch == '\uff1b') && depth == 0) {
                out.add(new Span(start, i));
                start = i + 1;
            }
        }
        out.add(new Span(start, body.end()));
        return out;
    }

    private static void add(String raw, List<String> out) {
        String s = normalize(raw).replaceFirst("^(?:and|or|and/or)\\s+", "").replaceFirst("[.,;:\\s]+$", "")
                .replaceFirst("^[a-z]\\)\\s*|^\\([a-z0-9]+\\)\\s*", "");
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    /** Whitespace (line breaks of a claim laid out element per line) collapsed to single spaces. */
    static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** "a; b; and c" for a list of elements, one per line as claims are laid out. */
    static String join(List<String> elements) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < elements.size(); i++) {
            sb.append(elements.get(i));
            if (i < elements.size() - 2) {
                sb.append(";\n");
            } else if (i == elements.size() - 2) {
                sb.append("; and\n");
            }
        }
        return sb.toString();
    }
}
