package io.patentdesk.analyzer.text;

import java.util.Set;

/** Small, fixed facts about English words in claims: plurals, ordinals, words that end a noun phrase. */
public final class Words {

    private Words() {}

    public static final Set<String> ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "1st", "2nd", "3rd", "4th", "5th", "6th");

    /** Words that end a noun phrase: prepositions, conjunctions, verbs of being and having, relative words. */
    public static final Set<String> BOUNDARIES = Set.copyOf(java.util.List.of(
            "and/or", "or/and",
            "rather", "except", "prior", "due", "away", "made", "whether", "even", "instead", "until", "unless",
            "of", "for", "to", "in", "on", "at", "with", "by", "from", "into", "onto", "upon", "between", "through",
            "within", "across", "along", "around", "about", "above", "below", "under", "over", "after", "before",
            "during", "via", "against", "toward", "towards", "among", "beyond", "without", "behind", "beside",
            "besides", "throughout", "inside", "outside", "near", "beneath", "underneath", "per", "until", "since",
            "off", "up", "down", "out",
            "and", "or", "but", "nor", "so", "than", "as", "if", "while", "whereby", "wherein", "whereas", "where",
            "when", "which", "that", "who", "whom", "whose", "whereupon", "wherefrom", "whereon", "thereby",
            "thereof", "therein", "thereon", "therefrom", "thereto", "therewith", "therebetween", "thereafter", "is",
            "are", "was", "were", "be", "been", "being", "has", "have", "having", "had", "comprise", "comprises",
            "comprising", "comprised", "include", "includes", "including", "consisting", "consists", "contain",
            "contains", "containing", "does", "do", "did", "can", "may", "will", "shall", "should", "must", "could",
            "would", "might", "configured", "adapted", "arranged", "operable", "capable", "able", "such", "not",
            "then", "also", "further", "respectively", "each", "every", "both", "either", "neither", "only", "a",
            "an", "the", "said", "any", "all", "some", "no", "least", "one", "more", "most", "less", "its", "their",
            "it", "they", "them", "this", "these", "those", "there", "here", "other", "another", "same", "selected",
            "provided", "wherewith", "characterized", "characterised", "whereof", "according", "relative",
            "respective", "thus", "hence", "therefor", "therefore", "plurality", "number", "pair", "set", "series",
            "using", "based", "used"));

    public static boolean isOrdinal(String lower) {
        return ORDINALS.contains(lower);
    }

    public static boolean isBoundary(String lower) {
        return BOUNDARIES.contains(lower);
    }

    /** The singular of a lower-case noun, by the regular English rules that claim nouns follow. */
    public static String singular(String w) {
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !w.endsWith("ous")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Whether a lower-case noun looks plural ("levers", "assemblies"). */
    public static boolean looksPlural(String w) {
        return !singular(w).equals(w) && !w.endsWith("'s");
    }

    /** A stem that ties inflections together for spec support: "fastening", "fastened", "fasteners" -> "fasten". */
    public static String stem(String lower) {
        String w = singular(lower);
        int n = w.length();
        if (n > 5 && w.endsWith("ing")) {
            return w.substring(0, n - 3);
        }
        if (n > 4 && w.endsWith("ed")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("er")) {
            return w.substring(0, n - 2);
        }
        if (n > 4 && w.endsWith("e")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** Whether a word after a noun likely starts a verb or modifier phrase ("rotates", "extending", "fixedly"). */
    public static boolean looksVerbal(String lower) {
        return ingForm(lower) || lower.endsWith("ed") || lower.endsWith("ly") || lower.endsWith("s")
                || lower.endsWith("en") || BOUNDARIES.contains(lower);
    }

    /**
     * Suffixes that mark adjectives, which do not make a phrase a complete noun phrase on their own. Of the "-ar"
     * words only the adjective endings count ("circular", "linear", "planar"), not "gear" or "collar".
     */
    public static boolean looksAdjectival(String lower) {
        // "-ive" only past five letters: "active", "passive", but not "drive" or "five"
        return lower.endsWith("al") || lower.endsWith("ic") || lower.endsWith("ive") && lower.length() > 5
                || lower.endsWith("ous")
                || lower.endsWith("ular") || lower.endsWith("inear") || lower.endsWith("anar")
                || lower.endsWith("unar") || lower.endsWith("olar") || lower.endsWith("able") || lower.endsWith("ible") || lower.endsWith("ed")
                || ingForm(lower) || lower.indexOf('-') >= 0 || isOrdinal(lower);
    }

    /**
     * A verb's -ing form ("rotating", "being"); not a noun that only ends so ("spring", "string", "ring", "wing"):
     * what comes before "-ing" must have a vowel.
     */
    public static boolean ingForm(String lower) {
        if (!lower.endsWith("ing")) {
            return false;
        }
        for (int i = 0; i < lower.length() - 3; i++) {
            if ("aeiouy".indexOf(lower.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a word is a comparative as in "the higher the priority, the sooner ...": "more", "less", "fewer",
     * "better", "worse", or an "-er" form (the caller checks that "the" follows, which a noun in "-er" never has).
     */
    public static boolean looksComparative(String lower) {
        return lower.equals("more") || lower.equals("less") || lower.equals("fewer") || lower.equals("better")
                || lower.equals("worse") || lower.length() > 4 && lower.endsWith("er");
    }
}
