package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.text.NounPhrases;
import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * In the description, one reference numeral must name one thing: "handlebar 16" and "seat 16" clash, and so do
 * "front wheel 14" and "front wheel 18" (37 CFR 1.84(p)(4); MPEP 608.02). Numerals in parentheses in the claims
 * ("a valve member (21)") must agree with the description and with each other.
 */
public final class ReferenceNumeralRule implements Rule {

    private static final Pattern NUMERAL = Pattern.compile("\\d{1,4}[a-z]?'*");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "said", "each");
    private static final Set<String> NOT_PARTS = Set.of("fig", "figs", "figure", "figures", "claim", "claims",
            "table", "tables", "example", "examples", "equation", "formula", "line", "lines", "column", "col",
            "page", "paragraph", "section", "chapter", "sheet", "version", "day", "days", "week", "month", "year",
            "years", "hour", "hours", "minute", "minutes", "seconds", "no", "number", "embodiment", "level",
            "generation", "group", "sequence", "seq", "id", "type", "size", "grade", "class", "series", "model",
            "formulae", "scheme", "ratio", "range", "stage", "phase", "period", "temperature", "pressure");
    private static final Set<String> UNITS = Set.of("mm", "cm", "m", "km", "nm", "um", "µm", "in", "inch", "inches",
            "ft", "feet", "g", "kg", "mg", "lb", "lbs", "ml", "l", "s", "ms", "sec", "min", "h", "hz", "khz", "mhz",
            "ghz", "v", "mv", "kv", "a", "ma", "w", "kw", "mw", "degrees", "deg", "percent", "psi", "bar", "pa",
            "kpa", "mpa", "rpm", "times", "minutes", "hours", "days", "weeks", "months",
            "years", "bits", "bytes", "kb", "mb", "gb", "µl", "ul", "wt", "vol", "mol", "mmol", "mm2", "cm2");


    @Override
    public String id() {
        return "reference-numeral";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "37 CFR 1.84(p)(4); MPEP 608.02";
    }

    /** One "part numeral" written; {@code inClaims}: in a claim rather than the description. */
    private record Use(String term, String head, String numeral, int start, boolean inClaims) {
        Use(String term, String head, String numeral, int start) {
            this(term, head, numeral, start, false);
        }
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        Map<String, Use> byNumeral = new HashMap<>();
        Map<String, Use> byTerm = new HashMap<>();
        Set<String> reported = new HashSet<>();
        if (ctx.document().hasDescription()) {
            checkDescription(ctx, byNumeral, byTerm, reported, out);
        }
        checkClaims(ctx, byNumeral, byTerm, reported, out);
    }

    /**
     * Numerals in parentheses in the claims ("a valve member (21)") against the description and the claims before:
     * "valve member" is 20 there, or 21 is another part there.
     */
    private void checkClaims(AnalysisContext ctx, Map<String, Use> byNumeral, Map<String, Use> byTerm,
                             Set<String> reported, Consumer<Finding> out) {
        for (Claim c : ctx.claims().claims()) {
            if (!ctx.isPrimary(c) || c.isCanceled()) {
                continue;
            }
            List<Token> tokens = ctx.tokens(c);
            for (int n = 2; n + 1 < tokens.size(); n++) {
                Token num = tokens.get(n);
                if (!tokens.get(n - 1).isPunct('(') || !tokens.get(n + 1).isPunct(')') || num.lower().isEmpty()
                        || !Character.isDigit(num.lower().charAt(0)) || !NUMERAL.matcher(num.lower()).matches()) {
                    continue;
                }
                List<Integer> words = new ArrayList<>();
                for (int i = n - 2; i >= 0 && n - 2 - i < NounPhrases.MAX_WORDS; i--) {
                    Token t = tokens.get(i);
                    if (t.isWord() && DETERMINERS.contains(t.lower())) {
                        break;
                    }
                    if (!t.isWord() || t.boundary()) {
                        words.clear();
                        break;
                    }
                    if (!Words.isOrdinal(t.lower())) {
                        words.add(0, i);
                    }
                }
                if (words.isEmpty()) {
                    continue;
                }
                String headLower = tokens.get(words.get(words.size() - 1)).lower();
                if (NOT_PARTS.contains(headLower)) {
                    continue;
                }
                StringBuilder term = new StringBuilder();
                for (int w : words) {
                    term.append(term.length() == 0 ? "" : " ").append(Words.singular(tokens.get(w).lower()));
                }
                Use use = new Use(term.toString(), Words.singular(headLower), num.lower(),
                        tokens.get(words.get(0)).start(), true);
                int s = c.start() + use.start();
                int e = c.start() + tokens.get(n + 1).end();
                Use sameTerm = byTerm.putIfAbsent(use.term(), use);
                if (sameTerm != null && !base(sameTerm.numeral()).equals(base(use.numeral()))
                        && reported.add("t|" + use.term())) {
                    out.accept(finding(c.number(), s, e, Part.CLAIMS, "'" + c.slice(s, e) + "' in claim " + c.number()
                            + " has reference numeral " + use.numeral() + ", but '" + use.term() + "' is "
                            + sameTerm.numeral() + " " + where(sameTerm) + "; one part should keep one numeral",
                            use.term()));
                    continue;
                }
                Use sameNumeral = byNumeral.putIfAbsent(use.numeral(), use);
                if (sameNumeral != null && !sameThing(sameNumeral, use)
                        && reported.add("n|" + use.numeral() + "|" + sameNumeral.term() + "|" + use.term())) {
                    out.accept(finding(c.number(), s, e, Part.CLAIMS, "reference numeral " + use.numeral() + " in claim "
                            + c.number() + " is used for '" + use.term() + "', but for '" + sameNumeral.term() + "' "
                            + where(sameNumeral) + "; give each part its own numeral", use.numeral(), severity(),
                            Confidence.LIKELY));
                }
            }
        }
    }

    private static String where(Use u) {
        return u.inClaims() ? "in an earlier claim" : "in the description";
    }

    private void checkDescription(AnalysisContext ctx, Map<String, Use> byNumeral, Map<String, Use> byTerm,
                                  Set<String> reported, Consumer<Finding> out) {
        List<Token> tokens = ctx.descriptionTokens();
        int origin = ctx.document().origin(Part.DESCRIPTION);
        int[] next = new int[1];
        // Numerals are rarer than determiners: find a numeral, then the determiner up to seven words before it.
        for (int n = 1; n < tokens.size(); n++) {
            Token num = tokens.get(n);
            char c0 = num.lower().charAt(0);
            if (c0 < '0' || c0 > '9' || !NUMERAL.matcher(num.lower()).matches() || !plainAfter(tokens, n)) {
                continue;
            }
            int[] words = null;
            // "the bulb 12" or, in European style, "the bulb (12)"
            boolean paren = tokens.get(n - 1).isPunct('(') && n + 1 < tokens.size() && tokens.get(n + 1).isPunct(')');
            int phraseEnd = paren ? n - 1 : n;
            for (int i = phraseEnd - 1; i >= 0 && i >= phraseEnd - 8; i--) {
                Token d = tokens.get(i);
                if (!d.isWord()) {
                    break;
                }
                if (DETERMINERS.contains(d.lower())) {
                    int[] w = NounPhrases.after(tokens, i + 1, next);
                    if (next[0] == phraseEnd && w.length > 0) {
                        words = w;
                    }
                    break;
                }
            }
            if (words == null) {
                continue;
            }
            String headLower = tokens.get(words[words.length - 1]).lower();
            if (NOT_PARTS.contains(headLower) || Words.looksPlural(headLower)) {
                continue;
            }
            StringBuilder term = new StringBuilder();
            for (int w : words) {
                term.append(term.length() == 0 ? "" : " ").append(Words.singular(tokens.get(w).lower()));
            }
            Use use = new Use(term.toString(), Words.singular(headLower), num.lower(), tokens.get(words[0]).start());
            int s = origin + use.start();
            int e = origin + num.end();
            Use sameNumeral = byNumeral.putIfAbsent(use.numeral(), use);
            if (sameNumeral != null && !sameThing(sameNumeral, use)
                    && reported.add("n|" + use.numeral() + "|" + sameNumeral.term() + "|" + use.term())) {
                out.accept(finding(null, s, e, Part.DESCRIPTION, "reference numeral " + use.numeral()
                        + " is used for '" + use.term() + "' here but for '" + sameNumeral.term()
                        + "' earlier; give each part its own numeral", use.numeral()));
            }
            Use sameTerm = byTerm.putIfAbsent(use.term(), use);
            if (sameTerm != null && !base(sameTerm.numeral()).equals(base(use.numeral()))
                    && reported.add("t|" + use.term())) {
                out.accept(finding(null, s, e, Part.DESCRIPTION, "'" + use.term() + "' has reference numeral "
                        + use.numeral() + " here but " + sameTerm.numeral()
                        + " earlier; one part should keep one numeral", use.term()));
            }
        }
    }

    /** "14", "14a" and "14'" share the base 14: variants of one part. */
    private static String base(String numeral) {
        int i = 0;
        while (i < numeral.length() && Character.isDigit(numeral.charAt(i))) {
            i++;
        }
        return numeral.substring(0, i);
    }

    private static boolean sameThing(Use a, Use b) {
        if (a.head().equals(b.head())) {
            return true;
        }
        return (" " + a.term()).endsWith(" " + b.term()) || (" " + b.term()).endsWith(" " + a.term());
    }

    /** Not a measurement ("a gap 5 mm") and not the first of a list ("wheel 14, 18"). */
    private static boolean plainAfter(List<Token> tokens, int n) {
        if (n + 1 >= tokens.size()) {
            return true;
        }
        Token after = tokens.get(n + 1);
        if (after.isPunct('%') || after.isPunct('\u00b0') || after.isPunct('-') || UNITS.contains(after.lower())) {
            return false;
        }
        boolean joiner = after.isPunct(',') || after.is("and") || after.is("or") || after.is("to");
        return !(joiner && n + 2 < tokens.size() && tokens.get(n + 2).isNumber());
    }
}
