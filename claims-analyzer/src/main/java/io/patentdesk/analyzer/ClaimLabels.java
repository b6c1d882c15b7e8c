package io.patentdesk.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the claim labels of a claims text (read as {@link AnalysisText}): "1.", "1 .", "1)", "Claim 1:", "[Claim 1]"
 * at a line start; a label inside a line after the previous claim's period ("a frame. 2) The device", "a bulb . 2 .
 * The lamp") when it is the next number; ranges of canceled claims in an amendment ("1-6. (Canceled)", "21.-25.
 * (canceled)", "11 - 15 . (canceled)", "1 - 10 (canceled)", "Claims 1-6 (Canceled)"), taken only with their status
 * identifier; and claim
 * numbers OCR misread ("I5." for 15), taken only where the numbering expects them. Japanese claims are labelled
 * "【請求項１】" (特許法施行規則 第24条の3 第3号; full- or half-width digits, "[請求項1]" in plain-text copies): where a
 * text has such labels they are its labels, wherever they stand, and nothing else is (a line "1." inside a Japanese
 * claim is an item of a list).
 */
final class ClaimLabels {

    /** A label: [start, end) including the blanks after it; numbers first..last (equal unless a range). */
    record Label(int start, int end, int first, int last, boolean misread) {
        boolean isRange() {
            return last != first;
        }
    }

    /** Ranges longer than this are not read as ranges: claim numbers like 99999 must not allocate. */
    static final int MAX_RANGE = 1000;

    /** A claim number: ASCII or full-width digits (Chinese claims, "１．"), or OCR misreadings of digits. */
    private static final String TOK = "([0-9\\uff10-\\uff19IlO|]{1,7})";
    private static final String RANGE = "(?:[ \\t]*\\.?[ \\t]*(?:-|\\u2010|\\u2011|\\u2013|\\u2014|to|through)[ \\t]*"
            + TOK + ")?";
    /**
     * What ends a number label: "." or ")" (not "1.5"); in Chinese claims also the full-width "．", "）" and the
     * enumeration comma "、" ("1、一种灯"), this one only before a Chinese character.
     */
    private static final String AFTER_NUMBER = "(?:[.)\\uff0e\\uff09](?![\\d.\\uff10-\\uff19\\uff0e])"
            + "|\\u3001(?=[ \\t]*[\\u4e00-\\u9fff]))";
    /** Group 1/2: "Claim(s) N(-M)"; group 3/4: "N(-M)." or "N(-M))". */
    private static final Pattern LINE = Pattern.compile("^[ \\t\\u00a0]*(?:\\[?C[Ll][Aa][Ii][Mm][Ss]?[ \\t]+" + TOK
            + RANGE + "(?:[ \\t]*[\\]:.)]|(?=[ \\t]+[A-Z(]))|" + TOK + RANGE + "(?:[ \\t]*" + AFTER_NUMBER + "|[ \\t]*:?(?=[ \\t]*\\())"
            + ")[ \\t]*",
            Pattern.MULTILINE);
    /**
     * A label after a period inside a line (tried right after each period); group 1/2 the number(s), or group 3 the
     * number after "Claim" in the WO style "unit. Claim 2 The process of Claim 1". Text extracted from PDFs may lose
     * the blank: "the casing.16. The differential of claim 15".
     */
    private static final Pattern INLINE = Pattern.compile("[ \\t]*(?:" + TOK + RANGE + "[ \\t]*[.)]|C[Ll][Aa][Ii][Mm][ \\t]+"
            + TOK + "(?:[ \\t]*[:.]|(?=[ \\t]+[A-Z])))");

    /** "【請求項１】", "【請求項 12 】", "[請求項3]"; group 1 the number. */
    private static final Pattern JAPANESE = Pattern.compile(
            "[\\u3010\\[\\uff3b][ \\t\\u3000]*\\u8acb\\u6c42\\u9805[ \\t\\u3000]*([0-9\\uff10-\\uff19]{1,7})[ \\t\\u3000]*"
                    + "[\\u3011\\]\\uff3d]");
    /** 請求項, the word every Japanese label holds. */
    private static final String JAPANESE_CLAIM_WORD = "\u8acb\u6c42\u9805";

