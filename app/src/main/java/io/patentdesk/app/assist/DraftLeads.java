package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Transition;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first words of a model draft, written from the claims so that the small model continues on the right subject:
 * a dependent claim begins "2. The electronic key system of claim 1, wherein" (a dependent claim refers back to its
 * parent by the same name, 37 CFR 1.75(c)), an abstract "An electronic key system" (it opens on what claim 1 claims),
 * claim 1 drafted from an abstract "1. An image forming element comprising:" (the abstract's subject).
 * Left to begin by itself, PatentGPT-mini wrote "2. A method according to claim 1" under an apparatus claim and
 * abstracts about "a computer method" for a key system.
 */
public final class DraftLeads {
    /** A longer name is a preamble the parser could not shorten; no lead is better than a clumsy one. */
    static final int MAX_WORDS = 8;
    static final int MAX_ABSTRACT_WORDS = 12;

    // "A method for X, the method": the repeated short name is the one a dependent claim uses.
    private static final Pattern RESTATED = Pattern.compile("(?i),\\s*(?:the|said)\\s+([\\w-]+(?:\\s+[\\w-]+)?)$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(an?|the|one or more)\\s+");
    // The purpose or a relative clause ends the name: "a system for controlling X" is "the system".
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\s+(?:for|which|that|configured|adapted)\\s.*$");

    private DraftLeads() {
    }

    /** How the first dependent claim of {@code claimText} (one numbered independent claim) begins, if its subject is clear. */
    public static Optional<String> dependentOf(String claimText) {
        return firstIndependent(claimText).flatMap(c -> subject(c.preamble().of(claimText)).map(s -> {
            int n = Math.max(1, c.number());
            return (n + 1) + ". The " + s + " of claim " + n + ", wherein";
        }));
    }

    /** How an abstract of {@code claimsText} begins: claim 1's preamble as a name ("A method for controlling an ice maker"). */
    public static Optional<String> abstractOf(String claimsText) {
        return firstIndependent(claimsText).flatMap(c -> {
            String p = trimmed(c.preamble().of(claimsText));
            Matcher restated = RESTATED.matcher(p);
            String name = restated.find() ? p.substring(0, restated.start()) : p;
            Matcher article = ARTICLE.matcher(name);
            if (!article.find() || article.group(1).equalsIgnoreCase("the") || name.contains(",")
                    || name.split("\\s+").length > MAX_ABSTRACT_WORDS) {
                return Optional.empty(); // "One or more media", "The ...": no plain "A ..." opening to write
            }
            return Optional.of(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        });
    }

    // "An electronic key system includes ...", "A method for X is disclosed", "The present invention relates to an ice
    // maker having ...": the subject before the first verb.
    // A relative clause or a modal ends it too ("A handcuff key that ...", "A device may ...").
    private static final Pattern ABSTRACT_SUBJECT = Pattern.compile("^(?:The (?:present )?(?:invention|disclosure) "
            + "(?:relates to|provides|is directed to|concerns)\\s+)?((?:An?|an?)\\s+[^.;:,()]{2,90}?)\\s+(?:includes|"
            + "including|comprises|comprising|has|having|is|are|contains|containing|consists|provides|uses|that|which|"
            + "wherein|may|can)\\b");

    /** How claim 1 drafted from {@code abstractText} begins: "1. " + the abstract's subject + " comprising:". */
    public static Optional<String> claimFromAbstract(String abstractText) {
        Matcher m = ABSTRACT_SUBJECT.matcher(ClaimElements.normalize(abstractText.strip()));
        if (!m.find() || m.group(1).split("\\s+").length > MAX_ABSTRACT_WORDS) {
            return Optional.empty(); // "The present invention relates to ...": no subject to claim
        }
        String subject = m.group(1);
        return Optional.of("1. " + Character.toUpperCase(subject.charAt(0)) + subject.substring(1) + " comprising:");
    }

    private static Optional<Claim> firstIndependent(String claimsText) {
        ClaimSet set = ClaimSet.parse(claimsText);
        if (set.claims().isEmpty()) {
            return Optional.empty();
        }
        Claim c = set.claims().get(0);
        return c.isIndependent() && c.transition() != Transition.NONE && c.preamble().length() > 0
                ? Optional.of(c) : Optional.empty();
    }

    /** The claimed thing's name in a preamble ("An image forming device" -> "image forming device"). */
    static Optional<String> subject(String preamble) {
        String p = trimmed(preamble);
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

    private static String trimmed(String preamble) {
        return ClaimElements.normalize(preamble).replaceFirst("[,:;\\s]+$", "");
    }
}
