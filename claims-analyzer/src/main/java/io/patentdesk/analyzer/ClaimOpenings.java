package io.patentdesk.analyzer;

import java.util.List;
import java.util.Locale;

/**
 * Claims whose opening words were lost in copying, as in scraped claim sets where "4. The hub of claim 3, wherein"
 * is gone and "the outer periphery of the braking base has ..." remains: the claim begins in lower case (or with a
 * list item, "(a)") and its first clause names no claim it depends on. Unless every claim of the set is written in
 * lower case, such a claim is taken as cut off; in an all lower-case set only one that starts with a word no claim
 * starts with ("the", "wherein", "and") or whose first clause has no transition ("comprising") is. Its terms cannot be resolved, so its findings are not reported.
 */
final class ClaimOpenings {

    /** How far the first clause is read for a transition or a claim reference. */
    private static final int CLAUSE = 300;

    private ClaimOpenings() {}

    /** Adds an OPENING_MISSING spot (offsets into the claims text) for each cut-off claim. */
    static void findLost(List<Claim> claims, TransitionFinder transitions, int origin, List<InputQuality.Spot> spots) {
        boolean anyCapital = false;
        for (Claim c : claims) {
            int k = firstCharacter(c);
            if (!c.isCanceled() && k >= 0 && Character.isUpperCase(c.analysisText().charAt(k))) {
                anyCapital = true;
                break;
            }
        }
        for (Claim c : claims) {
            int k = firstCharacter(c);
            if (c.isCanceled() || k < 0) {
                continue;
            }
            String text = c.analysisText();
            boolean listItem = startsWithListItem(text, k);
            if (!listItem && !Character.isLowerCase(text.charAt(k))) {
                continue;
            }
            String clause = firstClause(text, k).toLowerCase(Locale.ROOT);
            if (clause.contains("claim")) {
                continue; // "the lamp of claim 1, wherein": written in lower case, but whole
            }
            if (listItem || anyCapital || continues(clause) || transitions.find(clause) == null) {
                int from = c.start() - origin + k;
                spots.add(new InputQuality.Spot(InputQuality.Kind.OPENING_MISSING,
                        new Span(from, Math.min(c.end() - origin, from + 40)), c.number()));
            }
        }
    }

    /** A first word no claim starts with: it continues a sentence ("the belt ply ...", "wherein ..."). */
    private static boolean continues(String clause) {
        int end = 0;
        while (end < clause.length() && Character.isLetter(clause.charAt(end))) {
            end++;
        }
        return switch (clause.substring(0, end)) {
            case "the", "said", "wherein", "whereby", "and", "or", "when", "where", "which", "that", "such" -> true;
            default -> false;
        };
    }

    /** Offset in the claim's text of its first character after the label, or -1 when it has none. */
    private static int firstCharacter(Claim c) {
        String text = c.analysisText();
        for (int k = c.contentStart() - c.start(); k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return k;
            }
        }
        return -1;
    }

    /** "(a)", "(i)", "a)", "a." at the start: an element of a list, not the start of a claim. */
    private static boolean startsWithListItem(String text, int k) {
        int i = text.charAt(k) == '(' ? k + 1 : k;
        int letters = i;
        while (i < text.length() && Character.isLowerCase(text.charAt(i)) && i - letters < 4) {
            i++;
        }
        if (i == letters || i >= text.length()) {
            return false;
        }
        char close = text.charAt(i);
        boolean roman = text.substring(letters, i).matches("[ivx]+");
        if (!roman && i - letters > 1) {
            return false;
        }
        return close == ')' || close == '.' && text.charAt(k) != '(' && i + 1 < text.length()
                && Character.isWhitespace(text.charAt(i + 1));
    }

    private static String firstClause(String text, int k) {
        int end = Math.min(text.length(), k + CLAUSE);
        for (int i = k; i < end; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '\n') {
                return text.substring(k, i);
            }
        }
        return text.substring(k, end);
    }
}