    /** A two-digit label that text extraction split with a blank: "insulator wafer. 1 1. The system of claim 9". */
    private static final Pattern SPLIT_NUMBER = Pattern.compile("[ \\t]*([1-9])[ \\t]([0-9])[ \\t]*\\.");

    /** How many claims text extraction may have lost between two labels found inside a line. */
    private static final int MAX_SKIPPED = 50;
    /** A reference to a claim at the start of a dependent claim, in the languages of EP and WO texts. */
    private static final Pattern REFERS = Pattern.compile("(?i)\\b(?:claims?|anspr(?:uch|\u00fcche)|revendications?)"
            + "\\s+(\\d{1,5})");
    /** How far after a label its claim's reference to an earlier claim is looked for. */
    private static final int REFERENCE_WINDOW = 120;

    private ClaimLabels() {}

    /**
     * Whether the text after a label inside a line refers to an earlier claim ("... cysteine. 11. The method of claim
     * 8, wherein"): then the label opens a claim even when the numbers between were lost in extraction.
     */
    private static boolean refersBack(String text, int from, int limit, int number) {
        Matcher m = REFERS.matcher(text).region(from, Math.min(limit, from + REFERENCE_WINDOW));
        return m.find() && Integer.parseInt(m.group(1)) < number;
    }

    /** The labels of {@code text} (the analysis text) in order; {@code written} is the text as written. */
    static List<Label> find(String text, String written) {
        if (text.contains(JAPANESE_CLAIM_WORD)) {
            List<Label> japanese = findJapanese(text, written);
            if (!japanese.isEmpty()) {
                return japanese;
            }
        }
        List<Label> lines = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        // Tried at each line start only: a scan over every position costs more than the rest of the parse.
        for (int ls = 0; ls >= 0 && ls < text.length(); ls = nextLine(text, ls)) {
            if (!m.region(ls, text.length()).lookingAt()) {
                // "WHAT IS CLAIMED IS: 1. A composite", "CLAIMS1. A roof": a heading run into claim 1's line
                int at = lines.isEmpty() ? ClaimHeadings.afterHeadings(text, ls) : -1;
                if (at < 0 || !m.region(at, text.length()).lookingAt() || !firstClaim(m)) {
                    continue;
                }
            }
            boolean claimWord = m.group(1) != null;
            String a = claimWord ? m.group(1) : m.group(3);
            String b = claimWord ? m.group(2) : m.group(4);
            int end = labelEnd(text, m);
            Label l = label(text, m.start() + leadingBlanks(text, m.start()), blanksAfter(written, end), a, b);
            char last = text.charAt(end - 1);
            if (l != null && !claimWord && last != '.' && last != ')' && last != '\uff0e' && last != '\uff09'
                    && last != '\u3001' && StatusIdentifier.at(text, l.end(),
                    text.length()) == null) {
                l = null; // "3 (" is a label only with a status after it: "1 - 10 (canceled)", "1 - 15 : (canceled)"
            }
            if (l != null) {
                lines.add(l);
            }
        }
        List<Label> out = new ArrayList<>();
        int expect = 1;
        for (int i = 0; i < lines.size(); i++) {
            Label l = lines.get(i);
            if (l.misread() && !expectedMisread(l, expect, i + 1 < lines.size() ? lines.get(i + 1) : null)) {
                continue; // a line that only looks like a misread number ("I. ...") stays in the claim before it
            }
            out.add(l);
            expect = l.last() + 1;
            int limit = i + 1 < lines.size() ? lines.get(i + 1).start() : text.length();
            Matcher im = INLINE.matcher(text);
            Matcher sm = SPLIT_NUMBER.matcher(text);
            for (int dot = text.indexOf('.', l.end()); dot >= 0 && dot < limit; dot = text.indexOf('.', dot + 1)) {
                Label onWord = gluedToWord(text, written, dot, limit, expect);
                if (onWord != null) {
                    out.add(onWord);
                    expect++;
                    continue;
                }
                if (!im.region(dot + 1, limit).lookingAt()) {
                    Label split = splitNumber(text, written, dot + 1, limit, expect, sm);
                    if (split != null) {
                        out.add(split);
                        expect++;
                    }
                    continue;
                }
                int numberGroup = im.group(1) != null ? 1 : 3;
                int labelStart = numberGroup == 1 ? im.start(1) : skipBlanks(text, dot + 1, limit);
                Label inl = label(text, labelStart, blanksAfter(written, im.end()), im.group(numberGroup),
                        im.group(2));
                boolean glued = labelStart == dot + 1;
                boolean afterClaimNumber = glued && inl != null && inl.first() == expect
                        && CLAIM_NUMBER_BEFORE.matcher(text).region(Math.max(0, dot - 14), dot).find();
                if (glued && (inl == null || inl.misread() || dot == 0 || !Character.isLetter(text.charAt(dot - 1))
                        && text.charAt(dot - 1) != ')' && !afterClaimNumber || im.end() >= limit
                        || !Character.isWhitespace(text.charAt(im.end())))) {
                    continue; // "1.5.", "(17.02.95)": a glued label only after a word's period, with a blank after it
                }
                boolean next = inl != null && (inl.first() == expect || inl.first() > expect
                        && inl.first() <= expect + MAX_SKIPPED && refersBack(text, im.end(), limit, inl.first()));
                if (next && startsClaim(text, written, im.end(), skipBlanks(text, im.end(), limit), limit)) {
                    out.add(inl);
                    expect = inl.last() + 1;
                    dot = im.end() - 2; // the label's own period may start the next label: "2.   3." after a deletion
                }
            }
        }
        return out;
    }

