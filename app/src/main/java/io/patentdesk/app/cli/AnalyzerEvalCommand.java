package io.patentdesk.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code patentdesk analyzer-eval}: how well the antecedent-basis checks agree with an examiner. (1) The hand-labelled
 * evaluation set (real claim sets, every claim judged; see claims-analyzer/src/test/resources/eval/README.md): the
 * findings of the antecedent rules are paired with the labels ({@link LabelMatcher}) for precision and recall with
 * 95 % Wilson intervals, overall, per label kind and per rule, plus the misses and false alarms. (2) Error findings
 * per 100 claims on the corpus's English full-text folders, by folder, era and kind ({@link CorpusErrorRates}).
 */
@Command(name = "analyzer-eval", mixinStandardHelpOptions = true,
        description = "Measures the antecedent checks on the hand-labelled evaluation set (precision, recall) and the"
                + " error findings per 100 claims on the shared corpus.")
public final class AnalyzerEvalCommand implements Callable<Integer> {

    enum Format { text, json }

    /**
     * The rules whose findings are matched to the labels, by default: these ids and any other id with "antecedent" in
     * it, so that a new antecedent rule is measured without a change here. {@code --rules} replaces the selection.
     */
    static final Set<String> ANTECEDENT_RULES = Set.of("antecedent-basis", "ambiguous-antecedent",
            "dependency-category");

    static final String DEFAULT_SET = "claims-analyzer/src/test/resources/eval/antecedent-eval.jsonl";

    private static final int TOP_RULES = 3;

