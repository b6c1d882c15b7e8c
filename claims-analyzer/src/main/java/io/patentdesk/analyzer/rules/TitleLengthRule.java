package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/** The title may not exceed 500 characters (37 CFR 1.72(a)). */
public final class TitleLengthRule implements Rule {

    public static final int MAX_CHARS = 500;

    @Override
    public String id() {
        return "title-length";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "37 CFR 1.72(a)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        String raw = ctx.document().title();
        String title = raw.strip();
        if (title.length() > MAX_CHARS) {
            int origin = ctx.document().origin(Part.TITLE) + raw.indexOf(title.charAt(0));
            out.accept(finding(null, origin + MAX_CHARS, origin + title.length(), Part.TITLE,
                    "the title has " + title.length() + " characters; the limit is " + MAX_CHARS
                            + " (the underlined text is over the limit)", null));
        }
    }
}
