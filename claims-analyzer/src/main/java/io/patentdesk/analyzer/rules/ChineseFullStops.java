package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.JapaneseText;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/**
 * {@code claim-period} for a Chinese claim: one full stop 。, at its end (专利审查指南 第二部分第二章 3.3). A half-width "."
 * is a decimal or part of a formula inside the claim and counts as the full stop only at the very end (the PDF text
 * layer writes it there); a 。 inside the claim after a letter or digit is formula debris of that layer ("d。小于1"),
 * not a sentence end. A Japanese claim is one sentence ending with 。 too (its kana count as letters here; it is named
 * 請求項N, not 权利要求N).
 */
final class ChineseFullStops {

    private final Rule rule;

    ChineseFullStops(Rule rule) {
        this.rule = rule;
    }

    /** {@code text} is the claim as written, {@code from} where its content starts and {@code last} its last mark. */
    void check(Claim c, String text, int from, int last, Consumer<Finding> out) {
        String name = (JapaneseText.isJapanese(text, from) ? "\u8acb\u6c42\u9805" : "\u6743\u5229\u8981\u6c42") + c.number();
        char end = text.charAt(last);
        if (ChineseText.isClausePunctuation(end)) {
            out.accept(rule.finding(c.number(), c.start() + last, c.start() + last + 1, Part.CLAIMS,
                    name + " ends on '" + end + "': the rest of it seems missing; a claim ends with 。",
                    null, Severity.WARNING, Confidence.LIKELY));
        } else if (!ChineseText.isFinalFullStop(end) && isLetter(end)) {
            out.accept(rule.finding(c.number(), c.start() + last, c.start() + last + 1, Part.CLAIMS,
                    name + " does not end with the full stop 。", null));
        } else if (!ChineseText.isFinalFullStop(end)) {
            // "通式(1-3)", "—NH₂—OH": the PDF text layer drops formulas and structures drawn as images at the end
            out.accept(rule.finding(c.number(), c.start() + last, c.start() + last + 1, Part.CLAIMS,
                    name + " ends on '" + end + "' without the full stop 。: the text may be cut off"
                            + " or end in a formula that was an image", null, Severity.WARNING, Confidence.LIKELY));
        } else if (last > from && text.charAt(last - 1) == ChineseText.FULL_STOP) {
            out.accept(rule.finding(c.number(), c.start() + last - 1, c.start() + last + 1, Part.CLAIMS,
                    name + " ends with more than one full stop", null));
        }
        int stop = ChineseText.isFinalFullStop(end) ? last - 1 : last;
        for (int i = from + 1; i <= stop; i++) {
            if (text.charAt(i) == ChineseText.FULL_STOP && endsSentence(text, i, stop)) {
                int s = Math.max(from, i - 12);
                out.accept(rule.finding(c.number(), c.start() + i, c.start() + i + 1, Part.CLAIMS,
                        name + " has a full stop inside it ('…" + text.substring(s, i + 1).strip()
                                + "'); a claim is one sentence with one 。 at its end", null));
            }
        }
    }

    /**
     * A 。 after Chinese text, or after a closing bracket and before Chinese text, with more claim text after it, ends a
     * sentence; "(Mg₁/₃Nb₂/₃)。(Zn" is a subscript the PDF text layer misread.
     */
    private static boolean endsSentence(String text, int i, int stop) {
        if (i >= stop || text.charAt(i + 1) == ChineseText.FULL_STOP) {
            return false;
        }
        char before = text.charAt(i - 1);
        return isLetter(before) || (before == ')' || before == '\uff09') && isLetter(text.charAt(i + 1));
    }

    /** A Chinese ideograph, or a kana of a Japanese claim. */
    private static boolean isLetter(char c) {
        return ChineseText.isIdeograph(c) || JapaneseText.isKana(c);
    }
}
