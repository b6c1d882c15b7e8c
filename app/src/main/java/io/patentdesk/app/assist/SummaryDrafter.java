package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimGrammar;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Summary paragraphs that track the claims word for word: one "In one aspect, ... is provided, comprising ..."
 * paragraph per independent claim, and optionally "In some embodiments, ..." for each dependent claim's
 * limitation. Deterministic, so the Summary supports the claims exactly (35 USC 112(a)).
 */
public final class SummaryDrafter {
    /**
     * What a dependent claim says before its reference to another claim: "The device of", "A method according to".
     * The reference itself and the transition after it are the analyzer's ({@link ClaimGrammar}).
     */
    private static final Pattern SUBJECT_BEFORE_REFERENCE = Pattern.compile("(?i)^(?:the|a|an)\\s+(.+?)\\s+(?:of|according\\s+to|"
            + "as\\s+(?:claimed|recited|defined|set\\s+forth)\\s+in|as\\s+in|in)\\s+$");
    /** Between the reference and the transition: ", further comprising". */
    private static final Pattern BEFORE_TRANSITION = Pattern.compile("(?i)^\\s*,?\\s*(further\\s+)?");

    private SummaryDrafter() {
    }

    /** One paragraph per independent claim. */
    public static List<String> aspects(String claimsText) {
        return draft(claimsText, false);
    }

    /** One paragraph per independent claim, each followed by one per dependent limitation. */
    public static List<String> aspectsAndEmbodiments(String claimsText) {
        return draft(claimsText, true);
    }

    private static List<String> draft(String claimsText, boolean dependents) {
        ClaimSet set = ClaimSet.parse(claimsText);
        List<String> out = new ArrayList<>();
        boolean first = true;
        for (Claim c : set.claims()) {
            if (c.isIndependent()) {
                out.add(aspect(c, claimsText, first));
                first = false;
            } else if (dependents) {
                String e = embodiment(c);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static String aspect(Claim c, String claimsText, boolean first) {
        String lead = first ? "In one aspect, " : "In another aspect, ";
        // A preamble that itself holds a transition ("a medium comprising media, wherein ...") is not rephrased.
        if (c.transition() == Transition.NONE || c.preamble().length() == 0
                || !ClaimGrammar.defaults().find(c.preamble().of(claimsText)).transitions().isEmpty()) {
            return lead + "there is provided " + lowerFirst(sentence(c.content())) + ".";
        }
        String preamble = ClaimElements.normalize(c.preamble().of(claimsText)).replaceFirst("[,:\\s]+$", "")
                // "A method for X, the method comprising": the repeated subject reads badly after "is provided".
                .replaceFirst("(?i),\\s*(?:the|said)\\s+\\w+(?:\\s+\\w+)?$", "");
        String transition = ClaimElements.normalize(c.transitionSpan().of(claimsText)).replaceFirst("[,:]+$", "");
        String body = sentence(c.body().of(claimsText)).replaceFirst("^[:,]\\s*", "");
        String joiner = body.contains(";") ? ": " : " ";
        return lead + lowerFirst(preamble) + " is provided, " + transition.toLowerCase(Locale.ROOT) + joiner + body
                + ".";
    }

    static String embodiment(Claim c) {
        String sentence = sentence(c.content());
        ClaimGrammar.Landmarks marks = ClaimGrammar.defaults().find(sentence);
        if (marks.references().isEmpty()) {
            return null;
        }
        ClaimGrammar.Reference reference = marks.references().get(0);
        Matcher subjectMatch = SUBJECT_BEFORE_REFERENCE.matcher(sentence.substring(0, reference.start()));
        if (!subjectMatch.matches()) {
            return null;
        }
        Matcher gap = BEFORE_TRANSITION.matcher(sentence).region(reference.end(), sentence.length());
        gap.lookingAt();
        boolean further = gap.group(1) != null;
        ClaimGrammar.Phrase transition = marks.transitions().stream().filter(p -> p.start() == gap.end()).findFirst()
                .orElse(null);
        if (transition == null || further && transition.transition() == Transition.WHEREIN) {
            return null; // "The device of claim 1 having ..." or "further wherein": no limitation to restate
        }
        String subject = subjectMatch.group(1);
        String rest = sentence.substring(transition.end()).replaceFirst("^\\s*:?\\s*", "");
        if (rest.isEmpty()) {
            return null;
        }
        return switch (transition.transition()) {
            case WHEREIN -> "In some embodiments, " + rest + ".";
            case COMPRISING -> "In some embodiments, the " + subject
                    + " further comprises " + rest + ".";
            case INCLUDING -> "In some embodiments, the " + subject + " further includes " + rest + ".";
            default -> null;
        };
    }

    /** One line, without the final period. */
    private static String sentence(String s) {
        return ClaimElements.normalize(s).replaceFirst("[.\\s]+$", "");
    }

    /** "A method" -> "a method"; an acronym or proper name at the start stays as written. */
    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
