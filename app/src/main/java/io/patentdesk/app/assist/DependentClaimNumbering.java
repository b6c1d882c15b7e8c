package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts a drafted set of dependent claims where Accept appends it: numbered on after the matter's last claim, and
 * depending on the claim they were asked for. A model numbers its draft from what it saw (asked about claim 6 it wrote
 * "2. The device of claim 1, wherein ..."), so the numbers it writes are only a guide: each drafted claim gets the next
 * number, a reference to an earlier claim of the draft follows that claim's new number, and every other reference
 * (to claim 1, to the claim itself, to a number the matter does not have) becomes the parent. The claims are read by
 * the claims analyzer's parser, so labels like "Claim 2:" and references like "any one of claims 1 to 3" are found
 * exactly as the checker finds them.
 */
public final class DependentClaimNumbering {
    private DependentClaimNumbering() {
    }

    /**
     * {@code draft} renumbered from {@code first}, its references pointing at {@code parent} or at earlier claims of
     * the draft; the draft unchanged when it holds no claim.
     */
    public static String renumber(String draft, int first, int parent) {
        List<Claim> claims = ClaimSet.parse(draft).claims();
        if (claims.isEmpty()) {
            return draft;
        }
        Map<Integer, Integer> renumbered = new HashMap<>();
        List<Edit> edits = new ArrayList<>();
        int number = first;
        for (Claim c : claims) {
            Span label = c.numberSpan();
            if (label.length() == 0) {
                edits.add(new Edit(c.start(), c.start(), number + ". ")); // an unnumbered claim gets its number
            } else {
                edits.add(digitsIn(draft, label, number));
            }
            Span reference = c.referenceSpan();
            if (reference != null) {
                edits.addAll(references(draft, reference, renumbered, number, parent));
            }
            if (c.number() > 0) {
                renumbered.putIfAbsent(c.number(), number);
            }
            number++;
        }
        StringBuilder out = new StringBuilder(draft);
        edits.sort((a, b) -> Integer.compare(b.start, a.start)); // from the end: earlier offsets stay valid
        for (Edit e : edits) {
            if (e != null) {
                out.replace(e.start, e.end, e.text);
            }
        }
        return out.toString();
    }

    /**
     * Each number of a reference phrase: an earlier drafted claim's new number, else the parent. A phrase whose numbers
     * would then no longer rise ("claims 6 to 8" with 6 drafted and 8 not) names the parent alone.
     */
    private static List<Edit> references(String text, Span phrase, Map<Integer, Integer> earlier, int own, int parent) {
        List<Edit> edits = new ArrayList<>();
        int i = phrase.start();
        int last = 0;
        boolean rising = true;
        while (i < phrase.end()) {
            if (!Character.isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < phrase.end() && Character.isDigit(text.charAt(end))) {
                end++;
            }
            Integer mapped = earlier.get(parse(text.substring(i, end)));
            int target = mapped != null && mapped < own ? mapped : parent;
            rising &= target > last;
            last = target;
            edits.add(new Edit(i, end, Integer.toString(target)));
            i = end;
        }
        return rising ? edits : List.of(new Edit(phrase.start(), phrase.end(), "claim " + parent));
    }

    /** The first number in a label ("2.", "Claim 2:") replaced by {@code number}. */
    private static Edit digitsIn(String text, Span label, int number) {
        int i = label.start();
        while (i < label.end() && !Character.isDigit(text.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < label.end() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end == i ? new Edit(label.start(), label.start(), number + ". ") : new Edit(i, end, Integer.toString(number));
    }

    private static int parse(String digits) {
        return digits.length() > 9 ? -1 : Integer.parseInt(digits);
    }

    private record Edit(int start, int end, String text) {
    }
}
