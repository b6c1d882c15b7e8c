package io.patentdesk.analyzer.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the German and French antecedent check needs, one instance per language ({@code antecedent-de.txt},
 * {@code antecedent-fr.txt}): the markers that say a thing was named before, the ordinals, the words passed over
 * between marker and noun, the nouns that name claims; and how the language inflects a noun, so that "des réacteurs"
 * is a basis for "ledit réacteur" and "einem Hebel" one for "die genannten Hebel". Loaded once; immutable.
 */
final class EuropeanAntecedentWords {

    enum Language { GERMAN, FRENCH }

    static final EuropeanAntecedentWords GERMAN = load(Language.GERMAN, "antecedent-de.txt");
    static final EuropeanAntecedentWords FRENCH = load(Language.FRENCH, "antecedent-fr.txt");

    /** German case and plural endings, tried on every noun; the stem left must keep at least 3 letters. */
    private static final String[] GERMAN_ENDINGS = {"e", "en", "er", "es", "em", "n", "s", "ern", "ens", "nen"};
    private static final int MIN_STEM = 3;

    private final Language language;
    private final Map<String, Set<String>> sections;

    private EuropeanAntecedentWords(Language language, Map<String, Set<String>> sections) {
        this.language = language;
        this.sections = sections;
    }

    Language language() {
        return language;
    }

    /** A marker that stands alone ("ledit", "besagter") or sums up a list ("vorgenannten"). */
    boolean isMarker(String lower) {
        return has("markers", lower) || isSummingMarker(lower);
    }

    /** A participle that is a marker only right after an article ("der genannte"). */
    boolean isMarkerAfterArticle(String lower) {
        return has("markers-after-article", lower);
    }

    boolean isSummingMarker(String lower) {
        return has("summing-markers", lower);
    }

    /**
     * Whether a marker (with its article) may name several things: French "lesdits", "desdites", "auxdits" (the
     * plural-markers); German a participle in -en after "die", "den", "der" or none ("die genannten Hebel"; "der
     * genannten" is also a genitive plural).
     */
    boolean isPlural(String lowerMarker) {
        if (language == Language.FRENCH) {
            return has("plural-markers", lowerMarker);
        }
        return lowerMarker.endsWith("en") && !lowerMarker.startsWith("dem ") && !lowerMarker.startsWith("des ");
    }

    boolean isArticle(String lower) {
        return has("articles", lower);
    }

    boolean isAdverb(String lower) {
        return has("adverbs", lower);
    }

    boolean isOrdinal(String lower) {
        return has("ordinals", lower);
    }

    boolean isSkipped(String lower) {
        return has("skipped", lower);
    }

    boolean isClaimWord(String lower) {
        return has("claim-words", lower);
    }

    /**
     * The language a claim is written in, of these two: the one of whose function words it writes at least two and
     * more than of the other's; null for an English claim ("an audit of the ledger" has no French marker).
     */
    static EuropeanAntecedentWords of(List<LatinWords.Word> words) {
        int de = 0;
        int fr = 0;
        for (LatinWords.Word w : words) {
            String l = w.text().toLowerCase(Locale.ROOT);
            de += GERMAN.has("function-words", l) ? 1 : 0;
            fr += FRENCH.has("function-words", l) ? 1 : 0;
        }
        return de >= 2 && de > fr ? GERMAN : fr >= 2 && fr > de ? FRENCH : null;
    }

    /**
     * Whether a German word is a lower-case attributive adjective, as after an article: it ends in -e, -en, -er, -es or
     * -em ("der genannte drehbare Hebel", "ein erster Hebel"); articles end so too and are not.
     */
    boolean isGermanAdjective(String word) {
        if (language != Language.GERMAN || word.isEmpty() || Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String l = word.toLowerCase(Locale.ROOT);
        return !isArticle(l) && (l.endsWith("e") || l.endsWith("en") || l.endsWith("er") || l.endsWith("es")
                || l.endsWith("em"));
    }

    /** One key per ordinal whatever its ending or gender: "premier"/"première", "erste"/"ersten". */
    static String ordinalKey(String lower) {
        return lower.length() <= 4 ? lower : lower.substring(0, 4);
    }

    /** How the message suggests introducing a noun. */
    String introducers() {
        return language == Language.GERMAN ? "ein, eine, mehrere" : "un, une, des";
    }

    /**
     * The forms a noun is keyed by: two nouns are one where their forms meet. French: the plural -s and -x dropped,
     * -aux read as -al ("signaux", "signal"). German: lower case without umlauts (Rad, Räder) and hyphens, with each
     * case or plural ending dropped (Hebel, Hebeln; Element, Elemente, Elementen).
     */
    Set<String> forms(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        if (language == Language.FRENCH) {
            out.add(w);
            if (w.length() > MIN_STEM && (w.endsWith("s") || w.endsWith("x"))) {
                out.add(w.substring(0, w.length() - 1));
            }
            if (w.length() > MIN_STEM + 1 && w.endsWith("aux")) {
                out.add(w.substring(0, w.length() - 3) + "al");
            }
            return out;
        }
        w = w.replace("ä", "a").replace("ö", "o").replace("ü", "u").replace("-", "");
        out.add(w);
        for (String e : GERMAN_ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= MIN_STEM) {
                out.add(w.substring(0, w.length() - e.length()));
            }
        }
        return out;
    }

    /**
     * Whether one noun is a compound ending in the other (German: "Schalthebel" and "Hebel"): then they may name one
     * thing or two, which the reader has to judge. The shorter must keep 4 letters, the longer add 3.
     */
    boolean compoundOf(Set<String> a, Set<String> b) {
        if (language != Language.GERMAN) {
            return false;
        }
        for (String x : a) {
            for (String y : b) {
                String longer = x.length() >= y.length() ? x : y;
                String shorter = longer == x ? y : x;
                if (shorter.length() >= 4 && longer.length() >= shorter.length() + 3 && longer.endsWith(shorter)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean has(String section, String lower) {
        return sections.getOrDefault(section, Set.of()).contains(lower);
    }

    private static EuropeanAntecedentWords load(Language language, String file) {
        Map<String, Set<String>> sections = new HashMap<>();
        String section = "";
        try (InputStream in = EuropeanAntecedentWords.class.getResourceAsStream("/io/patentdesk/analyzer/" + file);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                if (l.startsWith("[") && l.endsWith("]")) {
                    section = l.substring(1, l.length() - 1);
                } else {
                    sections.computeIfAbsent(section, k -> new HashSet<>()).add(l.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is unreadable", e);
        }
        sections.replaceAll((k, v) -> Set.copyOf(v));
        return new EuropeanAntecedentWords(language, Map.copyOf(sections));
    }
}
