package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a claims text into claims and parses each one. Accepts "1. A", "1 . A" (USPTO full-text spacing), "1) A",
 * "Claim 1: A", "[Claim 1] A", optionally under a heading such as "What is claimed is:". A text with no number at
 * all is one claim; an unnumbered leading text followed by claim 2 is taken as claim 1 (as in scraped claim sets).
 */
final class ClaimParser {

    /** A claim label at a line start. Group 1 or 2 is the number. */
    private static final Pattern LINE_LABEL = Pattern.compile(
            "^[ \\t\\u00a0]*(?:\\[?[Cc][Ll][Aa][Ii][Mm][ \\t]+(\\d{1,7})[ \\t]*[\\]:.)]?|(\\d{1,7})[ \\t]*[.)](?![\\d.]))[ \\t]*",
            Pattern.MULTILINE);

    /** A label inside a line, after the previous claim's period: only taken when it is the next number. */
    private static final Pattern INLINE_LABEL = Pattern.compile("(?<=\\.)[ \\t]+(\\d{1,7})[ \\t]*\\.[ \\t]+(?=[A-Z])");

    private static final Pattern HEADING = Pattern.compile(
            "(?i)^\\s*(?:what\\s+(?:is|are)\\s+claimed\\s+is|what\\s+(?:i|we)\\s+claim\\s+is|what\\s+is\\s+claimed|"
                    + "(?:i|we)\\s+claim|the\\s+invention\\s+claimed\\s+is|claimed\\s+is|claims?|"
                    + "what\\s+is\\s+claimed\\s+is\\s+the\\s+following)\\s*[:.]?\\s*$");

    /** An amendment status identifier right after the label: "(Currently amended)", "(Canceled)". */
    private static final Pattern STATUS = Pattern.compile("\\(\\s*([A-Za-z][A-Za-z \\-]{1,40}?)\\s*\\)[ \\t]*");

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\r?\\n");

    private ClaimParser() {}

    static ClaimSet parse(String text, int origin) {
        return parse(text, origin, TransitionFinder.defaults());
    }