    @Option(names = "--set", paramLabel = "FILE", defaultValue = DEFAULT_SET,
            description = "the labelled evaluation set (default: ${DEFAULT-VALUE})")
    Path set;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "the shared corpus folder for error rates; skipped with a note when absent"
                    + " (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--no-corpus", description = "only the evaluation set")
    boolean noCorpus;

    @Option(names = "--rules", paramLabel = "ID", split = ",",
            description = "rule ids whose findings are matched (default: antecedent-basis, ambiguous-antecedent,"
                    + " dependency-category and any id containing 'antecedent')")
    List<String> rules;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        long t0 = System.nanoTime();
        List<LabelledClaimSet> sets;
        try {
            sets = LabelledClaimSets.read(set);
        } catch (IOException e) {
            spec.commandLine().getErr().println("patentdesk: " + e.getMessage());
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        Predicate<String> chosen = rules == null ? AnalyzerEvalCommand::antecedentRule : Set.copyOf(rules)::contains;
        Analyzer analyzer = new Analyzer();
        EvalTally tally = new EvalTally();
        Map<String, EvalTally> byDocumentKind = new TreeMap<>();
        Set<String> seenRules = new TreeSet<>();
        Map<String, Integer> claimsByKind = new TreeMap<>();
        int claims = 0;
        for (LabelledClaimSet s : sets) {
            Report report = analyzer.analyze(Document.ofClaims(s.claims()));
            List<Finding> findings = report.findings().stream().filter(f -> chosen.test(f.rule())).toList();
            findings.forEach(f -> seenRules.add(f.rule()));
            LabelMatcher.Outcome outcome = LabelMatcher.match(s, findings, report.tree());
            tally.add(s, outcome);
            byDocumentKind.computeIfAbsent(s.kind(), k -> new EvalTally()).add(s, outcome);
            claims += s.labelledClaims().size();
            claimsByKind.merge(s.kind(), s.labelledClaims().size(), Integer::sum);
        }
        ObjectNode result = evalJson(set, sets.size(), claims, claimsByKind, seenRules, tally, byDocumentKind);
        String corpusNote = null;
        CorpusErrorRates rates = null;
        if (!noCorpus && Files.isDirectory(corpus)) {
            rates = CorpusErrorRates.measure(corpus, analyzer);
            ObjectNode c = result.putObject("corpusErrorRates");
            c.put("corpus", corpus.toString());
            groups(c.putObject("byFolder"), rates.byFolder);
            groups(c.putObject("byFolderClaim1Intact"), rates.intactOpening);
            groups(c.putObject("byEra"), rates.byEra);
            groups(c.putObject("byKind"), rates.byKind);
            groups(c.putObject("byOffice"), rates.byOffice);
        } else if (!noCorpus) {
            corpusNote = "corpus folder " + corpus + " not found: error rates skipped";
        }
        result.put("seconds", Math.round((System.nanoTime() - t0) / 1e6) / 1000.0);

        PrintWriter out = spec.commandLine().getOut();
        if (corpusNote != null) {
            spec.commandLine().getErr().println("patentdesk: " + corpusNote);
        }
        if (format == Format.json) {
            out.println(result.toPrettyString());
        } else {
            printText(out, result, tally, byDocumentKind, rates);
        }
        out.flush();
        return 0;
    }

    /** The evaluation set's figures, with every miss and false alarm. */
    private static ObjectNode evalJson(Path set, int setCount, int claims, Map<String, Integer> claimsByKind,
                                       Set<String> seenRules, EvalTally tally, Map<String, EvalTally> byDocumentKind) {
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("set", set.toString());
        result.put("claimSets", setCount);
        result.put("claims", claims);
        claimsByKind.forEach(result.putObject("claimsByKind")::put);
        result.put("labels", tally.recall().total());
        result.put("certainLabels", tally.certainRecall().total());
        ArrayNode ruleIds = result.putArray("rulesWithFindings");
        seenRules.forEach(ruleIds::add);
        ratio(result.putObject("precision"), tally.precision());
        ratio(result.putObject("errorPrecision"), tally.errorPrecision());
        result.put("repeats", tally.repeats());
        ratio(result.putObject("recall"), tally.recall());
        ratio(result.putObject("certainRecall"), tally.certainRecall());
        ObjectNode byKind = result.putObject("recallByKind");
        tally.recallByKind().forEach((k, r) -> ratio(byKind.putObject(k), r));
        ObjectNode byRule = result.putObject("precisionByRule");
        tally.precisionByRule().forEach((k, r) -> ratio(byRule.putObject(k), r));
        ObjectNode byDocument = result.putObject("byDocumentKind");
        byDocumentKind.forEach((k, t) -> {
            ObjectNode o = byDocument.putObject(k);
            ratio(o.putObject("precision"), t.precision());
            ratio(o.putObject("recall"), t.recall());
            ratio(o.putObject("certainRecall"), t.certainRecall());
        });
        ArrayNode misses = result.putArray("misses");
        for (EvalTally.Miss m : tally.misses()) {
            ObjectNode o = misses.addObject();
            o.put("id", m.setId());
            o.put("claim", m.label().claim());
            o.put("phrase", m.label().phrase());
            o.put("start", m.label().start());
            o.put("kind", m.label().kind());
            o.put("confidence", m.label().confidence());
            o.put("reason", m.label().reason());
        }
        ArrayNode alarms = result.putArray("falseAlarms");
        for (EvalTally.FalseAlarm a : tally.falseAlarms()) {
            ObjectNode o = alarms.addObject();
            o.put("id", a.setId());
            if (a.finding().claim() != null) {
                o.put("claim", a.finding().claim());
            }
            o.put("rule", a.finding().rule());
            o.put("severity", a.finding().severity().name().toLowerCase(Locale.ROOT));
            o.put("phrase", a.phrase());
            o.put("start", a.finding().start());
            o.put("message", a.finding().message());
        }
        return result;
    }

    /** The default selection: the named antecedent rules and any rule id about antecedents. */
    static boolean antecedentRule(String id) {
        return ANTECEDENT_RULES.contains(id) || id.contains("antecedent");
    }

    private static void ratio(ObjectNode o, EvalTally.Ratio r) {
        o.put("hits", r.hits());
        o.put("of", r.total());
        WilsonInterval w = r.interval();
        if (r.total() > 0) {
            o.put("value", round(r.value()));
            o.put("low", round(w.low()));
            o.put("high", round(w.high()));
        }
    }

    private static void groups(ObjectNode o, Map<String, CorpusErrorRates.Group> groups) {
        groups.forEach((name, g) -> {
            ObjectNode n = o.putObject(name);
            n.put("sets", g.sets);
            n.put("claims", g.claims);
            n.put("errorFindings", g.errors);
            n.put("errorsPer100Claims", Math.round(g.per100() * 100) / 100.0);
            g.topRules(TOP_RULES).forEach(n.putObject("topRules")::put);
        });
    }

    private static void printText(PrintWriter out, ObjectNode r, EvalTally tally, Map<String, EvalTally> byDocumentKind,
                                  CorpusErrorRates rates) {
        out.printf("evaluation set %s: %d claim sets, %d claims %s, %d labels (%d certain)%n", r.get("set").asText(),
                r.get("claimSets").asInt(), r.get("claims").asInt(), r.get("claimsByKind"), r.get("labels").asInt(),
                r.get("certainLabels").asInt());
        out.printf("rules with findings: %s%n", r.get("rulesWithFindings"));
        out.println(line("precision", tally.precision()) + " of findings (" + tally.repeats()
                + " repeats of a labelled problem not counted)");
        out.println(line("precision, errors", tally.errorPrecision()));
        out.println(line("recall", tally.recall()) + " of labels");
        out.println(line("recall, certain", tally.certainRecall()));
        out.println("recall by label kind:");
        tally.recallByKind().forEach((k, v) -> out.println(line("  " + k, v)));
        out.println("precision by rule:");
        tally.precisionByRule().forEach((k, v) -> out.println(line("  " + k, v)));
        out.println("by document kind:");
        byDocumentKind.forEach((k, t) -> {
            out.println(line("  " + k + " precision", t.precision()));
            out.println(line("  " + k + " recall", t.recall()));
            out.println(line("  " + k + " recall, certain", t.certainRecall()));
        });
        out.println("misses:");
        for (EvalTally.Miss m : tally.misses()) {
            out.printf("  %s claim %d @%d \"%s\" [%s, %s] %s%n", m.setId(), m.label().claim(), m.label().start(),
                    m.label().phrase(), m.label().kind(), m.label().confidence(), m.label().reason());
        }
        out.println("false alarms:");
        for (EvalTally.FalseAlarm a : tally.falseAlarms()) {
            out.printf("  %s claim %s @%d \"%s\" [%s, %s] %s%n", a.setId(), a.finding().claim(), a.finding().start(),
                    a.phrase(), a.finding().rule(), a.finding().severity().name().toLowerCase(Locale.ROOT),
                    a.finding().message());
        }
        if (rates != null) {
            out.printf("error findings per 100 claims (%s):%n", r.get("corpusErrorRates").get("corpus").asText());
            List<String[]> rows = new ArrayList<>();
            rates.byFolder.forEach((k, g) -> {
                rows.add(row("folder " + k, g));
                if (rates.intactOpening.containsKey(k)) {
                    rows.add(row("folder " + k + ", claim 1 intact", rates.intactOpening.get(k)));
                }
            });
            rates.byEra.forEach((k, g) -> rows.add(row("era " + k, g)));
            rates.byKind.forEach((k, g) -> rows.add(row("kind " + k, g)));
            rates.byOffice.forEach((k, g) -> rows.add(row("office " + k, g)));
            int width = rows.stream().mapToInt(x -> x[0].length()).max().orElse(10);
            out.printf("  %-" + width + "s %6s %7s %7s %7s  %s%n", "", "sets", "claims", "errors", "per100", "top rules");
            for (String[] x : rows) {
                out.printf("  %-" + width + "s %6s %7s %7s %7s  %s%n", (Object[]) x);
            }
        }
        out.printf("%.2f s%n", r.get("seconds").asDouble());
    }

    private static String[] row(String name, CorpusErrorRates.Group g) {
        return new String[] {name, String.valueOf(g.sets), String.valueOf(g.claims), String.valueOf(g.errors),
            String.format(Locale.ROOT, "%.2f", g.per100()), g.topRules(TOP_RULES).toString()};
    }

    private static String line(String name, EvalTally.Ratio r) {
        if (r.total() == 0) {
            return String.format(Locale.ROOT, "%-30s    -  (0 of 0)", name);
        }
        WilsonInterval w = r.interval();
        return String.format(Locale.ROOT, "%-30s %.2f [%.2f, %.2f] (%d of %d)", name, r.value(), w.low(), w.high(),
                r.hits(), r.total());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
