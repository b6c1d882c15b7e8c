package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text after the last claim that is not claim text: the references and examiner lines an OCR copy of an older patent
 * carries after its claims ("References Cited", "UNITED STATES PATENTS", "Primary Examiner", "Attorney, Agent, or
 * Firm", "No references cited."), the drawings and cited-references pages an EP publication carries after its claims
 * ("Drawing", "Dessins [IMAGE]", "REFERENCES CITED IN THE DESCRIPTION"), the "STATEMENT UNDER ARTICLE 19" a PCT
 * amendment may carry, and the "* * * * *" that ends a USPTO full
 * text. It is blanked from the first such line to the end, so the last claim ends where its words end.
 */
final class BackMatter {

    /** A back-matter line, tried where a line or sentence starts ({@link SentenceStarts}). */
    private static final Pattern START = Pattern.compile(
            "(?:\\[\\d{2}\\][ \\t]*)?("
                    + "References\\s+Cited|REFERENCES\\s+CITED|UNITED\\s+STATES\\s+PATENTS|U\\.\\s?S\\.\\s+PATENT\\s+DOCUMENTS"
                    + "|FOREIGN\\s+PATENTS|FOREIGN\\s+PATENT\\s+DOCUMENTS|OTHER\\s+REFERENCES|OTHER\\s+PUBLICATIONS"
                    + "|Primary\\s+Examiner|PRIMARY\\s+EXAMINER|Assistant\\s+Examiner|ASSISTANT\\s+EXAMINER"
                    + "|Attorney,?\\s+Agent|Attorney\\s*[\\u2014\\u2013-]|ATTORNEY(?:,|\\s+AGENT|\\s*[\\u2014\\u2013-])|No\\s+references\\s+cited"
                    // the drawings and cited-references pages of an EP publication, in any of its languages
                    + "|(?:Drawings?|Dessins|Zeichnungen?)(?=\\s*(?:\\[IMAGE\\]|\\z))"
                    + "|R[\u00c9E]F[\u00c9E]RENCES\\s+CIT[\u00c9E]ES\\s+DANS|REFERENCES\\s+CITED\\s+IN\\s+THE\\s+DESCRIPTION"
                    + "|IN\\s+DER\\s+BESCHREIBUNG\\s+AUFGEF"
                    // the applicant's statement a PCT Article 19 amendment may carry after its claims
                    + "|STATEMENT\\s+UNDER\\s+ARTICLE\\s*19"
                    + "|\\*[ \\t]*\\*[ \\t]*\\*[ \\t]*\\*[ \\t]*\\*)");

    /** A claim number at a line start, so back matter is only looked for after the claims have begun. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*[0-9IlO]{1,3}[ \\t]*[.)][ \\t]+\\S"
            + "|(?<![\\d.])1[ \\t]*\\.[ \\t]*\\p{Lu}"); // or claim 1 run in after a heading: "CLAIMS1. A roof"

    /** The PCT applicant's statement, looked for anywhere: PDF text runs it into the last claim. */
    private static final String ARTICLE_19 = "STATEMENT UNDER ARTICLE";

    private BackMatter() {}

    /** The letters back matter begins with; other sentence starts are passed over without the pattern. */
    private static final String FIRST = "RUFOPANDZIS*[";

    static void blank(AnalysisText t) {
        String s = t.written();
        int statement = s.indexOf(ARTICLE_19);
        if (statement > 0 && LABEL.matcher(s).region(0, statement).find()) {
            // an Article 19 statement run into the last claim's words ("casing; and STATEMENT UNDER ARTICLE 19...")
            t.blank(statement, s.length(), AnalysisText.Blank.JUNK);
            t.spot(InputQuality.Kind.BACK_MATTER, statement, Math.min(s.length(), lineEnd(s, statement)));
            return;
        }
        Matcher m = START.matcher(s);
        Matcher label = LABEL.matcher(s);
        SentenceStarts.each(s, at -> {
            if (FIRST.indexOf(s.charAt(at)) < 0 || !m.region(at, s.length()).lookingAt()
                    || !label.region(0, at).find()) {
                return true; // not back matter, or a heading before the claims
            }
            int from = m.start(1);
            t.blank(at, s.length(), AnalysisText.Blank.JUNK); // "[56]" before the heading too
            if (!m.group(1).startsWith("*")) {
                t.spot(InputQuality.Kind.BACK_MATTER, from, Math.min(s.length(), lineEnd(s, from)));
            }
            return false;
        });
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        return Math.min(end, from + 60);
    }
}
