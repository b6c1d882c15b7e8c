package io.patentdesk.editor.spell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a matter's own text introduces, which a general dictionary cannot know: the name before a reference
 * numeral ("thermocoupler 12", "spring-clip 14a", "(16)"), a term defined in quotes ("hereinafter \u201cthe
 * frobnicator\u201d") and an abbreviation spelled out in parentheses ("(PWM)" is skipped anyway; its words are not).
 * Only the word right before a numeral counts: a misspelt adjective before it ("recieving member 14") still shows.
 */
public final class IntroducedTerms {
    /** A word, possibly hyphenated, then a reference numeral: "lever 12", "clip 14a", "arm 16'", "lever (12)". */
    private static final Pattern BEFORE_NUMERAL = Pattern.compile(
            "(\\p{IsLatin}[\\p{IsLatin}'\u2019-]*)[ \\u00a0]+\\(?\\d{1,4}[a-z]?'{0,2}\\)?(?![\\w.,]\\d)(?![\\w%\\u00b0])");
    /** A term defined in quotes, up to four words. */
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c](\\p{IsLatin}[\\p{IsLatin}' -]{0,60})[\"\u201d]");

    private IntroducedTerms() {
    }

    /** The introduced words of {@code text}, split as {@link SpellingTokens} splits them. */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        collect(BEFORE_NUMERAL.matcher(text), words);
        collect(QUOTED.matcher(text), words);
        return words;
    }

    private static void collect(Matcher m, List<String> out) {
        while (m.find()) {
            SpellingTokens.forEach(m.group(1), w -> out.add(w.word()));
        }
    }
}
