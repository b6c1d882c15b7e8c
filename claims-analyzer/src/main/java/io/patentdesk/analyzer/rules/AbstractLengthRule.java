package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Tokenizer;
import java.util.List;
import java.util.function.Consumer;

/** The abstract may not exceed 150 words (37 CFR 1.72(b)). */
public final class AbstractLengthRule implements Rule {

    public static final int MAX_WORDS = 150;
    /** A Chinese abstract: at most 300 characters, punctuation included (专利审查指南 第一部分第一章 4.5.1). */
    public static final int MAX_CHINESE_CHARACTERS = 300;

    @Override
    public String id() {
        return "abstract-length";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "37 CFR 1.72(b)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        String text = ctx.document().abstractText();
        if (text.isBlank()) {
            return;
        }
        if (ChineseText.isChinese(text, 0)) {
            checkChinese(ctx, text, out);
            return;
        }
        List<Token> tokens = Tokenizer.tokenize(text);
        int words = 0;
        int overStart = -1;
        for (Token t : tokens) {
            if (t.isWord() || t.isNumber()) {
                words++;
                if (words == MAX_WORDS + 1) {
                    overStart = t.start();
                }
            }
        }
        if (words > MAX_WORDS) {
            int origin = ctx.document().origin(Part.ABSTRACT);
            int end = tokens.get(tokens.size() - 1).end();
            out.accept(finding(null, origin + overStart, origin + end, Part.ABSTRACT,
                    "the abstract has " + words + " words; the limit is " + MAX_WORDS
                            + " (the underlined text is over the limit)", null));
        }
    }

    /** Counts every character but blanks and line breaks (text from a PDF layer has them where lines broke). */
    private void checkChinese(AnalysisContext ctx, String text, Consumer<Finding> out) {
        int count = 0;
        int overStart = -1;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                count++;
                last = i;
                if (count == MAX_CHINESE_CHARACTERS + 1) {
                    overStart = i;
                }
            }
        }
        if (count > MAX_CHINESE_CHARACTERS) {
            int origin = ctx.document().origin(Part.ABSTRACT);
            out.accept(finding(null, origin + overStart, origin + last + 1, Part.ABSTRACT,
                    "the abstract has " + count + " characters; the limit is " + MAX_CHINESE_CHARACTERS
                            + ", punctuation included (the underlined text is over the limit)", null));
        }
    }
}
