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
 * phrase (preferring one that opens a list with ":"), else "having", else "wherein". A phrase written around the
 * elements it lists (Chinese 由…组成, {@link SplitTransition}) is an open or closed phrase spanning its elements.
 */
final class TransitionFinder {

    record Found(Transition transition, int start, int end) {}

    private static final TransitionFinder DEFAULT = of(WordLists.defaults().get(WordLists.Kind.TRANSITIONS));

    private final Pattern[] tiers;
    private final Map<String, Transition> kinds;
    /** The characterising phrases alone ("characterised in that", "dadurch gekennzeichnet, dass"), or null. */
    private final Pattern characterizing;
    /** Every phrase of every rank, for one scan over a whole text ({@link #all}). */
    private final PhraseScan any;
    /** The phrases written around their elements ("由…组成"); they rank with the open and closed phrases. */
    private final List<SplitTransition> split;

    private TransitionFinder(Pattern[] tiers, Map<String, Transition> kinds, Pattern characterizing, PhraseScan any,
            List<SplitTransition> split) {
        this.tiers = tiers;
        this.kinds = kinds;
        this.characterizing = characterizing;
        this.any = any;
        this.split = split;
    }

    static TransitionFinder defaults() {
        return DEFAULT;
    }

    /** Builds a finder from "KIND phrase" lines. */
    static TransitionFinder of(List<String> lines) {
        Map<String, Transition> kinds = new HashMap<>();
        List<List<String>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<SplitTransition> split = new ArrayList<>();
        for (String line : lines) {
            String[] kv = line.strip().split("\\s+", 2);
            if (kv.length < 2) {
                continue;
            }
            Transition t = Transition.valueOf(kv[0].toUpperCase(Locale.ROOT));
            String phrase = kv[1].toLowerCase(Locale.ROOT);
            if (SplitTransition.isSplit(phrase)) {
                split.add(SplitTransition.of(t, phrase));
                continue;
            }
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
        return new TransitionFinder(p, kinds, alternatives(characterizing), new PhraseScan(List.copyOf(kinds.keySet())),
                List.copyOf(split));
    }

    /**
     * One pattern matching any of the phrases as whole words, longest first; null for none. A phrase in Chinese
     * ("其特征在于", "包括") has no word boundaries to match: Chinese is written without spaces. The phrases are grouped by
     * their first character ("c(?:omprising|onsisting of|...)|i(?:ncluding|...)"), so that a scan over a whole claim set
     * (the editor's highlighting) tries one branch per position, not every phrase.
     */
    private static Pattern alternatives(List<String> phrases) {
        if (phrases.isEmpty()) {
            return null;
        }
        List<String> alts = new ArrayList<>(phrases);
        alts.sort((a, b) -> b.length() - a.length()); // longest first: "consisting essentially of" before "consisting of"
        Map<Character, List<String>> byFirst = new java.util.LinkedHashMap<>();
        for (String a : alts) {
            byFirst.computeIfAbsent(a.charAt(0), k -> new ArrayList<>()).add(a);
        }
        // A first-character lookahead lets the scan skip most positions at once.
        StringBuilder first = new StringBuilder();
        for (char c : byFirst.keySet()) {
            first.append(Character.isLetterOrDigit(c) ? "" : "\\").append(c);
        }
        StringBuilder sb = new StringBuilder("(?=[" + first + "])(");
        boolean firstGroup = true;
        for (Map.Entry<Character, List<String>> e : byFirst.entrySet()) {
            char c = e.getKey();
            sb.append(firstGroup ? "" : "|").append(PhraseScan.isWordChar(c) ? "\\b" : "").append(Pattern.quote(String.valueOf(c)))
                    .append("(?:");
            firstGroup = false;
            List<String> rests = e.getValue();
            for (int k = 0; k < rests.size(); k++) {
                String a = rests.get(k);
                String rest = a.substring(1);
                sb.append(k > 0 ? "|" : "")
                        .append(rest.isEmpty() ? "" : Pattern.quote(rest).replace(" ", "\\E\\s+\\Q"))
                        .append(PhraseScan.isWordChar(a.charAt(a.length() - 1)) ? "\\b" : "");
            }
            sb.append(")");
        }
        return Pattern.compile(sb.append(")").toString());
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
        Found around = firstSplit(lower);
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
                return around != null && around.start() < first.start() ? around : first;
            }
        }
        if (around != null) {
            return around;
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


    /**
     * Every transitional phrase of {@code lower} (any text in lower case, a whole claim set too), whatever its rank,
     * in order and without overlaps: "comprising", "characterised in that", "wherein", "dadurch gekennzeichnet, dass",
     * "其特征在于", "包括"; of a split phrase its head and its tail each ("由", "组成").
     */
    List<Found> all(String lower) {
        List<Found> out = new ArrayList<>();
        for (PhraseScan.Hit h : any.all(lower)) { // longest first at each place: "其特征在于", not also "特征在于"
            out.add(new Found(kinds.getOrDefault(h.phrase(), Transition.COMPRISING), h.start(), h.end()));
        }
        if (!split.isEmpty()) {
            // "由" and "组成" each, not the elements between them
            for (SplitTransition st : split) {
                for (SplitTransition.Use u : st.all(lower)) {
                    out.add(new Found(st.transition(), u.headStart(), u.headEnd()));
                    out.add(new Found(st.transition(), u.tailStart(), u.tailEnd()));
                }
            }
            out.sort(java.util.Comparator.comparingInt(Found::start));
        }
        return out;
    }

    /** The first phrase written around its elements ("由A和B组成"), spanning them; null when none. */
    private Found firstSplit(String lower) {
        Found best = null;
        for (SplitTransition st : split) {
            SplitTransition.Use u = st.next(lower, 0);
            if (u != null && (best == null || u.headStart() < best.start())) {
                best = new Found(st.transition(), u.headStart(), u.tailEnd());
            }
        }
        return best;
    }

    private Found found(Matcher m) {
        String phrase = m.group(1).replaceAll("\\s+", " ");
        return new Found(kinds.getOrDefault(phrase, Transition.COMPRISING), m.start(1), m.end(1));
    }
}