    /**
     * The label at {@code from} when it is the expected number written with a blank between its digits and a claim
     * starts after it; taken as a misread number, so the input-quality finding names it. Otherwise null.
     */
    private static Label splitNumber(String text, String written, int from, int limit, int expect, Matcher sm) {
        if (expect < 10 || expect > 99 || !sm.region(from, limit).lookingAt()
                || Integer.parseInt(sm.group(1) + sm.group(2)) != expect) {
            return null;
        }
        int end = sm.end();
        if (!startsClaim(text, written, end, skipBlanks(text, end, limit), limit)) {
            return null;
        }
        return new Label(sm.start(1), blanksAfter(written, end), expect, expect, true);
    }

    /** "claim 1" right before a period: "... the chewing gum of claim 1.8. A method", the next label glued to it. */
    private static final Pattern CLAIM_NUMBER_BEFORE = Pattern.compile("(?i)\\bclaims?[ \\t]+\\d{1,3}$");

    /**
     * The expected label glued to the last word of the claim before it, its period lost in extraction: "... is zinc
     * gluconate3. The chewing gum of claim 1 ...", "... agglomerates2. A process". {@code dot} is the label's own
     * period; the number must be the one expected, after at least three lower-case letters, and a claim must start
     * after it with "The"/"A"/"An" or a reference back. Otherwise null.
     */
    private static Label gluedToWord(String text, String written, int dot, int limit, int expect) {
        if (expect < 2 || dot + 1 >= limit || !Character.isWhitespace(text.charAt(dot + 1))) {
            return null;
        }
        int k = dot - 1;
        while (k >= 0 && dot - k <= 3 && text.charAt(k) >= '0' && text.charAt(k) <= '9') {
            k--;
        }
        if (k == dot - 1 || k < 2 || !lowerLetters(text, k - 2, k + 1)
                || Integer.parseInt(text.substring(k + 1, dot)) != expect) {
            return null;
        }
        int content = skipBlanks(text, dot + 1, limit);
        if (!startsClaim(text, written, dot + 1, content, limit)) {
            return null;
        }
        boolean opening = text.startsWith("The ", content) || text.startsWith("A ", content)
                || text.startsWith("An ", content);
        if (!opening && !refersBack(text, content, limit, expect)) {
            return null;
        }
        return new Label(k + 1, blanksAfter(written, dot + 1), expect, expect, false);
    }

