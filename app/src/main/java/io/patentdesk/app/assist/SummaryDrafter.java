package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
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
    private static final Pattern DEPENDENT = Pattern.compile("(?i)^(?:the|a|an)\\s+(.+?)\\s+(?:of|according\\s+to|"
            + "as\\s+(?:claimed|recited|defined|set\\s+forth)\\s+in|as\\s+in|in)\\s+(?:any\\s+(?:one\\s+)?of\\s+)?"
            + "claims?\\s+[\\d\\s,\\-–toandr]+?,?\\s+(wherein|further\\s+comprising|further\\s+including|"
            + "comprising|including)\\s*:?\\s*(.+)$");

    /** A preamble that itself holds a transition ("a medium comprising media, wherein ...") is not rephrased. */
    private static final Pattern NESTED_TRANSITION = Pattern.compile(
            "(?i)\\b(?:comprising|comprises|comprise|including|includes|consisting|having|wherein)\\b");

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
        if (c.transition() == Transition.NONE || c.preamble().length() == 0
                || NESTED_TRANSITION.matcher(c.preamble().of(claimsText)).find()) {
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
        Matcher m = DEPENDENT.matcher(sentence(c.content()));
        if (!m.matches()) {
            return null;
        }
        String subject = m.group(1);
        String connector = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String rest = m.group(3);
        return switch (connector) {
            case "wherein" -> "In some embodiments, " + rest + ".";
            case "comprising", "further comprising" -> "In some embodiments, the " + subject + " further comprises "
                    + rest + ".";
            default -> "In some embodiments, the " + subject + " further includes " + rest + ".";
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
