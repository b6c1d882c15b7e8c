package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Chinese claim can rest on for the antecedent check: its own earlier text and the claims it depends on, on every
 * path of a multiple dependency ({@link io.patentdesk.analyzer.ClaimTree}), or the claims an independent claim of another
 * category cites; and whether it cites claims the parser could not read. One per analysis; answers are memoised.
 */
final class ChineseClaimBasis {

    private final AnalysisContext ctx;
    /** Per claim: terms known to be (or not be) written in the claim or on every path above it. */
    private final Map<Integer, Map<String, Boolean>> chainMemo = new HashMap<>();
    private final Map<Integer, Boolean> unreadMemo = new HashMap<>();
    private final Map<Integer, String> contents = new HashMap<>();

    ChineseClaimBasis(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    /** Whether the term is written in [from, before) of the claim's text, or in every claim it rests on. */
    boolean introduced(Claim c, int from, int before, String term) {
        int at = c.analysisText().indexOf(term, from);
        return at >= 0 && at + term.length() <= before || onEveryPathAbove(c.number(), term);
    }

    /** Whether each claim {@code number} depends on holds the term, itself or on every path above it. */
    boolean onEveryPathAbove(int number, String term) {
        List<Integer> parents = parents(number);
        if (parents.isEmpty()) {
            return false;
        }
        for (int p : parents) {
            if (!inClaimOrAbove(p, term)) {
                return false;
            }
        }
        return true;
    }

    /** The claims this one rests on ({@link RestingClaims}). */
    List<Integer> parents(int number) {
        return RestingClaims.of(ctx, number);
    }

    /**
     * Whether the claim, or one it rests on, cites claims the parser could not read ("根据前述权利要求中任一项所述",
     * "包括权利要求1至5中任一项所述的装置"): then what it rests on is unknown, and a missing basis is only a warning.
     */
    boolean citesUnreadClaims(int number) {
        Boolean known = unreadMemo.get(number);
        if (known == null) {
            Claim c = ctx.tree().claim(number);
            List<Integer> ps = parents(number);
            // 权利, not 权利要求: slips such as "根据权利要86所述" and "根据权利权利1所述" are claim references too
            known = c != null && ps.isEmpty() && content(c).contains("权利");
            for (int p : ps) {
                known = known || citesUnreadClaims(p);
            }
            unreadMemo.put(number, known);
        }
        return known;
    }

    /** Whether the claim holds the term, or every claim it rests on does (memoised per claim and term). */
    boolean inClaimOrAbove(int number, String term) {
        Map<String, Boolean> memo = chainMemo.computeIfAbsent(number, k -> new HashMap<>());
        Boolean known = memo.get(term);
        if (known == null) {
            Claim p = ctx.tree().claim(number);
            known = p != null && content(p).contains(term) || onEveryPathAbove(number, term);
            memo.put(term, known);
        }
        return known;
    }


    /** Another claim that writes the term, not this one; null if none. */
    Integer claimWriting(String term, int except) {
        for (Claim o : ctx.claims().claims()) {
            if (o.number() != except && !o.isCanceled() && ctx.isPrimary(o) && content(o).contains(term)) {
                return o.number();
            }
        }
        return null;
    }


    /** The claim's words without its number, read once ({@link Claim#analysisContent()} copies them each call). */
    String content(Claim c) {
        return contents.computeIfAbsent(c.number(), k -> c.analysisContent());
    }
}