    private static boolean lowerLetters(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < 'a' || text.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** Whether a line label just matched (by {@link #LINE}) numbers claim 1, as the first label after a heading must. */
    private static boolean firstClaim(Matcher m) {
        String a = m.group(1) != null ? m.group(1) : m.group(3);
        return a != null && number(a) == 1;
    }

    /**
     * The "【請求項N】" labels of a Japanese claims text. A label ends after the blanks and the line break after it: a
     * Japanese publication writes each claim on the line below its label.
     */
    private static List<Label> findJapanese(String text, String written) {
        List<Label> out = new ArrayList<>();
        Matcher m = JAPANESE.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end < written.length() && (written.charAt(end) == ' ' || written.charAt(end) == '\t'
                    || written.charAt(end) == '\u3000' || written.charAt(end) == '\r' || written.charAt(end) == '\n')) {
                end++;
            }
            int n = number(m.group(1));
            out.add(new Label(m.start(), end, n, n, false));
        }
        return out;
    }

    private static int nextLine(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? -1 : nl + 1;
    }

    /** A misread number is taken where it is the next number, and "I." alone only when "2." follows. */
    private static boolean expectedMisread(Label l, int expect, Label next) {
        if (l.first() != expect) {
            return false;
        }
        return l.first() >= 10 || next != null && next.first() == l.last() + 1;
    }

    /**
     * Whether a label inside a line opens a claim: a capital letter or a status identifier follows, or only text
     * that markup deleted (a claim deleted whole in reissue markup, "[2. A key ... ]").
     */
    private static boolean startsClaim(String text, String written, int afterLabel, int contentStart, int limit) {
        if (contentStart < limit && Character.isUpperCase(text.charAt(contentStart))) {
            return true;
        }
        if (contentStart < limit && text.charAt(contentStart) == '(') {
            return StatusIdentifier.at(text, contentStart, limit) != null;
        }
        for (int k = afterLabel; k < contentStart; k++) {
            if (!Character.isWhitespace(written.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** The end of a line label without the blanks the pattern took after it (they may be blanked deletions). */
    private static int labelEnd(String text, Matcher m) {
        int k = m.end();
        while (k > m.start() && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '\t')) {
            k--;
        }
        return k;
    }

    /** A label ends after the blanks written after it; deleted text there belongs to the claim as written. */
    private static int blanksAfter(String written, int from) {
        return skipBlanks(written, from, written.length());
    }

    private static int skipBlanks(String text, int from, int limit) {
        int k = from;
        while (k < limit && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** A label from its number tokens, or null when they read as no claim number or a range without a status. */
    private static Label label(String text, int start, int end, String a, String b) {
        boolean misread = !isDigits(a) || b != null && !isDigits(b);
        if (misread && (!MisreadDigits.isMisread(a) || b != null && !isDigits(b) && !MisreadDigits.isMisread(b))) {
            return null;
        }
        int first = number(a);
        int last = b == null ? first : number(b);
        if (first < 0 || last < 0) {
            return null;
        }
        if (b != null) {
            // A range only in an amendment listing: "3-5. (Canceled)"; "10-20 mm" at a line start is claim text.
            if (last <= first || last - first > MAX_RANGE || StatusIdentifier.at(text, end, text.length()) == null) {
                return null;
            }
        }
        return new Label(start, end, first, last, misread);
    }

    private static int number(String token) {
        if (isDigits(token)) {
            return token.length() > 7 ? Integer.MAX_VALUE : Integer.parseInt(token);
        }
        return MisreadDigits.value(token);
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return !s.isEmpty();
    }

    private static int leadingBlanks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\u00a0')) {
            i++;
        }
        return i - from;
    }
}
