package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference signs in Chinese claims go after their feature and in parentheses: "所述点柱(7)" (专利法实施细则 第二十二条第四款).
 * A number is taken as a reference sign only where the claims themselves write it so after the same feature; then the
 * same feature with the number bare ("所述点柱7截面") or words inside the parentheses ("(点柱7)") is reported. Numbers
 * that are quantities, steps or formulas ("两个", "步骤1", "通式(1)") are never written as "<feature>(N)" elsewhere in
 * the same way, or are excluded by the feature's last character.
 */
public final class CnipaReferenceSignsRule implements Rule {

    /** "点柱(7)", "点柱（7a）": the two characters before a parenthesised number name the feature. */
    private static final Pattern SIGN = Pattern.compile(
            "([\\u4e00-\\u9fff]{2})[(\\uff08]([0-9]{1,4}[a-z]?)[)\\uff09]");
    /** "点柱7截面": the feature with the number bare (not a decimal, a percentage or another bracket). */
    private static final Pattern BARE = Pattern.compile(
            "([\\u4e00-\\u9fff]{2})([0-9]{1,4}[a-z]?)(?![0-9.%)\\uff09a-zA-Z])");
    /** "(点柱7)", "（7点柱）": a sign with words inside its parentheses. */
    private static final Pattern WORDED = Pattern.compile(
            "[(\\uff08](?:[\\u4e00-\\u9fff]{1,6}([0-9]{1,4})|([0-9]{1,4})[\\u4e00-\\u9fff]{1,6})[)\\uff09]");
    /** Features ending so are steps, formulas, claims, figures or embodiments, whose numbers are no reference signs. */
    private static final String NOT_A_FEATURE_END = "骤式求例图第";

    @Override
    public String id() {
        return "cnipa-reference-signs";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "专利法实施细则 第二十二条第四款";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        Set<String> signs = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        for (Claim c : ctx.claims().claims()) {
            if (isChinese(c)) {
                Matcher m = SIGN.matcher(c.analysisText());
                while (m.find()) {
                    if (NOT_A_FEATURE_END.indexOf(m.group(1).charAt(1)) < 0) {
                        signs.add(m.group(1) + "|" + m.group(2));
                        numbers.add(m.group(2));
                    }
                }
            }
        }
        if (signs.isEmpty()) {
            return;
        }
        for (Claim c : ctx.claims().claims()) {
            if (!isChinese(c)) {
                continue;
            }
            String text = c.analysisText();
            int from = c.contentStart() - c.start();
            Matcher b = BARE.matcher(text).region(from, text.length());
            while (b.find()) {
                if (signs.contains(b.group(1) + "|" + b.group(2))) {
                    int s = c.start() + b.start(2);
                    out.accept(finding(c.number(), s, c.start() + b.end(2), Part.CLAIMS, "reference sign '"
                            + b.group(2) + "' after '" + b.group(1) + "' in 权利要求" + c.number()
                            + " is not in parentheses: write '" + b.group(1) + "(" + b.group(2) + ")'", null));
                }
            }
            Matcher w = WORDED.matcher(text).region(from, text.length());
            while (w.find()) {
                String n = w.group(1) != null ? w.group(1) : w.group(2);
                if (numbers.contains(n)) {
                    out.accept(finding(c.number(), c.start() + w.start(), c.start() + w.end(), Part.CLAIMS,
                            "reference sign '" + c.slice(c.start() + w.start(), c.start() + w.end()) + "' in 权利要求"
                                    + c.number() + " has words inside its parentheses: write the feature, then only"
                                    + " its sign in parentheses", null));
                }
            }
        }
    }

    private static boolean isChinese(Claim c) {
        return !c.isCanceled() && ChineseText.isChinese(c.text(), c.contentStart() - c.start());
    }
}
