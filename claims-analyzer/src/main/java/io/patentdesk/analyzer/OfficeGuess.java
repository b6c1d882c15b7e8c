package io.patentdesk.analyzer;

import java.util.regex.Pattern;

/**
 * The office a document was most likely written for, from its language and form, for when the user names none:
 * Chinese claims go to the CNIPA, Japanese to the JPO, an EP publication or German or French claims to the EPO,
 * anything else to the USPTO.
 */
public final class OfficeGuess {

    /** Words that only German or French claims use; one is enough, English claims never carry them. */
    private static final Pattern GERMAN_OR_FRENCH = Pattern.compile(
            "(?iu)\\b(?:Anspruch|Ansprüche|Ansprüchen|dadurch gekennzeichnet|revendications?|caractérisée?s? (?:en ce que|par))\\b");
    /** An EP publication number as file name, e.g. "EP1566386B1.txt". */
    private static final Pattern EP_NAME = Pattern.compile("(?i)EP\\s?\\d{6,7}.*");
    /** How much of the claims is looked at; enough for the language, bounded for huge files. */
    private static final int SAMPLE = 20_000;

    private OfficeGuess() {}

    /** The office for {@code doc}; {@code fileName} may be null. */
    public static Office of(Document doc, String fileName) {
        String claims = doc.claims();
        String sample = claims.length() > SAMPLE ? claims.substring(0, SAMPLE) : claims;
        int han = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            switch (s) {
                case HAN -> han++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        // Kana only occur in Japanese, and a few of them are enough (JapaneseText); many Han characters without kana
        // are Chinese. A few Han characters in English claims (a compound's name) do not count: the script
        // has to outweigh the Latin letters.
        if (JapaneseText.isJapaneseText(sample)) {
            return Office.JPO;
        }
        if (han >= 10 && han * 3 > latin) {
            return Office.CNIPA;
        }
        if (fileName != null && EP_NAME.matcher(fileName).matches() || GERMAN_OR_FRENCH.matcher(sample).find()) {
            return Office.EPO;
        }
        return Office.USPTO;
    }
}
