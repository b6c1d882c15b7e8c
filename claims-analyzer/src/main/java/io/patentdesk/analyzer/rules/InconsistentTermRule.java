package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One term written two ways in the claims: "three-point hitch" and "three point hitch", "black-listed" and "black
 * listed", "footplate" and "foot plate". The antecedent check takes them as one term; the reader may not, so the
 * variation is reported once per term, where the second spelling first appears.
 */
public final class InconsistentTermRule implements Rule {

    /** Where a spelling is first written: its form ("three-point"), claim and absolute span. */
    private record Use(String form, Kind kind, Claim claim, int start, int end) {}

    private enum Kind { HYPHENATED, CLOSED, OPEN }

    /** Shortest closed compound considered ("footplate", not "into"). */
    private static final int MIN_CLOSED = 6;
    private static final long[] POW31 = new long[64];

    static {
        POW31[0] = 1;
        for (int i = 1; i < POW31.length; i++) {
            POW31[i] = POW31[i - 1] * 31;
        }
    }

    @Override
    public String id() {
        return "inconsistent-term";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "MPEP 2173.05(e)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        // Per joined form ("threepoint" for "three-point"), the first use of each way of writing it.
        Map<String, Use[]> byJoined = new HashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (Claim c : ctx.claims().claims()) {
            if (ctx.isPrimary(c) && !c.isCanceled()) {
                claims.add(c);
            }
        }
        for (Claim c : claims) {
            for (Token t : ctx.tokens(c)) {
                if (!plainWord(t)) {
                    continue;
                }
                String lower = t.lower();
                if (lower.indexOf('-') > 0) {
                    add(byJoined, Words.singular(lower.replace("-", "")), new Use(lower, Kind.HYPHENATED, c,
                            c.start() + t.start(), c.start() + t.end()));
                } else if (lower.length() >= MIN_CLOSED) {
                    add(byJoined, Words.singular(lower), new Use(lower, Kind.CLOSED, c, c.start() + t.start(),
                            c.start() + t.end()));
                }
            }
        }
        if (byJoined.isEmpty()) {
            return;
        }
        // Two words written apart: their concatenation is looked up by hash first, so most pairs cost no string.
        int[] hashes = byJoined.keySet().stream().mapToInt(String::hashCode).sorted().toArray();
        for (Claim c : claims) {
            List<Token> tokens = ctx.tokens(c);
            for (int i = 1; i < tokens.size(); i++) {
                Token a = tokens.get(i - 1);
                Token b = tokens.get(i);
                if (!plainWord(a) || !plainWord(b) || a.lower().indexOf('-') >= 0 || b.lower().indexOf('-') >= 0
                        || a.lower().length() < 2 || b.lower().length() < 2) {
                    continue;
                }
                String second = Words.singular(b.lower());
                if (second.length() >= POW31.length) {
                    continue;
                }
                int h = (int) (a.lower().hashCode() * POW31[second.length()] + second.hashCode());
                if (Arrays.binarySearch(hashes, h) < 0) {
                    continue;
                }
                String joined = a.lower() + second;
                if (byJoined.containsKey(joined)) {
                    add(byJoined, joined, new Use(a.lower() + " " + b.lower(), Kind.OPEN, c, c.start() + a.start(),
                            c.start() + b.end()));
                }
            }
        }
        List<Finding> found = new ArrayList<>();
        for (Map.Entry<String, Use[]> e : byJoined.entrySet()) {
            List<Use> firsts = new ArrayList<>(3);
            for (Use u : e.getValue()) {
                if (u != null) {
                    firsts.add(u);
                }
            }
            if (firsts.size() < 2) {
                continue;
            }
            firsts.sort((x, y) -> Integer.compare(x.start(), y.start()));
            Use first = firsts.get(0);
            Use u = firsts.get(1);
            found.add(finding(u.claim().number(), u.start(), u.end(), Part.CLAIMS, "'"
                    + u.claim().slice(u.start(), u.end()) + "' in claim " + u.claim().number() + " and '"
                    + first.claim().slice(first.start(), first.end()) + "' in claim " + first.claim().number()
                    + " are one term written two ways; write it the same way throughout", e.getKey(), severity(),
                    Confidence.LIKELY));
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        found.forEach(out);
    }

    /** Keeps the first use of each way of writing a joined form. */
    private static void add(Map<String, Use[]> byJoined, String joined, Use use) {
        Use[] firsts = byJoined.computeIfAbsent(joined, k -> new Use[Kind.values().length]);
        if (firsts[use.kind().ordinal()] == null || firsts[use.kind().ordinal()].start() > use.start()) {
            firsts[use.kind().ordinal()] = use;
        }
    }

    /** A word of letters (and inner hyphens) that can be part of a term: not "the", "and", numbers or "3D". */
    private static boolean plainWord(Token t) {
        if (!t.isWord() || t.boundary()) {
            return false;
        }
        String s = t.lower();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (!Character.isLetter(ch) && ch != '-') {
                return false;
            }
        }
        return true;
    }
}
