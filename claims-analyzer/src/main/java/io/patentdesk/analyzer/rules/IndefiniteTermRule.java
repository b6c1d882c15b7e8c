package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.WordLists;
import io.patentdesk.analyzer.text.Token;
import java.util.List;
import java.util.function.Consumer;

/**
 * Relative, subjective or optional wording from the editable list (MPEP 2173.05(b), (d)). A list line may set its
 * own severity ("about # = info"): an approximation of a stated number is ordinary practice, MPEP 2173.05(b)(III)(A).
 * A Chinese claim is checked against the Chinese list ({@link ChineseVagueWords}).
 */
public final class IndefiniteTermRule implements Rule {

    static final String APPROXIMATION_CITATION = "MPEP 2173.05(b)(III)(A)";

    @Override
    public String id() {
        return "indefinite-term";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public String citation() {
        return "MPEP 2173.05(b), (d)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        TermMatcher matcher = ctx.shared(Matchers.Indefinite.class,
                () -> new Matchers.Indefinite(new TermMatcher(ctx.words().get(WordLists.Kind.INDEFINITE_TERMS)))).m();
        ChineseVagueWords chinese = ctx.shared(ChineseVagueWords.class,
                () -> new ChineseVagueWords(ctx.words().get(WordLists.Kind.INDEFINITE_TERMS_ZH)));
        for (Claim c : ctx.claims().claims()) {
            if (ChineseText.isChinese(c.text(), c.contentStart() - c.start())) {
                checkChinese(c, chinese, out);
                continue;
            }
            List<Token> tokens = ctx.tokens(c);
            int skipUntil = c.contentStart() - c.start();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (t.start() < skipUntil || !t.isWord()) {
                    continue;
                }
                TermMatcher.Match m = matcher.at(tokens, i);
                if (m == null) {
                    continue;
                }
                int s = c.start() + t.start();
                int e = c.start() + tokens.get(m.last()).end();
                String term = m.term().text();
                Severity severity = m.term().severity() == null ? severity() : m.term().severity();
                String message;
                String citation = citation();
                if (m.term().needsNumber() && severity == Severity.INFO) {
                    message = "'" + c.slice(s, e) + "' in claim " + c.number() + " approximates a number; this is"
                            + " ordinary claim language when the specification or the art shows what range it"
                            + " allows";
                    citation = APPROXIMATION_CITATION;
                } else if (optional(term)) {
                    message = "'" + c.slice(s, e) + "' in claim " + c.number() + " is exemplary or optional"
                            + " wording; it leaves unclear whether what follows limits the claim";
                } else {
                    message = "'" + c.slice(s, e) + "' in claim " + c.number() + " is a relative or subjective"
                            + " term; the claim is indefinite unless the specification gives a standard for"
                            + " measuring it";
                }
                out.accept(new Finding(id(), severity, c.number(), s, e, Part.CLAIMS, message, citation, term,
                        Confidence.CERTAIN));
                i = m.last();
            }
        }
    }

    /** A Chinese claim: the Chinese list, found inside the text (专利审查指南 第二部分第二章 3.2.2). */
    private void checkChinese(Claim c, ChineseVagueWords words, Consumer<Finding> out) {
        for (ChineseVagueWords.Match m : words.find(c.analysisText(), c.contentStart() - c.start())) {
            int s = c.start() + m.start();
            int e = c.start() + m.end();
            String message = ChineseVagueWords.optional(m.term())
                    ? "'" + c.slice(s, e) + "' in 权利要求" + c.number() + " is exemplary or optional wording; it leaves"
                            + " unclear what the claim covers"
                    : "'" + c.slice(s, e) + "' in 权利要求" + c.number() + " is vague wording; it leaves the extent of"
                            + " the claim unclear";
            out.accept(new Finding(id(), severity(), c.number(), s, e, Part.CLAIMS, message, citation(), m.term(),
                    Confidence.CERTAIN));
        }
    }

    private static boolean optional(String term) {
        return switch (term) {
            case "such as", "preferably", "preferred", "optionally", "optional", "may", "can", "etc", "and the like",
                    "or the like", "like", "type" -> true;
            default -> false;
        };
    }
}
