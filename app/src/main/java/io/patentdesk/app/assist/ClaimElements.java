package io.patentdesk.app.assist;

import java.util.ArrayList;
import java.util.List;

/** Splits a claim body into its elements: at semicolons outside brackets, without the joining "and"/"or". */
final class ClaimElements {
    private ClaimElements() {
    }

    static List<String> split(String body) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (char ch : body.toCharArray()) {
            if (ch == '(' || ch == '[') {
                depth++;
            } else if ((ch == ')' || ch == ']') && depth > 0) {
                depth--;
            }
            if (ch == ';' && depth == 0) {
                add(cur.toString(), out);
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        add(cur.toString(), out);
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
