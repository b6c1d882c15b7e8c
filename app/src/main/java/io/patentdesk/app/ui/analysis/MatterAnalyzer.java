package io.patentdesk.app.ui.analysis;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimOutline;
import io.patentdesk.analyzer.ClaimTree;
import io.patentdesk.analyzer.Confidence;
import io.patentdesk.analyzer.FeeEstimate;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Suppression;
import io.patentdesk.analyzer.Suppressions;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.OfficeChoice;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.matter.SuppressedFinding;
import io.patentdesk.editor.ClaimNode;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import jakarta.inject.Singleton;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Runs the claims analyzer on a matter and translates its report for the editor controls. Thread-safe. */
@Singleton
public final class MatterAnalyzer {
    private final Analyzer analyzer = new Analyzer();
    /** Revisits unsupported-term warnings with the embedding model; null: the analyzer's report as it is. */
    private final io.patentdesk.app.prior.SemanticSupportService semanticSupport;

    /** The analyzer alone, without the embedding model. */
    public MatterAnalyzer() {
        this(null);
    }

    /** The analyzer, its unsupported-term warnings revisited by {@code semanticSupport} when its vectors are ready. */
    @jakarta.inject.Inject
    public MatterAnalyzer(io.patentdesk.app.prior.SemanticSupportService semanticSupport) {
        this.semanticSupport = semanticSupport;
    }

    /**
     * Called (on a background thread) when the description's vectors that an analysis lacked are ready: analysing
     * the matter again then turns its semantically supported terms into infos.
     */
    public void onSemanticSupportReady(Runnable r) {
        if (semanticSupport != null) {
            semanticSupport.onReady(r);
        }
    }

    public AnalysisResult analyze(Matter m) {
        long t0 = System.nanoTime();
        DocumentLayout layout = DocumentLayout.of(m);
        Office office = MatterOffice.of(m, layout.document());
        Report report = analyzer.analyze(layout.document(), office, suppressions(m));
        if (semanticSupport != null) {
            report = semanticSupport.revise(report, layout.document().description());
        }
        List<FindingItem> items = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Finding f : report.findings()) {
            items.add(item(f, layout, seen));
        }
        List<ClaimNode> tree = tree(report);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        FeeEstimate fees = office.pack().fees().estimate(report.fees(), MatterOffice.entity(m, office));
        String note = FeeLines.note(fees) + (m.office() == OfficeChoice.AUTOMATIC
                ? " Office guessed from the text; Matter \u2192 Office and Fees\u2026 sets it." : "");
        return new AnalysisResult(m, items, tree, FeeLines.of(fees), fees.currency(), note,
                report.suppressed(), millis);
    }

    /** The suppression that hides exactly {@code f} in this matter, for storing with it. */
    public SuppressedFinding suppressionFor(FindingItem f, Matter m) {
        String fingerprint = f.key().substring(0, f.key().lastIndexOf('#'));
        return new SuppressedFinding(f.rule(), new Suppression(Suppression.Scope.FINDING, f.rule(), fingerprint).toString());
    }

    /** The matter's stored suppressions for the analyzer; an anchor that is not in the analyzer's form is a term. */
    public static Suppressions suppressions(Matter m) {
        List<Suppression> list = new ArrayList<>();
        for (SuppressedFinding s : m.suppressions()) {
            try {
                list.add(Suppression.parse(s.anchor()));
            } catch (IllegalArgumentException plainText) {
                list.add(Suppression.ofTerm(s.ruleId(), s.anchor()));
            }
        }
        return Suppressions.of(list);
    }

    private static FindingItem item(Finding f, DocumentLayout layout, Map<String, Integer> seen) {
        String part;
        int start = f.start();
        int end = f.end();
        if (f.part() == Part.DESCRIPTION) {
            DocumentLayout.Location a = layout.locate(f.start());
            DocumentLayout.Location b = layout.locate(Math.max(f.start(), f.end()));
            part = a.part();
            start = a.offset();
            end = b.part().equals(a.part()) ? b.offset() : a.offset();
        } else {
            part = switch (f.part()) {
                case CLAIMS -> "claims";
                case ABSTRACT -> Section.ABSTRACT.key();
                case TITLE -> Section.TITLE.key();
                case DESCRIPTION -> throw new AssertionError();
            };
        }
        // Two findings can share a fingerprint (the same term twice in one claim): number them for a unique key.
        int n = seen.merge(f.fingerprint(), 1, Integer::sum);
        return new FindingItem(f.fingerprint() + "#" + n, severity(f), f.rule(), title(f.rule()), part,
                f.claim() == null ? 0 : f.claim(), start, end, f.message(), f.citation(),
                f.confidence() == Confidence.POSSIBLE);
    }

    private static Severity severity(Finding f) {
        return switch (f.severity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
        };
    }

    /** "antecedent-basis" becomes "Antecedent basis". */
    static String title(String ruleId) {
        String words = ruleId.replace('-', ' ').replace('_', ' ').strip();
        return words.isEmpty() ? ruleId : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /**
     * The claim tree for the editor, as {@link ClaimOutline} lays it out (bounded in depth and size for any claim
     * set), turned into nodes with an explicit stack of the rows whose dependents are still being collected.
     */
    private static List<ClaimNode> tree(Report report) {
        ClaimTree tree = report.tree();
        Set<Integer> withErrors = new HashSet<>();
        for (Finding f : report.findings()) {
            if (f.claim() != null && f.severity() == io.patentdesk.analyzer.Severity.ERROR) {
                withErrors.add(f.claim());
            }
        }
        List<ClaimNode> roots = new ArrayList<>();
        ArrayDeque<OpenRow> open = new ArrayDeque<>();
        for (ClaimOutline.Row row : ClaimOutline.of(tree)) {
            while (open.size() > row.depth()) {
                close(open, roots, tree, withErrors);
            }
            open.push(new OpenRow(row, new ArrayList<>()));
        }
        while (!open.isEmpty()) {
            close(open, roots, tree, withErrors);
        }
        return roots;
    }

    private record OpenRow(ClaimOutline.Row row, List<ClaimNode> children) {}

    private static void close(ArrayDeque<OpenRow> open, List<ClaimNode> roots, ClaimTree tree, Set<Integer> withErrors) {
        OpenRow o = open.pop();
        int n = o.row().claim();
        String note = switch (o.row().note()) {
            case DEPENDENTS_ABOVE -> " (dependents above)";
            case DEPENDENTS_BELOW -> " (dependents below)";
            case CONTINUED -> " (continued)";
            case NONE -> "";
        };
        ClaimNode node = new ClaimNode(n, label(tree.claim(n)) + note, withErrors.contains(n), o.children());
        (open.isEmpty() ? roots : open.peek().children()).add(node);
    }

    private static String label(Claim c) {
        if (c == null) {
            return "(missing)";
        }
        String preamble = c.preamble() == null ? c.content() : c.slice(c.preamble().start(), c.preamble().end());
        preamble = preamble.replaceAll("\\s+", " ").strip();
        if (preamble.endsWith(",")) {
            preamble = preamble.substring(0, preamble.length() - 1);
        }
        return preamble.length() > 44 ? preamble.substring(0, 42).strip() + "\u2026" : preamble;
    }
}