    static ClaimSet parse(String text, int origin, TransitionFinder transitions) {
        List<int[]> labels = findLabels(text); // {labelStart, labelEnd, number}
        List<Claim> claims = new ArrayList<>();
        Span leader = null;
        int firstLabel = labels.isEmpty() ? text.length() : labels.get(0)[0];
        int[] lead = trimmed(text, 0, firstLabel);
        if (lead != null && !isHeading(text.substring(lead[0], lead[1]))) {
            int[] body = stripLeadingHeading(text, lead);
            if (body != null) {
                // A lone unnumbered claim is one paragraph; unnumbered prose of several paragraphs is not a claim.
                boolean inferOne = labels.isEmpty() ? !PARAGRAPH_BREAK.matcher(text.substring(body[0], body[1])).find()
                        : labels.get(0)[2] == 2;
                if (inferOne) {
                    claims.add(parseClaim(transitions, text, origin, body[0], body[0], body[1], 1));
                } else {
                    leader = new Span(origin + body[0], origin + body[1]);
                }
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            int next = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            int end = l[1];
            for (int k = next - 1; k >= l[1]; k--) {
                if (!Character.isWhitespace(text.charAt(k))) {
                    end = k + 1;
                    break;
                }
            }
            claims.add(parseClaim(transitions, text, origin, l[0], l[1], end, l[2]));
        }
        return new ClaimSet(text, origin, inheritCategories(claims), leader);
    }

    private static List<int[]> findLabels(String text) {
        List<int[]> labels = new ArrayList<>();
        Matcher m = LINE_LABEL.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            int start = m.start() + leadingBlanks(text, m.start());
            labels.add(new int[] {start, m.end(), parseNumber(n)});
        }
        // Claims pasted on one line: "1. A lamp. 2. The lamp of claim 1."
        List<int[]> merged = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int[] l = labels.get(i);
            merged.add(l);
            int limit = i + 1 < labels.size() ? labels.get(i + 1)[0] : text.length();
            int expect = l[2] + 1;
            Matcher im = INLINE_LABEL.matcher(text).region(l[1], limit);
            while (im.find()) {
                if (parseNumber(im.group(1)) == expect) {
                    merged.add(new int[] {im.start(1), im.end(), expect});
                    expect++;
                }
            }
        }
        return merged;
    }

    private static int leadingBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i - from;
    }

    private static int parseNumber(String digits) {
        return digits.length() > 7 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static boolean isHeading(String s) {
        return HEADING.matcher(s).matches();
    }

    /** Drops a first line that is a heading ("What is claimed is:") from an unnumbered leading text. */
    private static int[] stripLeadingHeading(String text, int[] lead) {
        int nl = text.indexOf('\n', lead[0]);
        if (nl > 0 && nl < lead[1] && isHeading(text.substring(lead[0], nl))) {
            return trimmed(text, nl + 1, lead[1]);
        }
        return lead;
    }

    /** [start, end) without surrounding whitespace, or null when blank. */
    private static int[] trimmed(String text, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == e ? null : new int[] {s, e};
    }

    private static Claim parseClaim(TransitionFinder transitions, String text, int origin, int start, int contentStart,
            int end, int number) {
        String claimText = text.substring(start, end);
        int cs = Math.min(contentStart, end);
        ClaimStatus status = ClaimStatus.NONE;
        Matcher sm = STATUS.matcher(text).region(cs, end);
        if (sm.lookingAt() && ClaimStatus.parse(sm.group(1)) != null) {
            status = ClaimStatus.parse(sm.group(1));
            cs = sm.end();
        }
        String content = text.substring(cs, end);
        String lower = content.toLowerCase(Locale.ROOT);

        TransitionFinder.Found t = transitions.find(lower);
        Span transitionSpan;
        Span preamble;
        Span body;
        if (t == null) {
            transitionSpan = new Span(origin + end, origin + end);
            preamble = new Span(origin + cs, origin + end);
            body = new Span(origin + end, origin + end);
        } else {
            transitionSpan = new Span(origin + cs + t.start(), origin + cs + t.end());
            preamble = trimmedSpan(text, origin, cs, cs + t.start());
            body = trimmedSpan(text, origin, cs + t.end(), end);
        }
        ClaimReferences.Parsed refs = status == ClaimStatus.CANCELED
                ? new ClaimReferences.Parsed(List.of(), ReferenceMode.NONE, -1, -1)
                : ClaimReferences.parse(content, number);
        Span refSpan = refs.start() < 0 ? null : new Span(origin + cs + refs.start(), origin + cs + refs.end());
        ClaimKind kind = refs.numbers().isEmpty() ? ClaimKind.INDEPENDENT
                : refs.numbers().size() == 1 ? ClaimKind.DEPENDENT : ClaimKind.MULTIPLE_DEPENDENT;
        String preambleText = lower.substring(0, t == null ? Math.min(lower.length(), 200) : t.start());
        return new Claim(number, new Span(origin + start, origin + end), new Span(origin + start, origin + cs),
                claimText, preamble, t == null ? Transition.NONE : t.transition(), transitionSpan, body,
                status == ClaimStatus.CANCELED ? ClaimCategory.UNKNOWN : Categories.of(preambleText), refs.numbers(),
                refs.mode(), refSpan, kind, status);
    }

    private static Span trimmedSpan(String text, int origin, int from, int to) {
        int[] t = trimmed(text, from, to);
        return t == null ? new Span(origin + from, origin + from) : new Span(origin + t[0], origin + t[1]);
    }

    /**
     * Dependent claims are directed to what their independent claim is directed to: the claim reached by following
     * first references to smaller numbers, as far as they go.
     *
     * <p>Each claim's walk stops at the first claim whose walk is already known for good, so a chain of any depth
     * costs one step per claim. A walk that stopped at a reference to a claim not yet read is not kept: that claim
     * may come later in the text (written out of order), and a later walk through it then goes further.
     */
    private static List<Claim> inheritCategories(List<Claim> claims) {
        List<Claim> out = new ArrayList<>(claims.size());
        java.util.Map<Integer, Claim> byNumber = new java.util.HashMap<>();
        java.util.Map<Integer, Claim> finalRoot = new java.util.HashMap<>();
        for (Claim c : claims) {
            Claim root = c;
            while (!root.isIndependent()) {
                Claim known = root == c ? null : finalRoot.get(root.number());
                if (known != null) {
                    root = known;
                    break;
                }
                Claim parent = byNumber.get(root.references().get(0));
                if (parent == null || parent.number() >= root.number()) {
                    break;
                }
                root = parent;
            }
            Claim result = root != c && root.category() != ClaimCategory.UNKNOWN ? c.withCategory(root.category()) : c;
            if (byNumber.putIfAbsent(result.number(), result) == null
                    && (root.isIndependent() || byNumber.get(root.references().get(0)) != null)) {
                finalRoot.put(result.number(), root);
            }
            out.add(result);
        }
        return out;
    }
}
