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
        List<Claim> claims = new ArrayList<>();
        for (Claim c : ctx.claims().claims()) {
            if (ctx.isPrimary(c) && !c.isCanceled()) {
                claims.add(c);
            }
        }
        // Joined forms of hyphenated words ("threepoint"), with the first use; hyphens are rare, so this is small.
        Map<String, Use> hyphenated = new HashMap<>();
        // Long single words ("footplate"), by singular, with where each is first written (claim index, token index).
        Map<String, Long> closed = new HashMap<>();
        for (int ci = 0; ci < claims.size(); ci++) {
            Claim c = claims.get(ci);
            List<Token> tokens = ctx.tokens(c);
            for (int ti = 0; ti < tokens.size(); ti++) {
                Token t = tokens.get(ti);
                if (!plainWord(t)) {
                    continue;
                }
                String lower = t.lower();
                if (lower.indexOf('-') > 0) {
                    hyphenated.putIfAbsent(singular(lower.replace("-", "")), new Use(lower, Kind.HYPHENATED,
                            c, c.start() + t.start(), c.start() + t.end()));
                } else if (lower.length() >= MIN_CLOSED) {
                    closed.putIfAbsent(singular(lower), ((long) ci << 32) | ti);
                }
            }
        }
        // Per joined form, the first use of each way of writing it; filled only for forms written two ways.
        Map<String, Use[]> byJoined = new HashMap<>();
        for (Map.Entry<String, Use> h : hyphenated.entrySet()) {
            Long at = closed.get(h.getKey());
            if (at != null) {
                add(byJoined, h.getKey(), h.getValue());
                add(byJoined, h.getKey(), closedUse(ctx, claims, at));
            }
        }
        // Two words written apart: their concatenation is looked up by hash first, so most pairs cost no string.
        int[] hashes = new int[hyphenated.size() + closed.size()];
        int n = 0;
        for (String k : hyphenated.keySet()) {
            hashes[n++] = k.hashCode();
        }
        for (String k : closed.keySet()) {
            hashes[n++] = k.hashCode();
        }
        Arrays.sort(hashes);
        // A bit per hash value (mod 65,536) rules out most pairs before the search.
        long[] bloom = new long[1024];
        for (int h : hashes) {
            bloom[(h >>> 6) & 1023] |= 1L << (h & 63);
        }
        for (Claim c : claims) {
            List<Token> tokens = ctx.tokens(c);
            boolean previousFits = false;
            for (int i = 0; i < tokens.size(); i++) {
                Token b = tokens.get(i);
                boolean fits = plainWord(b) && b.lower().length() >= 2 && b.lower().indexOf('-') < 0;
                boolean pair = previousFits && fits;
                previousFits = fits;
                if (!pair) {
                    continue;
                }
                Token a = tokens.get(i - 1);
                String second = b.lower();
                if (second.length() >= POW31.length) {
                    continue;
                }
                // the singular of the pair ("foot plates") is tried only when the plain form is not found
                int h = (int) (a.lower().hashCode() * POW31[second.length()] + second.hashCode());
                if (!has(bloom, hashes, h)) {
                    if (second.charAt(second.length() - 1) != 's') {
                        continue;
                    }
                    String single = singular(second);
                    if (single.length() == second.length() || !has(bloom, hashes,
                            (int) (a.lower().hashCode() * POW31[single.length()] + single.hashCode()))) {
                        continue;
                    }
                    second = single;
                }
                String joined = a.lower() + second;
                Use open = new Use(a.lower() + " " + b.lower(), Kind.OPEN, c, c.start() + a.start(),
                        c.start() + b.end());
                Use hyphen = hyphenated.get(joined);
                Long at = closed.get(joined);
                if (hyphen != null || at != null) {
                    add(byJoined, joined, open);
                    add(byJoined, joined, hyphen != null ? hyphen : closedUse(ctx, claims, at));
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

    /** The singular, worked out only for a word that ends in "s" (most do not). */
    private static String singular(String lower) {
        return lower.charAt(lower.length() - 1) == 's' ? Words.singular(lower) : lower;
    }

    private static boolean has(long[] bloom, int[] hashes, int h) {
        return (bloom[(h >>> 6) & 1023] & (1L << (h & 63))) != 0 && Arrays.binarySearch(hashes, h) >= 0;
    }

    /** The first use of a closed word, from its claim and token index. */
    private static Use closedUse(AnalysisContext ctx, List<Claim> claims, long at) {
        Claim c = claims.get((int) (at >>> 32));
        Token t = ctx.tokens(c).get((int) at);
        return new Use(t.lower(), Kind.CLOSED, c, c.start() + t.start(), c.start() + t.end());
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
        return Character.isLetter(s.charAt(0)) && Character.isLetter(s.charAt(s.length() - 1));
    }
}
