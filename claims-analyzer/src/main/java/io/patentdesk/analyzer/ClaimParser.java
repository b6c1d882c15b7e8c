package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a claims text into claims and parses each one. Accepts "1. A", "1 . A" (USPTO full-text spacing), "1) A",
 * "Claim 1: A", "[Claim 1] A", optionally under a heading ({@link ClaimHeadings}) such as "What is claimed is:", an
 * amendment's "Listing of Claims:" or a Japanese "【特許請求の範囲】", on its own line or before claim 1. A text with no number at all is one claim; an unnumbered leading text followed by claim 2 is taken as
 * claim 1 (as in scraped claim sets).
 *
 * <p>The text is read as {@link AnalysisText}: amendment and reissue deletions and OCR debris blanked, at unchanged
 * offsets. Labels are found by {@link ClaimLabels} (ranges of canceled claims, run-in and misread labels included);
 * each claim keeps the text as written and the text as read ({@link Claim#analysisText()}).
 */
final class ClaimParser {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\r?\\n");

    private ClaimParser() {}

    static ClaimSet parse(String text, int origin) {
        return parse(text, origin, TransitionFinder.defaults());
    }

    static ClaimSet parse(String text, int origin, TransitionFinder transitions) {
        AnalysisText read = AnalysisText.of(text);
        String masked = read.text();
        List<ClaimLabels.Label> labels = ClaimLabels.find(masked, text);
        List<Claim> claims = new ArrayList<>();
        Span leader = null;
        int firstLabel = labels.isEmpty() ? text.length() : labels.get(0).start();
        int[] body = withoutHeadings(masked, trimmed(masked, 0, firstLabel));
        if (body != null) {
            // A lone unnumbered claim is one paragraph; unnumbered prose of several paragraphs is not a claim.
            boolean inferOne = labels.isEmpty() ? !PARAGRAPH_BREAK.matcher(masked.substring(body[0], body[1])).find()
                    : labels.get(0).first() == 2;
            if (inferOne) {
                claims.add(parseClaim(transitions, text, masked, origin, body[0], body[0], body[1], 1, null));
            } else {
                leader = new Span(origin + body[0], origin + body[1]);
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            ClaimLabels.Label l = labels.get(i);
            int next = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
            int end = claimEnd(read, l.end(), next);
            if (l.isRange()) {
                StatusIdentifier.Found status = StatusIdentifier.at(masked, l.end(), next);
                for (int n = l.first(); n <= l.last(); n++) {
                    claims.add(parseClaim(transitions, text, masked, origin, l.start(), l.end(), end, n, status));
                }
            } else {
                claims.add(parseClaim(transitions, text, masked, origin, l.start(), l.end(), end, l.first(), null));
            }
        }
        List<InputQuality.Spot> spots = new ArrayList<>(read.spots());
        for (ClaimLabels.Label l : labels) {
            if (l.misread()) {
                spots.add(new InputQuality.Spot(InputQuality.Kind.MISREAD_NUMBER, new Span(l.start(),
                        l.start() + text.substring(l.start(), l.end()).strip().length()), null));
            }
        }
        RunTogetherWords.find(masked, spots);
        ClaimOpenings.findLost(claims, transitions, origin, spots);
        return new ClaimSet(text, origin, inheritCategories(claims), leader, quality(spots, claims, text, origin));
    }

    /**
     * Where a claim ends: after its last character as read, so blanked line numbers and back matter after it are
     * not part of it; a claim that markup deleted whole ends after its last character as written.
     */
    private static int claimEnd(AnalysisText read, int contentStart, int next) {
        String masked = read.text();
        for (int k = next - 1; k >= contentStart; k--) {
            if (!Character.isWhitespace(masked.charAt(k))) {
                return k + 1;
            }
        }
        String written = read.written();
        for (int k = next - 1; k >= contentStart; k--) {
            if (!Character.isWhitespace(written.charAt(k)) && !read.isJunk(k)) {
                return k + 1;
            }
        }
        return contentStart;
    }

    /** The spots (offsets into the claims text) placed in their claims, with absolute offsets. */
    private static InputQuality quality(List<InputQuality.Spot> spots, List<Claim> claims, String text, int origin) {
        if (spots.isEmpty()) {
            return InputQuality.none();
        }
        List<InputQuality.Spot> placed = new ArrayList<>(spots.size());
        for (InputQuality.Spot s : spots) {
            Integer claim = s.claim();
            if (claim == null) {
                for (Claim c : claims) {
                    if (c.start() - origin > s.span().start()) {
                        break;
                    }
                    claim = c.number();
                }
            }
            placed.add(new InputQuality.Spot(s.kind(), new Span(origin + s.span().start(), origin + s.span().end()),
                    claim));
        }
        return InputQuality.of(placed, text, origin);
    }

    /** An unnumbered leading text without its heading lines ("What is claimed is:", "Listing of Claims:"). */
    private static int[] withoutHeadings(String text, int[] lead) {
        while (lead != null) {
            int nl = text.indexOf('\n', lead[0]);
            int lineEnd = nl < 0 || nl > lead[1] ? lead[1] : nl;
            if (!ClaimHeadings.isHeadingLine(text.substring(lead[0], lineEnd))) {
                return lead;
            }
            lead = lineEnd >= lead[1] ? null : trimmed(text, lineEnd + 1, lead[1]);
        }
        return null;
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

    /**
     * One claim. {@code rangeStatus} is the status of a range label ("3-5. (Canceled)"), which every claim of the
     * range shares; otherwise the status identifier, if any, is read after the label.
     */
    private static Claim parseClaim(TransitionFinder transitions, String text, String masked, int origin, int start,
            int contentStart, int end, int number, StatusIdentifier.Found rangeStatus) {
        String claimText = text.substring(start, end);
        String analysisText = masked == text ? claimText : masked.substring(start, end);
        int cs = Math.min(contentStart, end);
        ClaimStatus status = ClaimStatus.NONE;
        StatusIdentifier.Found found = rangeStatus != null ? rangeStatus : StatusIdentifier.at(masked, cs, end);
        if (found != null) {
            status = found.status();
            cs = Math.min(found.end(), end);
        }
        if (status != ClaimStatus.CANCELED && cs < end && masked.substring(cs, end).isBlank()) {
            status = ClaimStatus.CANCELED; // reissue markup deletes the whole claim: "[2. A key ... ]"
        }
        boolean canceled = status == ClaimStatus.CANCELED;
        String content = canceled ? "" : masked.substring(cs, end);
        String lower = content.toLowerCase(Locale.ROOT);

        TransitionFinder.Found t = canceled ? null : transitions.find(lower);
        Span transitionSpan;
        Span preamble;
        Span body;
        if (t == null) {
            transitionSpan = new Span(origin + end, origin + end);
            preamble = canceled ? new Span(origin + end, origin + end) : new Span(origin + cs, origin + end);
            body = new Span(origin + end, origin + end);
        } else {
            transitionSpan = new Span(origin + cs + t.start(), origin + cs + t.end());
            preamble = trimmedSpan(masked, origin, cs, cs + t.start());
            body = trimmedSpan(masked, origin, cs + t.end(), end);
        }
        ClaimReferences.Parsed refs = canceled
                ? new ClaimReferences.Parsed(List.of(), ReferenceMode.NONE, -1, -1)
                : ClaimReferences.parse(content, number);
        Span refSpan = refs.start() < 0 ? null : new Span(origin + cs + refs.start(), origin + cs + refs.end());
        ClaimKind kind = refs.numbers().isEmpty() ? ClaimKind.INDEPENDENT
                : refs.numbers().size() == 1 ? ClaimKind.DEPENDENT : ClaimKind.MULTIPLE_DEPENDENT;
        // A Chinese subject's head noun comes last and may follow the transition ("包括权利要求1所述的装置的系统"):
        // Categories reads up to the subject's end itself
        boolean whole = t == null || ChineseText.isChinese(content, 0);
        String preambleText = lower.substring(0, whole ? Math.min(lower.length(), 200) : t.start());
        return new Claim(number, new Span(origin + start, origin + end), new Span(origin + start, origin + cs),
                claimText, preamble, t == null ? Transition.NONE : t.transition(), transitionSpan, body,
                canceled ? ClaimCategory.UNKNOWN : Categories.of(preambleText), refs.numbers(), refs.mode(), refSpan,
                kind, status, analysisText);
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
