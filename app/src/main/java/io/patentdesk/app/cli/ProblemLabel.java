package io.patentdesk.app.cli;

import java.util.Set;

/**
 * One antecedent-basis problem marked by hand in a claim set of the evaluation set.
 *
 * @param claim      the claim number
 * @param phrase     the words as written ("the controller"), exactly {@code claims.substring(start, end)}
 * @param start      offset into the set's claims text
 * @param end        one past the last character
 * @param kind       one of {@link #KINDS}
 * @param confidence "certain" (an examiner would clearly cite it) or "possible" (debatable)
 * @param reason     why it is a problem, in a few words
 */
record ProblemLabel(int claim, String phrase, int start, int end, String kind, String confidence, String reason) {

    /** The kinds of problem the guidelines (eval/README.md) distinguish. */
    static final Set<String> KINDS = Set.of("no-antecedent", "ambiguous", "plural-to-singular", "acronym", "part-of",
            "dependency-category");

    static final Set<String> CONFIDENCES = Set.of("certain", "possible");

    boolean certain() {
        return confidence.equals("certain");
    }
}
