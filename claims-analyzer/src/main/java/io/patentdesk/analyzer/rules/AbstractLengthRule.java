package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
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
}
