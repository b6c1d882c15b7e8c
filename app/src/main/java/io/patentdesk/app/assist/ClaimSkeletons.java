package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimCategory;
import io.patentdesk.analyzer.ClaimGrammar;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Transition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drafts an independent claim in the other statutory categories (method, system, computer-readable medium), the
 * usual set a US application claims: same steps, same order, same words. Deterministic; no model involved.
 * A structural claim (a hinge) gets a method of making it; functions are needed for a system or medium claim.
 */
public final class ClaimSkeletons {
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\s(for|of)\\s+(.+?)\\s*(?:,\\s*(?:the|said)\\s+\\w+)?"
            + "\\s*,?\\s*$");

    private ClaimSkeletons() {
    }

    /** Skeletons for every independent claim of {@code claimsText}, in claim order. */
    public static List<ClaimSkeleton> forAll(String claimsText) {
        ClaimSet set = ClaimSet.parse(claimsText);
        List<ClaimSkeleton> out = new ArrayList<>();
        for (Claim c : set.claims()) {
            if (c.isIndependent()) {
                out.addAll(from(c, claimsText));
            }
        }
        return out;
    }

    /** Skeletons of {@code claim} (an independent claim parsed from {@code claimsText}) in the other categories. */
    public static List<ClaimSkeleton> from(Claim claim, String claimsText) {
        ClaimCategory source = claim.category();
        Optional<List<String>> steps = ClaimOperations.of(claim, claimsText);
        String purpose = purpose(claim, claimsText);
        List<ClaimSkeleton> out = new ArrayList<>();
        if (steps.isPresent()) {
            List<String> s = steps.get();
            if (source != ClaimCategory.METHOD) {
                out.add(new ClaimSkeleton(ClaimCategory.METHOD, claim.number(), method(purpose, s)));
            }
            if (source != ClaimCategory.SYSTEM && source != ClaimCategory.APPARATUS) {
                out.add(new ClaimSkeleton(ClaimCategory.SYSTEM, claim.number(), system(purpose, s)));
            }
            if (source != ClaimCategory.COMPUTER_READABLE_MEDIUM) {
                out.add(new ClaimSkeleton(ClaimCategory.COMPUTER_READABLE_MEDIUM, claim.number(), medium(purpose, s)));
            }
        } else if (source == ClaimCategory.APPARATUS || source == ClaimCategory.SYSTEM
                || source == ClaimCategory.COMPOSITION) {
            List<String> elements = ClaimElements.split(ClaimElements.normalize(claim.body().of(claimsText))
                    .replaceFirst("^:\\s*", ""));
            if (elements.stream().anyMatch(e -> !opensWithWherein(e))) {
                out.add(new ClaimSkeleton(ClaimCategory.METHOD, claim.number(), methodOfMaking(claim, claimsText,
                        elements)));
            }
        }
        return out;
    }

    static String method(String purpose, List<String> steps) {
        return "A method" + (purpose.isEmpty() ? "" : " " + purpose + ",") + " comprising:\n"
                + ClaimElements.join(steps) + ".";
    }

    static String system(String purpose, List<String> steps) {
        return "A system" + (purpose.isEmpty() ? "" : " " + purpose + ",") + " comprising:\n"
                + "one or more processors; and\n"
                + "memory storing instructions that, when executed by the one or more processors, cause the system "
                + "to perform operations comprising:\n" + ClaimElements.join(steps) + ".";
    }

    static String medium(String purpose, List<String> steps) {
        return "A non-transitory computer-readable medium storing instructions that, when executed by one or more "
                + "processors, cause the one or more processors to perform operations"
                + (purpose.isEmpty() ? "" : " " + purpose + ", the operations") + " comprising:\n"
                + ClaimElements.join(steps) + ".";
    }

    private static String methodOfMaking(Claim claim, String claimsText, List<String> elements) {
        String subject = ClaimElements.normalize(claim.preamble().of(claimsText)).replaceFirst("[,:\\s]+$", "")
                .replaceFirst("(?i)^(?:a|an|the)\\s+", "");
        // Limitations on the whole ("wherein the ratio is ...") qualify the method, they are not parts to provide.
        List<String> steps = elements.stream().filter(e -> !opensWithWherein(e))
                .map(e -> "providing " + e).toList();
        List<String> whereins = elements.stream().filter(ClaimSkeletons::opensWithWherein).toList();
        return "A method of making " + article(subject) + subject + ", the method comprising:\n"
                + ClaimElements.join(steps) + (whereins.isEmpty() ? "" : ";\n" + String.join(";\n", whereins)) + ".";
    }

    /** "for visualizing a registered image" from "A method for visualizing a registered image, the method". */
    static String purpose(Claim claim, String claimsText) {
        String preamble = ClaimElements.normalize(claim.preamble().of(claimsText));
        if (claim.category() == ClaimCategory.COMPUTER_READABLE_MEDIUM) {
            return ""; // "a medium storing a program for ..." names the medium, not the operations' purpose
        }
        Matcher m = PURPOSE.matcher(preamble);
        if (!m.find()) {
            return "";
        }
        String p = m.group(1).toLowerCase(Locale.ROOT) + " " + m.group(2);
        return p.split(" ").length > 15 ? "" : p;
    }

    /** An element that limits the whole ("wherein the ratio is ...", "whereby ..."): the analyzer's WHEREIN phrases. */
    private static boolean opensWithWherein(String element) {
        List<ClaimGrammar.Phrase> phrases = ClaimGrammar.defaults().find(element).transitions();
        return !phrases.isEmpty() && phrases.get(0).start() == 0 && phrases.get(0).transition() == Transition.WHEREIN;
    }

    private static String article(String noun) {
        return noun.isEmpty() ? "" : "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }
}
