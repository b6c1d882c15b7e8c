package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.JapaneseText;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.WordLists;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A claim is one sentence: it ends with one period and holds no other sentence-ending period (MPEP 608.01(m)).
 * Abbreviations from the word list ("FIG.", "e.g.", "No."), decimals and periods followed by a lower-case letter are
 * not sentence ends. A Chinese or Japanese claim ends with the full stop 。 ({@link ChineseFullStops}).
 */
public final class ClaimPeriodRule implements Rule {

    @Override
    public String id() {
        return "claim-period";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /** Japanese claims: "【請求項N】" labels, "請求項１に記載の" references and the full stop 。 are read. */
    @Override
    public boolean readsJapanese() {
        return true;
    }

    @Override
    public String citation() {
        return "MPEP 608.01(m)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        Set<String> abbreviations = new HashSet<>(ctx.words().get(WordLists.Kind.ABBREVIATIONS));
        ChineseFullStops chinese = new ChineseFullStops(this);
        for (Claim c : ctx.claims().claims()) {
            if (c.isCanceled()) {
                continue;
            }
            String text = c.text();
            int from = c.contentStart() - c.start();
            int last = text.length() - 1;
            if (last < from) {
                out.accept(finding(c.number(), c.start(), c.end(), Part.CLAIMS,
                        "claim " + c.number() + " is empty", null));
                continue;
            }
            if (ChineseText.isChinese(text, from) || JapaneseText.isJapanese(text, from)) {
                chinese.check(c, text, from, last, out);
                continue;
            }
            if (text.charAt(last) != '.' && IMAGE_AT_END.matcher(text).region(from, last + 1).find()) {
                // "represented by the formula ##STR26##": the claim ends on a drawn formula or table, whose image
                // carried the period; no period is missing from the text
            } else if (text.charAt(last) != '.') {
                int s = Math.max(from, lastWordStart(text, last));
                if (endsMidSentence(text, s, last) || cutOff(text, from, s, last)) {
                    // "... comprising:", "... and the": the rest of the claim is missing (a draft in progress, or
                    // a text cut off in copying), which says more than the missing period
                    out.accept(finding(c.number(), c.start() + s, c.start() + last + 1, Part.CLAIMS,
                            "claim " + c.number() + " ends in mid-sentence ('" + text.substring(s, last + 1).strip()
                                    + "'): the rest of it seems missing; a claim ends with a period", null,
                            Severity.WARNING, Confidence.LIKELY));
                    continue;
                }
                out.accept(finding(c.number(), c.start() + s, c.start() + last + 1, Part.CLAIMS,
                        "claim " + c.number() + " does not end with a period", null));
            } else {
                int prev = last - 1;
                while (prev >= from && text.charAt(prev) == ' ') {
                    prev--;
                }
                if (prev >= from && text.charAt(prev) == '.' && !isAbbreviation(text, prev, from, abbreviations)) {
                    out.accept(finding(c.number(), c.start() + prev, c.start() + last + 1, Part.CLAIMS,
                            "claim " + c.number() + " ends with more than one period", null));
                }
            }
            for (int i = from; i < last; i++) {
                if (text.charAt(i) == '.' && endsSentence(text, i, from, last, abbreviations)) {
                    int ctxStart = Math.max(from, i - 20);
                    out.accept(finding(c.number(), c.start() + i, c.start() + i + 1, Part.CLAIMS,
                            "claim " + c.number() + " has a period inside it ('..." + text.substring(ctxStart, i + 1).strip()
                                    + "'); a claim is a single sentence with one period at its end", null));
                }
            }
        }
    }

    /**
     * The placeholder a full text puts where a claim shows an image: USPTO's "##STR1##", "##CHEM2##", "##EQU3##",
     * "##TBL4##", WIPO's "<EMI ID=30.1>", and "[IMAGE]".
     */
    private static final Pattern IMAGE_AT_END = Pattern.compile(
            "(?:##[A-Z]{2,5}\\d{1,4}##|<EMI[^>\\n]{0,40}>|\\[IMAGE\\])\\s*$");

    /** A list item letter with nothing after it, after another such item or a colon: "(a) (b)" at a claim's end. */
    private static final Pattern EMPTY_ITEMS_AT_END = Pattern.compile("(?:\\([a-z]\\)|:)\\s*\\([a-z]\\)\\s*$");

    /** Words a sentence cannot end on. */
    private static final Set<String> OPEN_ENDS = Set.of("and", "or", "the", "a", "an", "of", "to", "in", "on", "with",
            "by", "for", "from", "said", "wherein", "whereby", "comprising", "including", "having", "consisting", "which",
            "that", "at", "is", "are", "being");

    /** Whether a claim's last word ({@code [s, last]}) leaves its sentence open: "comprising:", "and the", "(". */
    private static boolean endsMidSentence(String text, int s, int last) {
        char end = text.charAt(last);
        if (end == ':' || end == ',' || end == ';' || end == '(' || end == '-' || end == '\u2014') {
            return true;
        }
        return OPEN_ENDS.contains(text.substring(s, last + 1).strip().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a claim without its period looks cut off in copying rather than finished: a bracket left open, a word
     * broken off ("locat", "pedal-s"), a lone letter ("... selected from halo, hydroxy, C"), or unreadable characters
     * at its end. Such text is missing more than a period.
     */
    static boolean cutOff(String text, int from, int s, int last) {
        int depth = 0;
        for (int i = from; i <= last; i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if ((ch == ')' || ch == ']') && depth > 0) {
                depth--;
            }
        }
        if (depth > 0) {
            return true;
        }
        String word = text.substring(s, last + 1).strip();
        if (word.indexOf('\uFFFD') >= 0) {
            return true;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0)) && "IVX".indexOf(word.charAt(0)) < 0) {
            return true;
        }
        if (EMPTY_ITEMS_AT_END.matcher(text).region(from, last + 1).find()) {
            return true; // "consisting of: (a) Arg-Pro-Pro; (b) ...; (c) (d)": the items' drawn structures were lost
        }
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && word.length() - hyphen - 1 <= 2 && word.length() - hyphen - 1 > 0
                && Character.isLetter(word.charAt(word.length() - 1));
    }

    private static boolean endsSentence(String text, int i, int from, int last, Set<String> abbreviations) {
        int j = i + 1;
        if (j <= last && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '.')) {
            return false; // "e.g.", "1.5", "H.sub.2", "..."
        }
        while (j <= last && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j > last) {
            return false;
        }
        char next = text.charAt(j);
        if (!Character.isUpperCase(next)) {
            return false; // "etc., and", "approx. 5", "No. 3"
        }
        if (j == last && next == '.') {
            return false;
        }
        return !isAbbreviation(text, i, from, abbreviations);
    }

    /** Whether the word just before the period at {@code dot} is an abbreviation or a single letter ("A. B."). */
    private static boolean isAbbreviation(String text, int dot, int from, Set<String> abbreviations) {
        int s = dot;
        while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        if (s == dot) {
            return false;
        }
        String word = text.substring(s, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || abbreviations.contains(word) || word.indexOf('.') >= 0;
    }

    private static int lastWordStart(String text, int last) {
        int s = last;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }
}
