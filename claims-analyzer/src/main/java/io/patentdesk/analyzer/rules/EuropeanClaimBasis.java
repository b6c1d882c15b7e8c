package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a German or French claim can rest on for the antecedent check: the nouns written earlier in it, and in the
 * claims it rests on ({@link RestingClaims}), on every path of a multiple dependency. Every written occurrence of a noun
 * counts, whatever article it has: a first mention with "le"/"der" cannot be faulted, so it gives the basis. Nouns
 * are compared by their inflected forms ({@link EuropeanAntecedentWords#forms}). One per analysis; memoised.
 */
final class EuropeanClaimBasis {

    /**
     * One written noun: where, its forms, the ordinals written before it ("un premier et un second" give one each;
     * empty: none), and whether a marker stands before it (then it is a reference, not a mention of its own).
     */
    record Occurrence(int start, String word, Set<String> forms, Set<String> ordinals, boolean afterMarker) {}

    /** How many words back from a noun its ordinal or marker is looked for ("ledit premier bras mobile"). */
    private static final int REACH = 4;

    private final AnalysisContext ctx;
    private final Map<Long, List<Occurrence>> indexes = new HashMap<>();
    private final Map<Long, Map<String, Boolean>> chainMemo = new HashMap<>();
    private final Map<Long, Boolean> unreadMemo = new HashMap<>();

    EuropeanClaimBasis(AnalysisContext ctx) {
        this.ctx = ctx;
    }

    /** The words of a claim (without its number), as the language reads them. */
    List<Occurrence> occurrences(Claim c, EuropeanAntecedentWords lang) {
        return indexes.computeIfAbsent(key(c.number(), lang), k -> index(c, lang));
    }

    /** Whether the noun is written before {@code before} (claim-relative) in the claim, or on every path above it. */
    boolean introduced(Claim c, int before, Set<String> forms, EuropeanAntecedentWords lang) {
        for (Occurrence o : occurrences(c, lang)) {
            if (o.start() >= before) {
                break;
            }
            if (meets(o.forms(), forms)) {
                return true;
            }
        }
        return onEveryPathAbove(c.number(), forms, lang);
    }

    /** Whether each claim {@code number} rests on holds the noun, itself or on every path above it. */
    boolean onEveryPathAbove(int number, Set<String> forms, EuropeanAntecedentWords lang) {
        List<Integer> parents = RestingClaims.of(ctx, number);
        if (parents.isEmpty()) {
            return false;
        }
        for (int p : parents) {
            if (!inClaimOrAbove(p, forms, lang)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the claim writes the noun, or every claim it rests on does (memoised per claim and noun). */
    boolean inClaimOrAbove(int number, Set<String> forms, EuropeanAntecedentWords lang) {
        Map<String, Boolean> memo = chainMemo.computeIfAbsent(key(number, lang), k -> new HashMap<>());
        String term = forms.iterator().next();
        Boolean known = memo.get(term);
        if (known == null) {
            Claim p = ctx.tree().claim(number);
            known = p != null && writes(p, forms, lang) || onEveryPathAbove(number, forms, lang);
            memo.put(term, known);
        }
        return known;
    }

    /** A noun written before {@code before} in the claim, or anywhere above it, that is a compound of this one. */
    String compoundWritten(Claim c, int before, Set<String> forms, EuropeanAntecedentWords lang) {
        for (Occurrence o : occurrences(c, lang)) {
            if (o.start() < before && lang.compoundOf(o.forms(), forms)) {
                return o.word();
            }
        }
        for (int a : ctx.tree().ancestors(c.number())) {
            Claim p = ctx.tree().claim(a);
            for (Occurrence o : p == null ? List.<Occurrence>of() : occurrences(p, lang)) {
                if (lang.compoundOf(o.forms(), forms)) {
                    return o.word();
                }
            }
        }
        return null;
    }

    /** Whether the noun is written in the claim at or after {@code from} (claim-relative). */
    boolean writtenFrom(Claim c, int from, Set<String> forms, EuropeanAntecedentWords lang) {
        for (Occurrence o : occurrences(c, lang)) {
            if (o.start() >= from && !o.afterMarker() && meets(o.forms(), forms)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the claim, or one it rests on, cites claims the parser could not read ("selon l'une quelconque des
     * revendications précédentes" where unread): then what it rests on is unknown, and a missing basis is a warning.
     */
    boolean citesUnreadClaims(int number, EuropeanAntecedentWords lang) {
        long k = key(number, lang);
        Boolean known = unreadMemo.get(k);
        if (known == null) {
            Claim c = ctx.tree().claim(number);
            List<Integer> ps = RestingClaims.of(ctx, number);
            known = false;
            if (c != null && ps.isEmpty()) {
                for (LatinWords.Word w : LatinWords.of(c.analysisText(), c.contentStart() - c.start())) {
                    known |= lang.isClaimWord(EuropeanDefiniteReferences.lower(w));
                }
            }
            for (int p : ps) {
                known = known || citesUnreadClaims(p, lang);
            }
            unreadMemo.put(k, known);
        }
        return known;
    }

    /** Another claim that writes the noun, not this one; null if none. */
    Integer claimWriting(Set<String> forms, int except, EuropeanAntecedentWords lang) {
        for (Claim o : ctx.claims().claims()) {
            if (o.number() != except && !o.isCanceled() && ctx.isPrimary(o) && writes(o, forms, lang)) {
                return o.number();
            }
        }
        return null;
    }

    static boolean meets(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private boolean writes(Claim c, Set<String> forms, EuropeanAntecedentWords lang) {
        for (Occurrence o : occurrences(c, lang)) {
            if (meets(o.forms(), forms)) {
                return true;
            }
        }
        return false;
    }

    private static List<Occurrence> index(Claim c, EuropeanAntecedentWords lang) {
        String text = c.analysisText();
        List<LatinWords.Word> ws = LatinWords.of(text, c.contentStart() - c.start());
        List<Occurrence> out = new ArrayList<>(ws.size());
        for (int k = 0; k < ws.size(); k++) {
            Set<String> ordinals = new TreeSet<>();
            boolean afterMarker = false;
            for (int b = k - 1; b >= 0 && k - b <= REACH && LatinWords.joined(text, ws.get(b), ws.get(b + 1)); b--) {
                String w = EuropeanDefiniteReferences.lower(ws.get(b));
                if (lang.isOrdinal(w)) {
                    ordinals.add(EuropeanAntecedentWords.ordinalKey(w));
                } else if (lang.isMarker(w) || lang.isMarkerAfterArticle(w)) {
                    afterMarker = true;
                    break;
                } else if (!lang.isSkipped(w) && !lang.isGermanAdjective(ws.get(b).text())) {
                    break;
                }
            }
            out.add(new Occurrence(ws.get(k).start(), ws.get(k).text(), lang.forms(ws.get(k).text()), ordinals,
                    afterMarker));
        }
        return out;
    }

    private static long key(int number, EuropeanAntecedentWords lang) {
        return (long) number << 1 | lang.language().ordinal();
    }
}
