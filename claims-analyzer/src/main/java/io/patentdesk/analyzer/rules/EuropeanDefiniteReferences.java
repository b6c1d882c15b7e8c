package io.patentdesk.analyzer.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the explicit back-references of a German or French claim and the noun each one names: "ledit premier bras",
 * "de ladite suspension", "der genannte Hebel", "die oben erwähnten Stäbe", "besagter Kolben". The definite article
 * alone is no such reference: both languages use it for first mentions too.
 */
final class EuropeanDefiniteReferences {

    /** At most this many words (ordinals, adjectives, "et") stand between the marker and its noun. */
    private static final int MAX_BETWEEN = 4;

    /**
     * One reference: the marker (with its article in German) at [markerStart, termStart), the words up to and with the
     * noun at [termStart, end). {@code ordinal}: an ordinal names which one ("ledit second bras"). {@code summing}: the
     * marker may sum up a list written under another name ("die vorgenannten Keime"). {@code plural}: the marker may
     * name several ("lesdites deux grandeurs", "die genannten Hebel"), which may be all of those numbered.
     */
    record Reference(EuropeanAntecedentWords words, int markerStart, int termStart, int end, String marker,
                     String noun, boolean ordinal, boolean summing, boolean plural) {
        String term(String text) {
            return text.substring(termStart, end);
        }
    }

    private EuropeanDefiniteReferences() {}

    /** The references among {@code words} of {@code text}, a claim in {@code lang}, left to right. */
    static List<Reference> find(String text, List<LatinWords.Word> words, EuropeanAntecedentWords lang) {
        List<Reference> out = new ArrayList<>();
        boolean french = lang == EuropeanAntecedentWords.FRENCH;
        for (int i = 0; i < words.size(); i++) {
            String w = lower(words.get(i));
            if (french && lang.isMarker(w)) {
                // "l'audit", "un audit": the noun, not "à le dit"
                if (i > 0 && (lower(words.get(i - 1)).equals("l") || lower(words.get(i - 1)).equals("un"))) {
                    continue;
                }
                add(out, text, words, i, words.get(i).start(), EuropeanAntecedentWords.FRENCH, false);
            } else if (!french && lang.isMarker(w)) {
                int start = i > 0 && EuropeanAntecedentWords.GERMAN.isArticle(lower(words.get(i - 1)))
                        && LatinWords.joined(text, words.get(i - 1), words.get(i)) ? words.get(i - 1).start()
                        : words.get(i).start();
                add(out, text, words, i, start, EuropeanAntecedentWords.GERMAN,
                        EuropeanAntecedentWords.GERMAN.isSummingMarker(w));
            } else if (!french && lang.isMarkerAfterArticle(w)) {
                germanParticiple(out, text, words, i);
            }
        }
        return out;
    }

    /** "der genannte Hebel", "die oben genannten Stäbe" (summing up); not "die in Anspruch 1 genannten", "so genannte". */
    private static void germanParticiple(List<Reference> out, String text, List<LatinWords.Word> words, int i) {
        EuropeanAntecedentWords de = EuropeanAntecedentWords.GERMAN;
        int a = i - 1;
        boolean adverb = a >= 0 && de.isAdverb(lower(words.get(a))) && LatinWords.joined(text, words.get(a), words.get(i));
        if (adverb) {
            a--;
        }
        if (a < 0 || !de.isArticle(lower(words.get(a))) || !LatinWords.joined(text, words.get(a), words.get(a + 1))) {
            return;
        }
        add(out, text, words, i, words.get(a).start(), de, adverb);
    }

    private static void add(List<Reference> out, String text, List<LatinWords.Word> words, int marker, int markerStart,
                            EuropeanAntecedentWords lang, boolean summing) {
        boolean ordinal = false;
        int j = marker + 1;
        while (j < words.size() && j - marker <= MAX_BETWEEN && LatinWords.joined(text, words.get(j - 1), words.get(j))
                && between(lang, words.get(j))) {
            ordinal |= lang.isOrdinal(lower(words.get(j)));
            j++;
        }
        if (j >= words.size() || j - marker > MAX_BETWEEN + 1
                || !LatinWords.joined(text, words.get(j - 1), words.get(j))) {
            return;
        }
        LatinWords.Word noun = words.get(j);
        String n = lower(noun);
        boolean isNoun = lang.language() == EuropeanAntecedentWords.Language.GERMAN
                ? Character.isUpperCase(noun.text().charAt(0)) : noun.text().length() >= 2;
        if (!isNoun || lang.isClaimWord(n) || lang.isMarker(n) || lang.isArticle(n)) {
            return;
        }
        int termStart = marker + 1 < words.size() ? words.get(marker + 1).start() : noun.start();
        String m = text.substring(markerStart, words.get(marker).end());
        out.add(new Reference(lang, markerStart, termStart, noun.end(), m, noun.text(), ordinal, summing,
                lang.isPlural(m.toLowerCase(Locale.ROOT))));
    }

    /** Words between marker and noun: ordinals, the few words the language lists, German lower-case adjectives. */
    private static boolean between(EuropeanAntecedentWords lang, LatinWords.Word w) {
        String l = lower(w);
        return lang.isOrdinal(l) || lang.isSkipped(l) || lang.isGermanAdjective(w.text());
    }

    static String lower(LatinWords.Word w) {
        return w.text().toLowerCase(Locale.ROOT);
    }
}
