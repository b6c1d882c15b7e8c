package io.patentdesk.app.io;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Transition;
import java.util.ArrayList;
import java.util.List;

/**
 * The claims laid out as filed: "Where a claim sets forth a plurality of elements or steps, each element or step of the
 * claim should be separated by a line indentation" (37 CFR 1.75(i)). A claim the user wrote on several lines keeps
 * those lines, each after the first indented; a claim written on one line is split after its transitional phrase
 * when a colon follows it, and at each semicolon outside brackets, the joining "and"/"or" staying at the end of the
 * element before (". . . a wheel; and / a seat."). Claims are read with the analyzer's parser; text that is no claim
 * (a heading before claim 1) is laid out as it stands.
 */
final class ClaimLayout {

    /** One line of the claims: the start of a claim (or other text), or an element indented under it. */
    record Line(String text, boolean element, boolean lastOfClaim) {
    }

    private ClaimLayout() {
    }

    static List<Line> of(String claimsText) {
        ClaimSet set = ClaimSet.parse(claimsText);
        List<Line> out = new ArrayList<>();
        int at = 0;
        for (Claim c : set.claims()) {
            loose(claimsText.substring(Math.min(at, c.start()), c.start()), out);
            claim(c, out);
            at = c.end();
        }
        loose(claimsText.substring(Math.min(at, claimsText.length())), out);
        return out;
    }

    private static void loose(String text, List<Line> out) {
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> out.add(new Line(l, false, true)));
    }

    private static void claim(Claim c, List<Line> out) {
        List<String> lines = c.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() == 1) {
            lines = split(c);
        }
        for (int i = 0; i < lines.size(); i++) {
            out.add(new Line(lines.get(i), i > 0, i == lines.size() - 1));
        }
    }

    /** A one-line claim as its head and its elements; the claim itself when it has no elements to set apart. */
    static List<String> split(Claim c) {
        String text = c.text().strip();
        int bodyStart = 0;
        if (c.transition() != Transition.NONE && c.transitionSpan().end() > c.transitionSpan().start()) {
            int k = c.transitionSpan().end() - c.start();
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            if (k < text.length() && text.charAt(k) == ':') {
                bodyStart = k + 1;
            }
        }
        List<String> elements = elements(text.substring(bodyStart));
        if (bodyStart == 0 && elements.size() < 2) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        if (bodyStart > 0) {
            out.add(text.substring(0, bodyStart).strip());
            out.addAll(elements);
        } else {
            out.addAll(elements); // no colon: the first "element" carries the preamble, as written
        }
        return out;
    }

    /** The text split after each semicolon outside brackets, a following "and", "or" or "and/or" kept before the break. */
    private static List<String> elements(String body) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < body.length(); i++) {
            char ch = body.charAt(i);
            if (ch == '(' || ch == '[' || ch == '{') {
                depth++;
            } else if ((ch == ')' || ch == ']' || ch == '}') && depth > 0) {
                depth--;
            } else if (ch == ';' && depth == 0) {
                int end = i + 1;
                String rest = body.substring(end).stripLeading();
                for (String joiner : new String[] {"and/or", "and", "or"}) {
                    if (rest.startsWith(joiner + " ") || rest.equals(joiner)) {
                        end = body.indexOf(joiner, end) + joiner.length();
                        break;
                    }
                }
                add(out, body.substring(from, end));
                from = end;
                i = end - 1;
            }
        }
        add(out, body.substring(from));
        return out;
    }

    private static void add(List<String> out, String piece) {
        String s = piece.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
