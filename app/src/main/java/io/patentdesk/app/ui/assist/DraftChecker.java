package io.patentdesk.app.ui.assist;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Report;
import io.patentdesk.app.assist.CaretClaim;
import io.patentdesk.app.assist.DependentClaimNumbering;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.analysis.DocumentLayout;
import io.patentdesk.app.ui.analysis.MatterAnalyzer;
import io.patentdesk.app.ui.analysis.MatterOffice;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a drafted claim before it is accepted: the claims analyzer reads the matter with the draft inserted where
 * Accept would put it, and the findings that were not there before are the draft's. Analysis takes milliseconds to a
 * second on a long application: call it off the UI thread. Thread-safe.
 */
public final class DraftChecker {
    private final Analyzer analyzer = new Analyzer();

    /**
     * The draft as it would be inserted and what it would add. Dependents are renumbered after the last claim of
     * {@code m} and made to depend on the claim they were asked for; drafts that go elsewhere than the claims are not
     * checked.
     *
     * @param m      the matter the draft was made from (with the editors' text then)
     * @param input  what it was made from (the claim at the caret, a selection of the claims, ...)
     * @param target where Accept puts it
     * @param draft  the draft as the model wrote it
     */
    public DraftReview review(Matter m, DraftInput input, AssistAction.Target target, String draft) {
        String text = draft;
        if (input instanceof DraftInput.DependentsOf d) {
            text = DependentClaimNumbering.renumber(draft, CaretClaim.nextNumber(m.claims()), d.parent());
        } else if (input instanceof DraftInput.Abstract) {
            // A new independent claim (and any dependents the model added to it) goes after the last claim.
            int next = CaretClaim.nextNumber(m.claims());
            text = DependentClaimNumbering.renumber(draft, next, next);
        }
        String claimsAfter = claimsWith(m.claims(), input, target, text.strip());
        if (claimsAfter == null || text.isBlank()) {
            return DraftReview.unchecked(text);
        }
        return new DraftReview(text, true, added(findings(m), findings(m.withClaims(claimsAfter))));
    }

    /** The claims with the draft inserted as Accept inserts it; null when the draft does not go into the claims. */
    static String claimsWith(String claims, DraftInput input, AssistAction.Target target, String draft) {
        if (target == AssistAction.Target.CLAIMS_END) {
            String sep = claims.isBlank() ? "" : claims.endsWith("\n\n") ? "" : claims.endsWith("\n") ? "\n" : "\n\n";
            return claims + sep + draft;
        }
        if (target == AssistAction.Target.SELECTION && input instanceof DraftInput.Selection s && "claims".equals(s.part())
                && s.start() >= 0 && s.end() <= claims.length() && s.start() <= s.end()) {
            return claims.substring(0, s.start()) + draft + claims.substring(s.end());
        }
        return null;
    }

    private List<Finding> findings(Matter m) {
        Document doc = DocumentLayout.of(m).document();
        Report r = analyzer.analyze(doc, MatterOffice.of(m, doc), MatterAnalyzer.suppressions(m));
        return r.findings();
    }

    /** The findings of {@code after} beyond those of {@code before}, matched by fingerprint (offsets move with edits). */
    static List<Finding> added(List<Finding> before, List<Finding> after) {
        Map<String, Integer> had = new HashMap<>();
        for (Finding f : before) {
            had.merge(f.fingerprint(), 1, Integer::sum);
        }
        List<Finding> added = new ArrayList<>();
        for (Finding f : after) {
            Integer n = had.get(f.fingerprint());
            if (n == null || n == 0) {
                added.add(f);
            } else {
                had.put(f.fingerprint(), n - 1);
            }
        }
        return added;
    }
}
