package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.WordLists;
import io.patentdesk.analyzer.text.Token;
import io.patentdesk.analyzer.text.Words;
import java.util.List;
import java.util.function.Consumer;

/**
 * "means for", "step for", and nonce words ("module", "unit", ...) tied to a function ("configured to", "for"): such
 * an element may be read under 35 U.S.C. 112(f) and limited to the structure the specification discloses.
 */
public final class MeansPlusFunctionRule implements Rule {

    @Override
    public String id() {
        return "means-plus-function";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String citation() {
        return "35 U.S.C. 112(f); MPEP 2181";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        Matchers.Nonce m = ctx.shared(Matchers.Nonce.class, () -> new Matchers.Nonce(
                java.util.Set.copyOf(ctx.words().get(WordLists.Kind.NONCE_WORDS)),
                new TermMatcher(ctx.words().get(WordLists.Kind.FUNCTION_LINKS))));
        for (Claim c : ctx.claims().claims()) {
            List<Token> tokens = ctx.tokens(c);
            // The preamble names the claimed thing ("An apparatus for ..."): only the body's elements are checked.
            int bodyFrom = c.body().start() - c.start();
            for (int i = 1; i < tokens.size() - 1; i++) {
                Token t = tokens.get(i);
                if (!t.isWord() || t.start() < bodyFrom || definite(tokens, i)) {
                    continue;
                }
                Token next = tokens.get(i + 1);
                String w = t.lower();
                if ((w.equals("means") || w.equals("step")) && (next.is("for") || w.equals("means") && next.is("to"))) {
                    report(c, out, t, next, w + " " + next.lower(), "'" + c.slice(c.start() + t.start(),
                            c.start() + next.end()) + "' in claim " + c.number() + " is in means- (or step-) plus-"
                            + "function form: it covers only the structure (or acts) the specification describes for"
                            + " that function, and their equivalents");
                    continue;
                }
                if (!m.words().contains(Words.singular(w))) {
                    continue;
                }
                TermMatcher.Match link = m.links().at(tokens, i + 1);
                if (link != null) {
                    Token end = tokens.get(link.last());
                    report(c, out, t, end, Words.singular(w), "'" + c.slice(c.start() + t.start(), c.start() + end.end())
                            + "' in claim " + c.number() + " names a generic placeholder by its function; without"
                            + " structure in the claim it may be read as means-plus-function and limited to the"
                            + " specification's structure");
                }
            }
        }
    }

    private static boolean definite(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Token p = tokens.get(k);
            if (!p.isWord()) {
                return false;
            }
            if (p.is("the") || p.is("said")) {
                return true;
            }
            if (p.is("a") || p.is("an")) {
                return false;
            }
        }
        return false;
    }

    private void report(Claim c, Consumer<Finding> out, Token from, Token to, String term, String message) {
        out.accept(finding(c.number(), c.start() + from.start(), c.start() + to.end(), Part.CLAIMS, message, term));
    }
}
