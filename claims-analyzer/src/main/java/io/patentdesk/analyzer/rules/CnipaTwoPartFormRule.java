package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/**
 * A Chinese independent claim without 其特征在于 / 其特征是: 专利法实施细则 第二十四条 asks for a preamble (前序部分) and a
 * characterising portion (特征部分) "where appropriate", and the Guidelines name where the one-part form fits, so this is
 * a note. Underlines the claim's number.
 */
public final class CnipaTwoPartFormRule implements Rule {

    @Override
    public String id() {
        return "cnipa-two-part-form";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public String citation() {
        return "专利法实施细则 第二十四条";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        for (Claim c : ctx.claims().claims()) {
            if (!c.isIndependent() || c.isCanceled() || c.analysisContent().isBlank()
                    || !ChineseText.isChinese(c.text(), c.contentStart() - c.start())
                    || ctx.characterizingPhrase(c) != null) { // 其特征在于, 其特征是: the transitions word list
                continue;
            }
            out.accept(finding(c.number(), c.numberSpan().start(), EpoTwoPartFormRule.labelEnd(c), Part.CLAIMS,
                    "独立权利要求" + c.number() + " has no 其特征在于/其特征是: where appropriate, write the features it"
                            + " shares with the closest prior art (前序部分), then 其特征在于 and what is new (特征部分)",
                    null));
        }
    }
}
