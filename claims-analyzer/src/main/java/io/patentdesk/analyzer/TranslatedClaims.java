package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The claims of a European patent in its other official languages: an EP B publication gives them after the claims in
 * the language of the proceedings, each set under its own heading ("... in a computer. Ansprüche\n1. Antwortgerät").
 * The checker reads English, so the set with the most English words is kept and the others are blanked: counted as
 * more claims they would repeat every number.
 */
final class TranslatedClaims {

    /** A claims heading right before a claim 1, tried where a line or sentence starts ({@link SentenceStarts}). */
    private static final Pattern HEADING = Pattern.compile("(Patentansprüche|Ansprüche"
            + "|ANSPRÜCHE|Revendications|REVENDICATIONS|Reivindicaciones|Rivendicazioni|Conclusies|Patentkrav|Claims|CLAIMS)"
            + "[ \\t]*:?\\s*(?=1[ \\t]*[.)])");

    /** A claim number at a line start. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*\\d{1,3}[ \\t]*[.)][ \\t]+\\S");

    private TranslatedClaims() {}

    static void blank(AnalysisText t) {
        String s = t.written();
        List<Integer> starts = new ArrayList<>();
        Matcher m = HEADING.matcher(s);
        Matcher label = LABEL.matcher(s);
        SentenceStarts.each(s, at -> {
            char c = s.charAt(at);
            // only after claims: "What is claimed is:\nCLAIMS\n1. A lamp" has one set of claims
            if ((c == 'P' || c == 'A' || c == 'R' || c == 'C') && m.region(at, s.length()).lookingAt()
                    && label.region(0, at).find()) {
                starts.add(at);
            }
            return true;
        });
        if (starts.isEmpty()) {
            return;
        }
        starts.add(0, 0);
        int keep = 0;
        int best = -1;
        for (int i = 0; i < starts.size(); i++) {
            int english = englishWords(s, starts.get(i), end(starts, i, s));
            if (english > best) {
                best = english;
                keep = i;
            }
        }
        for (int i = 0; i < starts.size(); i++) {
            if (i != keep) {
                int from = starts.get(i);
                t.blank(from, end(starts, i, s), AnalysisText.Blank.JUNK);
                int heading = i == 0 ? from : from + headingLength(s, from);
                t.spot(InputQuality.Kind.OTHER_LANGUAGE, from, i == 0 ? Math.min(from + 20, end(starts, i, s)) : heading);
            }
        }
    }

    private static int end(List<Integer> starts, int i, String s) {
        return i + 1 < starts.size() ? starts.get(i + 1) : s.length();
    }

    private static int headingLength(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isLetter(s.charAt(k))) {
            k++;
        }
        return k - from;
    }

    /** Occurrences of "the", "of" and "wherein" as words: enough to tell English claims from their translations. */
    private static int englishWords(String s, int from, int to) {
        int n = 0;
        String lower = s.substring(from, to).toLowerCase(Locale.ROOT);
        for (String w : new String[] {" the ", " of ", " wherein "}) {
            for (int i = lower.indexOf(w); i >= 0; i = lower.indexOf(w, i + 1)) {
                n++;
            }
        }
        return n;
    }
}
