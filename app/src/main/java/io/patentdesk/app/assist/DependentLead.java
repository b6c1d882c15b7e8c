package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Transition;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the first dependent claim of an independent claim begins: "2. The electronic key system of claim 1, wherein",
 * the claim's own subject from its preamble (a dependent claim refers back to its parent by the same name, 37 CFR
 * 1.75(c)). The model continues after it: left to start the claim itself, PatentGPT-mini wrote "2. A method according
 * to claim 1" under an apparatus claim, and followed with more of the same.
 */
public final class DependentLead {
    /** A longer subject is a preamble the parser could not shorten; no lead is better than a clumsy one. */
    static final int MAX_WORDS = 8;

    // "A method for X, the method": the repeated short name is the one to use.
    private static final Pattern RESTATED = Pattern.compile("(?i),\\s*(?:the|said)\\s+([\\w-]+(?:\\s+[\\w-]+)?)$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:an?|the|one or more)\\s+");
    // The purpose or a relative clause ends the name: "a system for controlling X" is "the system".
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\s+(?:for|which|that|configured|adapted)\\s.*$");

    private DependentLead() {
    }

    /** The lead for dependents of {@code claimText} (one numbered independent claim), or empty when its subject is unclear. */
    public static Optional<String> of(String claimText) {
        ClaimSet set = ClaimSet.parse(claimText);
        if (set.claims().isEmpty()) {
            return Optional.empty();
        }
        Claim c = set.claims().get(0);
        if (!c.isIndependent() || c.transition() == Transition.NONE || c.preamble().length() == 0) {
            return Optional.empty();
        }
        return subject(c.preamble().of(claimText)).map(s -> {
            int n = Math.max(1, c.number());
            return (n + 1) + ". The " + s + " of claim " + n + ", wherein";
        });
    }

    /** The claimed thing's name in a preamble ("An image forming device" -> "image forming device"). */
    static Optional<String> subject(String preamble) {
        String p = ClaimElements.normalize(preamble).replaceFirst("[,:;\\s]+$", "");
        Matcher restated = RESTATED.matcher(p);
        String s = restated.find() ? restated.group(1) : PURPOSE.matcher(ARTICLE.matcher(p).replaceFirst(""))
                .replaceFirst("");
        s = s.replaceFirst("[,;:]+$", "").strip();
        if (s.isEmpty() || s.contains(",") || s.split("\\s+").length > MAX_WORDS || !Character.isLetter(s.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(Character.isUpperCase(s.charAt(0)) && (s.length() < 2 || !Character.isUpperCase(s.charAt(1)))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s);
    }
}
