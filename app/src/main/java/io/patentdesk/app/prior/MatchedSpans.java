package io.patentdesk.app.prior;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A chart passage cut into stretches shown plain and stretches highlighted: the words that matched the claim element
 * ({@link ClaimChart.Match#words()}). Whole words of a spaced script, and the matched words of a Chinese passage
 * wherever they occur (Chinese has no spaces to bound a word). The DOCX chart and the app's chart list both draw from
 * it, so they highlight the same words.
 */
public final class MatchedSpans {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    /** A stretch of the passage, highlighted or not; the stretches in order make up the passage. */
    public record Span(String text, boolean matched) {
    }

    private MatchedSpans() {
    }

    /** The passage as stretches, adjacent plain text in one stretch and each matched word in its own. */
    public static List<Span> of(String passage, Collection<String> words) {
        Set<String> wanted = Set.copyOf(words);
        Matcher m = (TextScript.of(passage) == TextScript.CHINESE ? anyOf(wanted) : WORD).matcher(passage);
        List<Span> out = new ArrayList<>();
        int plainFrom = 0;
        while (m.find()) {
            if (wanted.contains(m.group())) {
                if (m.start() > plainFrom) {
                    out.add(new Span(passage.substring(plainFrom, m.start()), false));
                }
                out.add(new Span(m.group(), true));
                plainFrom = m.end();
            }
        }
        if (plainFrom < passage.length()) {
            out.add(new Span(passage.substring(plainFrom), false));
        }
        return out;
    }

    /** Any of the words, the longest first where one contains another; matches nothing when there are none. */
    private static Pattern anyOf(Set<String> words) {
        if (words.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|")));
    }
}
