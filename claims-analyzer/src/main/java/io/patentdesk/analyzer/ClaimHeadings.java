package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings written before a claim set: "What is claimed is:", "We claim:", an amendment's "Listing of Claims:",
 * the "CLAIMS" / "Patentansprüche" / "REVENDICATIONS" / "REIVINDICACIONES" of EP and WO publications, the
 * Japanese "【特許請求の範囲】", and the
 * "AMENDED CLAIMS [received by the International Bureau on ...]" note of a PCT Article 19 amendment. On a line of its
 * own a heading is not claim text; text extracted from a PDF often runs it into the first claim on one line ("WHAT IS
 * CLAIMED IS: 1. A composite", "CLAIMS1. A roof structure"), and then it is read as a heading before claim 1 too.
 */
final class ClaimHeadings {

    /** One heading, without the colon or period after it. */
    private static final String WORDS = "(?:what\\s+(?:is|are)\\s+claimed\\s+is(?:\\s+the\\s+following)?"
            + "|what\\s+(?:i|we)\\s+claim\\s+is|what\\s+is\\s+claimed|(?:i|we)\\s+claim|the\\s+invention\\s+claimed\\s+is"
            + "|claimed\\s+is|(?:amended\\s+)?claims?(?![ \\t]+\\d)|patentanspr\u00fcche|anspr\u00fcche|revendications?"
            + "|reivindicaciones"
            // the lines an amendment puts before its claim listing (37 CFR 1.121(c))
            + "|amendments?\\s+to\\s+the\\s+claims|in\\s+the\\s+claims|(?:complete\\s+|current\\s+)?listing\\s+of"
            + "\\s+(?:the\\s+)?claims|claims?\\s+listing|this\\s+listing\\s+of\\s+claims\\s+(?:will\\s+)?replaces?"
            + "\\s+all\\s+prior\\s+versions,?\\s+and\\s+listings,?\\s+of\\s+claims\\s+in\\s+the\\s+application"
            // Japanese: "【書類名】特許請求の範囲" (the JPO filing form), "【特許請求の範囲】" (publications)
            + "|(?:\\u3010\\u66f8\\u985e\\u540d\\u3011\\s*)?\\u3010?\\u7279\\u8a31\\u8acb\\u6c42\\u306e\\u7bc4\\u56f2\\u3011?)"
            // the International Bureau's note on an Article 19 amendment: "[received by ... (9 pages)]"
            + "(?:\\s*\\[[^\\]\\n]{0,400}\\])?";

    /** A whole line that is only headings ("CLAIMS We claim:"). */
    private static final Pattern LINE = Pattern.compile("(?i)^[\\s/]*(?:" + WORDS + "\\s*[:.]{0,2}\\s*){1,3}$");

    /**
     * One to three headings at a line start before the first claim's label ("CLAIMS We claim: 1."), with the blanks
     * after them; a leading "/" or "[" of PDF debris is allowed.
     */
    private static final Pattern BEFORE_LABEL = Pattern.compile("(?i)[ \\t\\u00a0/]*(?:" + WORDS
            + "[ \\t]*[:.]{0,2}[ \\t]*){1,3}");

    private ClaimHeadings() {}

    /** Whether {@code line} is a heading and nothing else. */
    static boolean isHeadingLine(String line) {
        return LINE.matcher(line).matches();
    }

    /**
     * Where a claim label may start after the headings written at {@code lineStart} on the same line, or -1 when the
     * line does not start with a heading.
     */
    static int afterHeadings(String text, int lineStart) {
        Matcher m = BEFORE_LABEL.matcher(text).region(lineStart, text.length());
        return m.lookingAt() && m.end() > lineStart ? m.end() : -1;
    }
}
