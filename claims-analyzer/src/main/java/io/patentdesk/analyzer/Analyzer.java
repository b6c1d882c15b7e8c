package io.patentdesk.analyzer;

import io.patentdesk.analyzer.rules.AbstractLengthRule;
import io.patentdesk.analyzer.rules.AmbiguousAntecedentRule;
import io.patentdesk.analyzer.rules.AntecedentBasisRule;
import io.patentdesk.analyzer.rules.ClaimNumberingRule;
import io.patentdesk.analyzer.rules.ClaimPeriodRule;
import io.patentdesk.analyzer.rules.CnipaReferenceSignsRule;
import io.patentdesk.analyzer.rules.CnipaTwoPartFormRule;
import io.patentdesk.analyzer.rules.DependencyCategoryRule;
import io.patentdesk.analyzer.rules.DependencyMissingRule;
import io.patentdesk.analyzer.rules.EpoFigureReferenceRule;
import io.patentdesk.analyzer.rules.EpoIndependentPerCategoryRule;
import io.patentdesk.analyzer.rules.EpoReferenceSignsRule;
import io.patentdesk.analyzer.rules.EpoTwoPartFormRule;
import io.patentdesk.analyzer.rules.InconsistentTermRule;
import io.patentdesk.analyzer.rules.IndefiniteTermRule;
import io.patentdesk.analyzer.rules.InputQualityRule;
import io.patentdesk.analyzer.rules.MeansPlusFunctionRule;
import io.patentdesk.analyzer.rules.MultipleDependentChainRule;
import io.patentdesk.analyzer.rules.MultipleDependentFormRule;
import io.patentdesk.analyzer.rules.ReferenceNumeralRule;
import io.patentdesk.analyzer.rules.TitleLengthRule;
import io.patentdesk.analyzer.rules.UnsupportedTermRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses claims and runs the rules the office's {@link OfficePack} names, as that pack states them; on Japanese claims
 * only the rules that read Japanese ({@link Rule#readsJapanese}). Immutable and thread-safe: build one and reuse it
 * (the editor calls it on every pause in typing).
 */
public final class Analyzer {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::part)
            .thenComparingInt(Finding::start).thenComparingInt(Finding::end).thenComparing(Finding::rule);

    private final WordLists words;
    private final List<Rule> rules;
    private final TransitionFinder transitions;

    public Analyzer() {
        this(WordLists.defaults());
    }

    /** An analyzer using these (possibly user-edited) word lists. */
    public Analyzer(WordLists words) {
        this(words, defaultRules());
    }

    /** An analyzer with a chosen set of rules. */
    public Analyzer(WordLists words, List<Rule> rules) {
        this.words = words;
        this.rules = List.copyOf(rules);
        this.transitions = TransitionFinder.of(words.get(WordLists.Kind.TRANSITIONS));
    }

    /** Every rule, in a stable order. */
    public static List<Rule> defaultRules() {
        return List.of(new ClaimNumberingRule(), new ClaimPeriodRule(), new DependencyMissingRule(),
                new MultipleDependentFormRule(), new MultipleDependentChainRule(), new DependencyCategoryRule(),
                new AntecedentBasisRule(), new AmbiguousAntecedentRule(), new InconsistentTermRule(),
                new IndefiniteTermRule(), new MeansPlusFunctionRule(), new UnsupportedTermRule(),
                new ReferenceNumeralRule(), new AbstractLengthRule(), new TitleLengthRule(), new InputQualityRule(),
                new EpoTwoPartFormRule(), new EpoIndependentPerCategoryRule(), new EpoFigureReferenceRule(),
                new EpoReferenceSignsRule(), new CnipaTwoPartFormRule(),
                new CnipaReferenceSignsRule());
    }

    public List<Rule> rules() {
        return rules;
    }

    public Report analyze(Document doc, Office office, Suppressions suppressions) {
        ClaimSet claims = parseClaims(doc);
        ClaimTree tree = ClaimTree.of(claims);
        AnalysisContext ctx = new AnalysisContext(doc, claims, tree, office, words, transitions);
        OfficePack pack = office.pack();
        List<Finding> all = new ArrayList<>();
        // Rules that read one language's words do not run on Japanese claims (no Japanese text measured for them)
        boolean japanese = JapaneseText.isJapaneseText(doc.claims());
        for (Rule r : rules) {
            if (pack.applies(r.id()) && (!japanese || r.readsJapanese())) {
                // The office's pack states each finding: its citation, its severity at most the office's.
                r.check(ctx, f -> all.add(pack.restate(r, f)));
            }
        }
        // Findings on claims cut off in copying rest on lost words; the input-quality finding names those claims.
        List<Finding> readable = CutOffClaims.withhold(all, claims, tree);
        List<Finding> kept = new ArrayList<>(readable.size());
        for (Finding f : readable) {
            if (!suppressions.suppresses(f)) {
                kept.add(f);
            }
        }
        kept.sort(ORDER);
        return new Report(claims, tree, kept, Fees.of(claims, tree, office, doc.description()), readable.size() - kept.size());
    }

    public Report analyze(Document doc, Suppressions suppressions) {
        return analyze(doc, Office.USPTO, suppressions);
    }

    public Report analyze(Document doc) {
        return analyze(doc, Office.USPTO, Suppressions.none());
    }

    /** Analyzes a claims-only text; offsets point into {@code claimsText}. */
    public Report analyze(String claimsText) {
        return analyze(Document.ofClaims(claimsText));
    }

    /** Parses the document's claims as the analyzer would, without running the rules. */
    public ClaimSet parseClaims(Document doc) {
        return ClaimParser.parse(doc.claims(), doc.origin(Part.CLAIMS), transitions);
    }
}
