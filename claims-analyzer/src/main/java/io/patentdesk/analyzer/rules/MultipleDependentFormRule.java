package io.patentdesk.analyzer.rules;

import io.patentdesk.analyzer.AnalysisContext;
import io.patentdesk.analyzer.ChineseText;
import io.patentdesk.analyzer.JapaneseText;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimKind;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.ReferenceMode;
import io.patentdesk.analyzer.Rule;
import io.patentdesk.analyzer.Severity;
import java.util.function.Consumer;

/** A multiple dependent claim must refer to the other claims in the alternative only (37 CFR 1.75(c)). */
public final class MultipleDependentFormRule implements Rule {

    @Override
    public String id() {
        return "multiple-dependent-form";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    /** Japanese claims: "【請求項N】" labels, "請求項１に記載の" references and the full stop 。 are read. */
    @Override
    public boolean readsJapanese() {
        return true;
    }

    @Override
    public String citation() {
        return "37 CFR 1.75(c); MPEP 608.01(n)";
    }

    @Override
    public void check(AnalysisContext ctx, Consumer<Finding> out) {
        for (Claim c : ctx.claims().claims()) {
            if (c.kind() == ClaimKind.MULTIPLE_DEPENDENT && c.referenceMode() == ReferenceMode.CUMULATIVE
                    && c.referenceSpan() != null) {
                String written = c.slice(c.referenceSpan().start(), c.referenceSpan().end());
                out.accept(finding(c.number(), c.referenceSpan().start(), c.referenceSpan().end(), Part.CLAIMS,
                        JapaneseText.isJapanese(c.text(), c.contentStart() - c.start()) ? japaneseMessage(c, written)
                        : ChineseText.isChinese(written, 0) ? chineseMessage(c, written) : "claim " + c.number()
                                + " refers to claims " + join(c) + " together ('" + written
                                + "'); a multiple dependent claim must refer to them in the alternative, e.g. 'claim "
                                + c.references().get(0) + " or " + c.references().get(1) + "' or 'any one of claims "
                                + c.references().get(0) + " to " + c.references().get(c.references().size() - 1) + "'",
                        null));
            }
        }
    }

    /**
     * "权利要求1-5所述" names a range without 任一项/之一: read as all of the claims together, which 专利审查指南 第二部分第二章
     * 3.3.2 does not allow (a multiple dependent claim refers to the earlier claims in the alternative only, 择一引用).
     */
    private static String chineseMessage(Claim c, String written) {
        int first = c.references().get(0);
        int last = c.references().get(c.references().size() - 1);
        boolean range = last - first + 1 == c.references().size();
        String fix = range ? "权利要求" + first + "-" + last + "中任一项" : "权利要求" + join(c).replace(", ", "或");
        return "权利要求" + c.number() + " refers to 权利要求 " + join(c) + " together ('" + written + "'), not in the"
                + " alternative (择一引用): write '" + fix + "'";
    }

    /** "請求項１及び２に記載の", "請求項１、２に記載の": a Japanese claim cites two or more claims in the alternative. */
    private static String japaneseMessage(Claim c, String written) {
        int first = c.references().get(0);
        int last = c.references().get(c.references().size() - 1);
        boolean range = last - first + 1 == c.references().size();
        String fix = range && c.references().size() > 2 ? "\u8acb\u6c42\u9805" + first + "\uff5e" + last
                + "\u306e\u3044\u305a\u308c\u304b\u4e00\u9805" // 請求項N～Mのいずれか一項
                : "\u8acb\u6c42\u9805" + join(c).replace(", ", "\u53c8\u306f"); // 請求項N又はM
        return "\u8acb\u6c42\u9805" + c.number() + " cites \u8acb\u6c42\u9805 " + join(c) + " together ('" + written
                + "'), not in the alternative: write '" + fix + "'";
    }

    static String join(Claim c) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < c.references().size() && i < 8; i++) {
            sb.append(i == 0 ? "" : ", ").append(c.references().get(i));
        }
        return c.references().size() > 8 ? sb.append(", ...").toString() : sb.toString();
    }
}
