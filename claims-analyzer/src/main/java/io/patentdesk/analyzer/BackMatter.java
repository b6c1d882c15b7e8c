package io.patentdesk.analyzer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text after the last claim that is not claim text: the references and examiner lines an OCR copy of an older patent
 * carries after its claims ("References Cited", "UNITED STATES PATENTS", "Primary Examiner", "Attorney, Agent, or
 * Firm", "No references cited."), and the "* * * * *" that ends a USPTO full text. It is blanked from the first such
 * line to the end, so the last claim ends where its words end.
 */
final class BackMatter {

    /** A back-matter line start: at a line start or right after a sentence end, as OCR runs lines together. */
    private static final Pattern START = Pattern.compile(
            "(?m)(?:^|(?<=[.;:][ \\t]{0,3}))[ \\t]*(?:\\[\\d{2}\\][ \\t]*)?("
                    + "References\\s+Cited|REFERENCES\\s+CITED|UNITED\\s+STATES\\s+PATENTS|U\\.\\s?S\\.\\s+PATENT\\s+DOCUMENTS"
                    + "|FOREIGN\\s+PATENTS|FOREIGN\\s+PATENT\\s+DOCUMENTS|OTHER\\s+REFERENCES|OTHER\\s+PUBLICATIONS"
                    + "|Primary\\s+Examiner|PRIMARY\\s+EXAMINER|Assistant\\s+Examiner|ASSISTANT\\s+EXAMINER"
                    + "|Attorney,?\\s+Agent|Attorney\\s*[\\u2014\\u2013-]|ATTORNEY(?:,|\\s+AGENT|\\s*[\\u2014\\u2013-])|No\\s+references\\s+cited"
                    + "|\\*[ \\t]*\\*[ \\t]*\\*[ \\t]*\\*[ \\t]*\\*)");

    /** A claim number at a line start, so back matter is only looked for after the claims have begun. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[ \\t]*[0-9IlO]{1,3}[ \\t]*[.)][ \\t]+\\S");

    private BackMatter() {}

    static void blank(AnalysisText t) {
        String s = t.written();
        if (!mayHaveBackMatter(s)) {
            return;
        }
        Matcher m = START.matcher(s);
        Matcher label = LABEL.matcher(s);
        while (m.find()) {
            if (!label.region(0, m.start()).find()) {
                continue; // a heading before the claims is not back matter
            }
            int from = m.start(1);
            t.blank(m.start(), s.length(), AnalysisText.Blank.JUNK); // "[56]" before the heading too
            if (!m.group(1).startsWith("*")) {
                t.spot(InputQuality.Kind.BACK_MATTER, from, Math.min(s.length(), lineEnd(s, from)));
            }
            return;
        }
    }

    /** A cheap test that spares the pattern on ordinary claims. */
    private static boolean mayHaveBackMatter(String s) {
        return s.indexOf('*') >= 0 || s.contains("xaminer") || s.contains("XAMINER") || s.contains("eferences")
                || s.contains("EFERENCES") || s.contains("PATENT") || s.contains("ttorney") || s.contains("TTORNEY")
                || s.contains("PUBLICATIONS");
    }

    private static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        int end = nl < 0 ? s.length() : nl;
        return Math.min(end, from + 60);
    }
}
