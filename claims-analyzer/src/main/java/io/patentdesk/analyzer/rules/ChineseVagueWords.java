package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.ChineseText;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the vague words of the Chinese list ({@code indefinite-terms-zh.txt}) in a claim. Chinese has no blanks, so a
 * term is found inside the text; the list's markers keep the short terms from matching inside other words: "约#" only
 * before a number (not 约束, 节约), "等$" only before punctuation or the end (not 等于, 等离子, 相等).
 */
final class ChineseVagueWords {

    /** One list entry: the characters, and what must follow them. */
    private record Term(String text, boolean beforeNumber, boolean beforePunctuation, boolean afterList) {}

    /** A term found at [start, end) of the searched text. */
    record Match(int start, int end, String term) {}

    /** Words that end in 等 and are not "etc.": 相等 (equal), 不等 (unequal), 中等 (medium) ... */
    private static final String NOT_ETC_BEFORE = "相均对平同不高中初上次";
    /** What follows 等 in words that are not "etc.": 等于, 等离子, 等级, 等分, 等距, 等径, 等边, 等效, 等量 ... */
    private static final String NOT_ETC_AFTER = "于离级分距径边效量同比温压待候腰高宽厚长";

    private final List<Term> terms = new ArrayList<>();

    ChineseVagueWords(List<String> entries) {
        for (String e : entries) {
            boolean number = e.endsWith("#");
            boolean punct = e.endsWith("$");
            boolean list = e.endsWith("&");
            String t = number || punct || list ? e.substring(0, e.length() - 1).strip() : e;
            if (!t.isEmpty()) {
                terms.add(new Term(t, number, punct, list));
            }
        }
        // the longer term first where two start at one place: "等等" before "等"
        terms.sort((a, b) -> b.text().length() - a.text().length());
    }

    /** The terms in {@code text} from {@code from} on, left to right, not overlapping. */
    List<Match> find(String text, int from) {
        List<Match> out = new ArrayList<>();
        for (int i = from; i < text.length(); i++) {
            for (Term t : terms) {
                if (text.startsWith(t.text(), i) && follows(t, text, i + t.text().length())
                        && (!t.afterList() || afterList(text, from, i))
                        && !(t.text().equals("等") && i > 0 && NOT_ETC_BEFORE.indexOf(text.charAt(i - 1)) >= 0)) {
                    out.add(new Match(i, i + t.text().length(), t.text()));
                    i += t.text().length() - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether a list ("玻璃、石英") stands in the clause before {@code at} and the term does not open a word there
     * (等于, 等离子).
     */
    private static boolean afterList(String text, int from, int at) {
        int next = at + 1;
        if (next < text.length() && NOT_ETC_AFTER.indexOf(text.charAt(next)) >= 0) {
            return false;
        }
        for (int k = at - 1; k >= from; k--) {
            char c = text.charAt(k);
            if (c == '\u3001') {
                return true;
            }
            if (c == '\uff0c' || c == ',' || c == '\uff1b' || c == ';' || c == ChineseText.FULL_STOP
                    || c == '\uff1a' || c == ':') {
                return false;
            }
        }
        return false;
    }

    private static boolean follows(Term t, String text, int at) {
        if (t.beforeNumber()) {
            return at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.');
        }
        if (t.beforePunctuation()) {
            return at >= text.length() || ChineseText.isClausePunctuation(text.charAt(at))
                    || ChineseText.isFinalFullStop(text.charAt(at));
        }
        return true;
    }

    /** Whether a term reads as an example or an option rather than a vague measure. */
    static boolean optional(String term) {
        return switch (term) {
            case "例如", "最好是", "尤其是", "必要时", "或类似物", "等", "等等" -> true;
            default -> false;
        };
    }
}
