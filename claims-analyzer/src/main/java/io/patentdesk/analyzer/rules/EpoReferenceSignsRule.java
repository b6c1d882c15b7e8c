package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference signs in claims belong in parentheses and hold no words (R. 43(7) EPC; Guidelines F-IV, 4.19). Reported:
 * words inside the parentheses with a sign ("(lever 12)", "(12, lever)"), and a bare sign after a feature ("lever 12")
 * where the claims write the same feature with the same sign in parentheses elsewhere ("lever (12)"), so the number
 * is that feature's reference sign and not a quantity ("10 Sekunden", "4 bis 6").
 */
public final class EpoReferenceSignsRule implements Rule {

    private static final String SIGN = "\\d{1,4}[a-z]?'*";
    /** Parenthesised text holding a sign and a word, e.g. "(lever 12)", "(12, lever)". */
    private static final Pattern WORDY = Pattern.compile(
            "(?U)\\((\\p{L}{3,}(?:\\s+\\p{L}+)*\\s+" + SIGN + "|" + SIGN + "\\s*[,;]?\\s+\\p{L}{3,}(?:\\s+\\p{L}+)*)\\)");
    /** Words that stand before numbers that are not reference signs: "(formula 1)", "(claim 2)", "(step 3)". */
    private static final Set<String> NOT_FEATURES = Set.of("formula", "formel", "formule", "table", "tabelle",
            "tableau", "claim", "claims", "anspruch", "revendication", "example", "beispiel", "exemple", "fig", "figure",
            "figur", "step", "schritt", "étape", "type", "typ", "group", "gruppe", "groupe", "seq", "no", "nr",
            "compound", "verbindung", "composé", "sequence", "sequenz", "séquence", "about", "etwa", "environ",
            "ansprüche", "ansprüchen", "revendications",
            // function words before a number that counts or bounds something: "and 12", "at least 3", "bis 4"
            "and", "than", "from", "with", "between", "least", "most", "approximately", "und", "oder", "bis", "von",
            "mit", "zwischen", "mindestens", "als", "des", "les", "entre", "moins", "plus", "avec", "pour");
    /** A single sign or a list of signs in parentheses: "(12)", "(12, 14)", "(12a; 14')". */
    private static final Pattern PAREN_SIGNS = Pattern.compile("(?U)(\\p{L}{3,})\\s*\\((" + SIGN + "(?:\\s*[,;]\\s*" + SIGN + ")*)\\)");
    /** A word followed by a bare number: the number is a reference sign if the claims use it in parentheses. */
    private static final Pattern BARE = Pattern.compile("(?U)\\b(\\p{L}{3,})\\s+(" + SIGN + ")(?!\\d|[.,]\\d|\\s*[)%°])");

    @Override
    public String id() {
        return "epo-reference-signs";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "R. 43(7) EPC; Guidelines F-IV, 4.19";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        Set<String> signs = new HashSet<>(); // "lever|12" for each "lever (12)" in the claims
        for (Claim c : ctx.claims().claims()) {
            Matcher m = PAREN_SIGNS.matcher(c.analysisContent());
            while (m.find()) {
                for (String s : m.group(2).split("\\s*[,;]\\s*")) {
                    signs.add(m.group(1).toLowerCase(Locale.ROOT) + "|" + s);
                }
            }
        }
        for (Claim c : ctx.claims().claims()) {
            if (c.isCanceled() || !ctx.isPrimary(c)) {
                continue;
            }
            String text = c.analysisContent();
            int base = c.contentStart();
            Matcher w = WORDY.matcher(text);
            while (w.find()) {
                String first = w.group(1).split("[\\s,;]+")[0].toLowerCase(Locale.ROOT);
                String last = w.group(1).replaceAll(".*\\s", "").toLowerCase(Locale.ROOT);
                if (NOT_FEATURES.contains(first) || NOT_FEATURES.contains(last)) {
                    continue;
                }
                out.accept(finding(c.number(), base + w.start(), base + w.end(), Part.CLAIMS,
                        "the reference sign in '" + w.group() + "' has words with it inside the parentheses; put only"
                                + " the sign in parentheses after the feature, e.g. 'lever (12)'", null));
            }
            if (signs.isEmpty()) {
                continue;
            }
            Matcher b = BARE.matcher(text);
            while (b.find()) {
                String word = b.group(1).toLowerCase(Locale.ROOT);
                if (NOT_FEATURES.contains(word) || !signs.contains(word + "|" + b.group(2))
                        || insideParentheses(text, b.start())) {
                    continue;
                }
                out.accept(finding(c.number(), base + b.start(2), base + b.end(2), Part.CLAIMS,
                        "reference sign " + b.group(2) + " after '" + b.group(1) + "' is not in parentheses;"
                                + " write '" + b.group(1) + " (" + b.group(2) + ")'", null));
            }
        }
    }

    /** Whether {@code at} lies inside an open parenthesis (the words-inside case reports those). */
    private static boolean insideParentheses(String text, int at) {
        int open = text.lastIndexOf('(', at);
        return open >= 0 && text.lastIndexOf(')', at) < open;
    }
}
