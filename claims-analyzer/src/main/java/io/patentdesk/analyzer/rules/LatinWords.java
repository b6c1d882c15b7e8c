package io.patentdesk.analyzer.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of German or French claim text with their offsets: runs of letters, hyphens inside a word kept
 * ("porte-outil", "Sicherungs-Element"), apostrophes splitting elided articles off ("l'hydrocyclone", "d'un").
 */
final class LatinWords {

    /** One word at [start, end) of the text. */
    record Word(int start, int end, String text) {}

    private LatinWords() {}

    static List<Word> of(String text, int from) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i))
                    || text.charAt(i) == '-' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)))) {
                i++;
            }
            out.add(new Word(start, i, text.substring(start, i)));
        }
        return out;
    }

    /** Whether only blanks and commas stand between two words: they belong to one phrase. */
    static boolean joined(String text, Word a, Word b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != ',') {
                return false;
            }
        }
        return true;
    }
}
