package io.patentdesk.app.cli;

import io.patentdesk.analyzer.ClaimTree;
import io.patentdesk.analyzer.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Pairs the analyzer's findings on one labelled claim set with the hand labels, one to one. A finding and a label
 * pair when they are in the same claim and their spans overlap; labels left over then pair with a finding in the
 * same claim whose phrase has the same head noun ("the first gear" / "said gears"). A finding left over is a repeat
 * when a label with its head noun sits in its claim or a claim it depends on (the same problem reported again, which
 * is neither a hit nor a false alarm); otherwise it is a false alarm.
 */
final class LabelMatcher {

    /** One finding paired with the label it hits. */
    record Hit(ProblemLabel label, Finding finding) {}

    /** How the findings of one claim set compare with its labels. */
    record Outcome(List<Hit> hits, List<ProblemLabel> misses, List<Finding> falseAlarms, List<Finding> repeats) {}

    /** Where a phrase's head noun ends: before a preposition, a conjunction, a comma or a reference numeral. */
    private static final Pattern HEAD_END = Pattern.compile(
            "\\s*(?:\\(|,|;|\\b(?:of|in|on|for|to|with|from|at|by|and|or|according|as|which|that|being)\\b).*$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

    private LabelMatcher() {}

    /**
     * @param set      the labelled set
     * @param findings the findings of the chosen rules (offsets into {@code set.claims()})
     * @param tree     the analyzer's claim tree of the set, for repeats in dependent claims
     */
    static Outcome match(LabelledClaimSet set, List<Finding> findings, ClaimTree tree) {
        List<Finding> open = new ArrayList<>();
        for (Finding f : findings) {
            if (f.claim() == null || !set.excluded().containsKey(f.claim())) {
                open.add(f);
            }
        }
        List<Hit> hits = new ArrayList<>();
        List<ProblemLabel> unmatched = new ArrayList<>();
        for (ProblemLabel l : set.labels()) {
            Finding best = null;
            int bestOverlap = 0;
            for (Finding f : open) {
                int overlap = Math.min(f.end(), l.end()) - Math.max(f.start(), l.start());
                if (sameClaim(f, l) && overlap > bestOverlap) {
                    best = f;
                    bestOverlap = overlap;
                }
            }
            if (best != null) {
                open.remove(best);
                hits.add(new Hit(l, best));
            } else {
                unmatched.add(l);
            }
        }
        List<ProblemLabel> misses = new ArrayList<>();
        for (ProblemLabel l : unmatched) {
            String head = headNoun(l.phrase());
            Finding same = open.stream().filter(f -> sameClaim(f, l) && head.equals(headNoun(phrase(set, f))))
                    .findFirst().orElse(null);
            if (same != null) {
                open.remove(same);
                hits.add(new Hit(l, same));
            } else {
                misses.add(l);
            }
        }
        List<Finding> falseAlarms = new ArrayList<>();
        List<Finding> repeats = new ArrayList<>();
        for (Finding f : open) {
            (isRepeat(set, f, tree) ? repeats : falseAlarms).add(f);
        }
        return new Outcome(hits, misses, falseAlarms, repeats);
    }

    private static boolean isRepeat(LabelledClaimSet set, Finding f, ClaimTree tree) {
        if (f.claim() == null) {
            return false;
        }
        String head = headNoun(phrase(set, f));
        for (ProblemLabel l : set.labels()) {
            if (head.equals(headNoun(l.phrase()))
                    && (l.claim() == f.claim() || tree.ancestors(f.claim()).contains(l.claim()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameClaim(Finding f, ProblemLabel l) {
        return f.claim() != null && f.claim() == l.claim();
    }

    /** The words a finding marks, or its term when it marks none. */
    static String phrase(LabelledClaimSet set, Finding f) {
        if (f.end() > f.start() && f.end() <= set.claims().length()) {
            return set.claims().substring(f.start(), f.end());
        }
        return f.term() == null ? "" : f.term();
    }

    /**
     * The head noun of a definite noun phrase, lower case and crudely singular: "the first gears of the train" gives
     * "gear", "said spoke ( 2 )" gives "spoke", "The method of claim 1" gives "method".
     */
    static String headNoun(String phrase) {
        String s = HEAD_END.matcher(phrase.toLowerCase(Locale.ROOT)).replaceFirst("");
        String[] words = NON_WORD.split(s.strip());
        String last = "";
        for (String w : words) {
            if (!w.isEmpty() && !w.equals("the") && !w.equals("said")) {
                last = w;
            }
        }
        return singular(last);
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
