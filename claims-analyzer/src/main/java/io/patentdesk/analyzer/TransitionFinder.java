package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the transitional phrase of a claim (MPEP 2111.03) from the transitions word list: the first open or closed
 * phrase (preferring one that opens a list with ":"), else "having", else "wherein".
 */
final class TransitionFinder {

    record Found(Transition transition, int start, int end) {}

    private static final TransitionFinder DEFAULT = of(WordLists.defaults().get(WordLists.Kind.TRANSITIONS));

    private final Pattern[] tiers;
    private final Map<String, Transition> kinds;
    /** The characterising phrases alone ("characterised in that", "dadurch gekennzeichnet, dass"), or null. */
    private final Pattern characterizing;

    private TransitionFinder(Pattern[] tiers, Map<String, Transition> kinds, Pattern characterizing) {
        this.tiers = tiers;
        this.kinds = kinds;
        this.characterizing = characterizing;
    }

    static TransitionFinder defaults() {
        return DEFAULT;
    }

    /** Builds a finder from "KIND phrase" lines. */
    static TransitionFinder of(List<String> lines) {
        Map<String, Transition> kinds = new HashMap<>();
        List<List<String>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String line : lines) {
            String[] kv = line.strip().split("\\s+", 2);
            if (kv.length < 2) {
                continue;
            }
            Transition t = Transition.valueOf(kv[0].toUpperCase(Locale.ROOT));
            String phrase = kv[1].toLowerCase(Locale.ROOT);
            kinds.put(phrase, t);
            int tier = t == Transition.HAVING ? 1 : t == Transition.WHEREIN ? 2 : 0;
            tiers.get(tier).add(phrase);
        }
        Pattern[] p = new Pattern[3];
        for (int i = 0; i < 3; i++) {
            p[i] = alternatives(tiers.get(i));
        }
        List<String> characterizing = kinds.entrySet().stream()
                .filter(e -> e.getValue() == Transition.CHARACTERIZED_IN_THAT).map(Map.Entry::getKey).toList();
        return new TransitionFinder(p, kinds, alternatives(characterizing));
    }

    /**
     * One pattern matching any of the phrases as whole words, longest first; null for none. A phrase in Chinese
     * ("其特征在于", "包括") has no word boundaries to match: Chinese is written without spaces.
     */
    private static Pattern alternatives(List<String> phrases) {
        if (phrases.isEmpty()) {
            return null;
        }
        List<String> alts = new ArrayList<>(phrases);
        alts.sort((a, b) -> b.length() - a.length()); // longest first: "consisting essentially of" before "consisting of"
        // A first-letter lookahead lets the scan skip most positions without trying every alternative.
        StringBuilder first = new StringBuilder();
        for (String a : alts) {
            char c = a.charAt(0);
            if (first.indexOf(String.valueOf(c)) < 0) {
                first.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
            }
        }
        StringBuilder sb = new StringBuilder("(?=[" + first + "])(");
        for (int k = 0; k < alts.size(); k++) {
            String a = alts.get(k);
            sb.append(k > 0 ? "|" : "").append(isWordChar(a.charAt(0)) ? "\\b" : "")
                    .append(Pattern.quote(a).replace(" ", "\\E\\s+\\Q"))
                    .append(isWordChar(a.charAt(a.length() - 1)) ? "\\b" : "");
        }
        return Pattern.compile(sb.append(")").toString());
    }

    /** A character {@code \\b} sees as part of a word (ASCII letters and digits, as {@code \\w}). */
    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * The first characterising phrase in {@code lower} (the claim's content in lower case), whatever transition
     * comes before it: the two-part form (R. 43(1) EPC) puts it after the preamble's "comprising". Null when none.
     */
    Found characterizing(String lower) {
        if (characterizing == null) {
            return null;
        }
        Matcher m = characterizing.matcher(lower);
        return m.find() ? new Found(Transition.CHARACTERIZED_IN_THAT, m.start(1), m.end(1)) : null;
    }

    /** {@code lower} is the claim's content in lower case; returns null when no transition is found. */
    Found find(String lower) {
        if (tiers[0] != null) {
            Found first = null;
            Matcher m = tiers[0].matcher(lower);
            while (m.find()) {
                Found f = found(m);
                if (first == null) {
                    first = f;
                }
                int k = m.end();
                while (k < lower.length() && lower.charAt(k) == ' ') {
                    k++;
                }
                // "A kit comprising X, the kit comprising:" - the phrase that opens the list is the transition
                if (k < lower.length() && (lower.charAt(k) == ':' || lower.charAt(k) == '\uff1a')) {
                    return f;
                }
            }
            if (first != null) {
                return first;
            }
        }
        // "having" and "wherein" rank together: the earlier one separates preamble and body
        Found best = null;
        for (int i = 1; i < tiers.length; i++) {
            if (tiers[i] != null) {
                Matcher m = tiers[i].matcher(lower);
                if (m.find() && (best == null || m.start(1) < best.start())) {
                    best = found(m);
                }
            }
        }
        return best;
    }


    private Found found(Matcher m) {
        String phrase = m.group(1).replaceAll("\\s+", " ");
        return new Found(kinds.getOrDefault(phrase, Transition.COMPRISING), m.start(1), m.end(1));
    }
}
