package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Antecedent basis in German and French claims, shared by the antecedent-basis and ambiguous-antecedent rules: where
 * the language says explicitly that a thing was named before ("ledit capteur", "de ladite suspension", "der genannte
 * Hebel", "besagter Kolben"), its noun must be written earlier in the claim or in the claims it rests on; on a multiple
 * dependent claim, on every path. A definite article alone is never checked: German and French claims use it for first
 * mentions too ("caractérisé en ce que la tige ...", "wobei die Krallenspitze ...").
 *
 * <p>Only the noun after the marker is compared, in its inflected forms ({@link EuropeanAntecedentWords#forms}):
 * "ledit réacteur de polymérisation" rests on any earlier "réacteur". Reading the whole phrase would need a parser, and
 * errors must be rare. Errors only where the noun is written nowhere before, on some path. Warnings where a German
 * compound ending in it (or the head of it) was written ("der genannte Hebel" after "ein Schalthebel"), where it is
 * written only later in the claim, where the claim rests on claims the parser could not read, where the marker sums up
 * a list ("die vorgenannten Keime"), and where the noun is a symbol ("ledit PLC"). "ledit bras" after only "un premier
 * bras" and "un second bras" is ambiguous (a warning); "lesdits bras" names both.
 */
final class EuropeanAntecedentWalk {

    enum Kind { MISSING, AMBIGUOUS }

    /** One problem found: [start, end) absolute, over the marker and the term. */
    record Issue(Kind kind, int claim, int start, int end, String term, String message, Severity severity,
                 Confidence confidence) {}

    private final AnalysisContext ctx;
    private final EuropeanClaimBasis basis;
    private final List<Issue> issues = new ArrayList<>();

    private EuropeanAntecedentWalk(AnalysisContext ctx) {
        this.ctx = ctx;
        this.basis = new EuropeanClaimBasis(ctx);
    }

    static List<Issue> issues(AnalysisContext ctx) {
        return ctx.shared(Result.class, () -> new Result(new EuropeanAntecedentWalk(ctx).run())).issues();
    }

    private record Result(List<Issue> issues) {}

    private List<Issue> run() {
        for (Claim c : ctx.claims().claims()) {
            if (!ctx.isPrimary(c) || c.isCanceled()) {
                continue;
            }
            // A claim whose every reference is broken (dependency-missing says so) cannot be resolved.
            if (!c.references().isEmpty() && ctx.tree().parents(c.number()).isEmpty()) {
                continue;
            }
            String text = c.analysisText();
            List<LatinWords.Word> words = LatinWords.of(text, c.contentStart() - c.start());
            EuropeanAntecedentWords lang = EuropeanAntecedentWords.of(words);
            if (lang == null) {
                continue; // English (the English walk's), Chinese or Japanese
            }
            Set<String> ambiguousNamed = new HashSet<>();
            for (EuropeanDefiniteReferences.Reference r : EuropeanDefiniteReferences.find(text, words, lang)) {
                check(c, r, ambiguousNamed);
            }
        }
        return issues;
    }

    private void check(Claim c, EuropeanDefiniteReferences.Reference r, Set<String> ambiguousNamed) {
        EuropeanAntecedentWords lang = r.words();
        Set<String> forms = lang.forms(r.noun());
        if (basis.introduced(c, r.markerStart(), forms, lang)) {
            if (!r.ordinal() && !r.plural() && ambiguousNamed.add(forms.iterator().next())) {
                checkAmbiguity(c, r, forms);
            }
            return;
        }
        reportMissing(c, r, forms);
    }

    private void reportMissing(Claim c, EuropeanDefiniteReferences.Reference r, Set<String> forms) {
        EuropeanAntecedentWords lang = r.words();
        String text = c.analysisText();
        String term = r.term(text);
        String said = r.marker() + " " + term;
        int n = c.number();
        String compound = basis.compoundWritten(c, r.markerStart(), forms, lang);
        if (compound != null) {
            report(Kind.MISSING, c, r, term, said + ": only " + compound + " is written before it, not " + r.noun()
                    + "; if they are the same thing, use one name for it", Severity.WARNING, Confidence.POSSIBLE);
            return;
        }
        if (basis.writtenFrom(c, r.end(), forms, lang)) {
            report(Kind.MISSING, c, r, term, said + ": " + r.noun() + " is introduced only later in claim " + n
                    + "; introduce it before referring to it with " + r.marker(), Severity.WARNING, Confidence.LIKELY);
            return;
        }
        Set<Integer> parentsWith = new TreeSet<>();
        List<Integer> parents = RestingClaims.of(ctx, n);
        for (int p : parents) {
            if (basis.inClaimOrAbove(p, forms, lang)) {
                parentsWith.add(p);
            }
        }
        boolean unread = basis.citesUnreadClaims(n, lang);
        String where;
        if (!parentsWith.isEmpty()) {
            List<Integer> without = new ArrayList<>(parents);
            without.removeAll(parentsWith);
            where = "claim " + n + " depends on claim " + join(parentsWith) + ", which introduces " + r.noun()
                    + ", but also on claim " + join(without) + ", which does not (every alternative needs the basis)";
        } else if (unread) {
            where = r.noun() + " is not introduced in claim " + n + " or the claims it is read to rest on, but it cites"
                    + " claims in words the checker does not read: check that those claims introduce it";
        } else {
            Integer elsewhere = basis.claimWriting(forms, n, lang);
            where = r.noun() + " is not introduced in claim " + n + (parents.isEmpty() ? ""
                    : " or the claims it depends on") + (elsewhere == null ? "" : " (claim " + elsewhere
                    + " introduces it, but claim " + n + " does not depend on it)");
        }
        // A symbol or name in capitals ("ledit PLC") is often introduced in another form; a marker that sums up a list
        // names the list's items under a common name; a claim resting on claims the parser could not read rests on
        // claims unknown here: warnings.
        boolean sure = !unread && !r.summing() && !isSymbol(r.noun());
        report(Kind.MISSING, c, r, term, said + ": " + where + "; introduce it (" + lang.introducers() + ")"
                + " before referring to it with " + r.marker(), sure ? Severity.ERROR : Severity.WARNING,
                sure ? Confidence.CERTAIN : Confidence.POSSIBLE);
    }

    /** "ledit bras" where only "un premier bras" and "un second bras" were written: which one is meant? */
    private void checkAmbiguity(Claim c, EuropeanDefiniteReferences.Reference r, Set<String> forms) {
        EuropeanAntecedentWords lang = r.words();
        Set<String> ordinals = new TreeSet<>();
        if (bare(basis.occurrences(c, lang), r.markerStart(), forms, ordinals)) {
            return;
        }
        for (int a : ctx.tree().ancestors(c.number())) {
            Claim p = ctx.tree().claim(a);
            if (p != null && bare(basis.occurrences(p, lang), Integer.MAX_VALUE, forms, ordinals)) {
                return;
            }
        }
        if (ordinals.size() >= 2) {
            report(Kind.AMBIGUOUS, c, r, r.term(c.analysisText()), r.marker() + " " + r.term(c.analysisText())
                    + ": several " + r.noun() + " are introduced, each with an ordinal, and none without one;"
                    + " name which one is meant", Severity.WARNING, Confidence.LIKELY);
        }
    }

    /** Whether the noun is written before {@code before} without an ordinal and not after a marker; collects ordinals. */
    private static boolean bare(List<EuropeanClaimBasis.Occurrence> occurrences, int before, Set<String> forms,
                                Set<String> ordinals) {
        for (EuropeanClaimBasis.Occurrence o : occurrences) {
            if (o.start() >= before) {
                break;
            }
            if (!EuropeanClaimBasis.meets(o.forms(), forms) || o.afterMarker()) {
                continue;
            }
            if (o.ordinals().isEmpty()) {
                return true;
            }
            ordinals.addAll(o.ordinals());
        }
        return false;
    }

    /** All capitals or with digits: a symbol or an abbreviation, not a word ("PLC", "ABS"). */
    private static boolean isSymbol(String noun) {
        return noun.length() > 1 && noun.equals(noun.toUpperCase(Locale.ROOT));
    }

    private void report(Kind kind, Claim c, EuropeanDefiniteReferences.Reference r, String term, String message,
                        Severity severity, Confidence confidence) {
        issues.add(new Issue(kind, c.number(), c.start() + r.markerStart(), c.start() + r.end(), term, message,
                severity, confidence));
    }

    private static String join(Iterable<Integer> numbers) {
        StringBuilder b = new StringBuilder();
        for (int x : numbers) {
            b.append(b.length() == 0 ? "" : " or ").append(x);
        }
        return b.toString();
    }
}
