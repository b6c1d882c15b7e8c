package io.patentdesk.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.app.cli.CorpusClaimSets;
import io.patentdesk.app.cli.PatentDeskCommand;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.Finding;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Severity;
import io.patentdesk.analyzer.Suppressions;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code patentdesk analyzer-bench}: the analyzer's figures. (1) A 100-claim set with a 50-page specification (pages
 * of 3,000 characters), built from corpus text, analyzed repeatedly after warm-up: median and 90th percentile.
 * (2) Every claim set of the corpus analyzed in one pass (best of three after a warm-up pass). (3) Error findings per
 * 100 granted claims of us-fulltext, by rule: granted patents were examined, so these are mostly false positives.
 * (4) The first 100 claims of cn-claims under the CNIPA pack, timed as (1).
 */
@Command(name = "analyzer-bench", mixinStandardHelpOptions = true,
        description = "Measures claims-analyzer speed and its error rate on granted patents of the shared corpus.")
public final class AnalyzerBenchCommand implements Callable<Integer> {

    enum Format { text, json }

    static final int PAGE_CHARS = 3000;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "the shared corpus folder (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--iterations", defaultValue = "300", description = "timed runs of the 100-claim document")
    int iterations;

    @Option(names = "--warmup", defaultValue = "200", description = "untimed runs before timing (JIT warm-up)")
    int warmup;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (iterations < 1 || warmup < 0) {
            spec.commandLine().getErr().println("patentdesk: --iterations must be at least 1 and --warmup at least 0");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        if (!Files.isDirectory(corpus)) {
            spec.commandLine().getErr().println("patentdesk: corpus folder " + corpus + " does not exist");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        List<CorpusClaimSets.Entry> entries = CorpusClaimSets.read(corpus);
        Analyzer analyzer = new Analyzer();
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("corpus", corpus.toString());
        result.put("java", System.getProperty("java.version"));
        result.put("cpus", Runtime.getRuntime().availableProcessors());
        result.put("loadAverageAtStart", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));

        Document big = hundredClaimDocument(entries);
        ObjectNode one = result.putObject("hundredClaimDocument");
        one.put("claims", analyzer.analyze(big).claims().size());
        one.put("specificationChars", big.description().length());
        one.put("specificationPages", big.description().length() / PAGE_CHARS);
        for (int i = 0; i < warmup; i++) {
            analyzer.analyze(big);
        }
        // Wall time, and the thread's CPU time: on a shared machine the second is what the analyzer itself costs.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[iterations];
        double[] cpu = new double[iterations];
        for (int i = 0; i < iterations; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            analyzer.analyze(big);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        one.put("iterations", iterations);
        one.put("medianMs", round(ms[ms.length / 2]));
        one.put("p90Ms", round(ms[(int) (ms.length * 0.9)]));
        one.put("minMs", round(ms[0]));
        one.put("medianCpuMs", round(cpu[cpu.length / 2]));
        one.put("p90CpuMs", round(cpu[(int) (cpu.length * 0.9)]));

        Document chinese = hundredChineseClaims(corpus.resolve("cn-claims"));
        ObjectNode zh = null;
        if (chinese != null) {
            zh = result.putObject("hundredChineseClaims");
            zh.put("chars", chinese.claims().length());
            for (int i = 0; i < warmup; i++) {
                analyzer.analyze(chinese, Office.CNIPA, Suppressions.none());
            }
            double[] zms = new double[iterations];
            double[] zcpu = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                analyzer.analyze(chinese, Office.CNIPA, Suppressions.none());
                zms[i] = (System.nanoTime() - t0) / 1e6;
                zcpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(zms);
            Arrays.sort(zcpu);
            zh.put("medianMs", round(zms[zms.length / 2]));
            zh.put("p90Ms", round(zms[(int) (zms.length * 0.9)]));
            zh.put("medianCpuMs", round(zcpu[zcpu.length / 2]));
        }

        int claims = entries.stream().mapToInt(CorpusClaimSets.Entry::claims).sum();
        ObjectNode all = result.putObject("wholeCorpus");
        all.put("claimSets", entries.size());
        all.put("claims", claims);
        analyzeAll(analyzer, entries);
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            analyzeAll(analyzer, entries);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            bestCpu = Math.min(bestCpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        all.put("seconds", round(best));
        all.put("cpuSeconds", round(bestCpu));

        int granted = 0;
        int errors = 0;
        Map<String, Integer> byRule = new TreeMap<>();
        for (CorpusClaimSets.Entry e : entries) {
            if (!e.folder().equals("us-fulltext") || !e.granted()) {
                continue;
            }
            Report r = analyzer.analyze(e.document());
            granted += r.claims().size();
            for (Finding f : r.findings()) {
                if (f.severity() == Severity.ERROR) {
                    errors++;
                    byRule.merge(f.rule(), 1, Integer::sum);
                }
            }
        }
        ObjectNode rate = result.putObject("grantedErrorRate");
        rate.put("folder", "us-fulltext");
        rate.put("grantedClaims", granted);
        rate.put("errorFindings", errors);
        rate.put("errorsPer100Claims", granted == 0 ? 0 : round(errors * 100.0 / granted));
        ObjectNode rules = rate.putObject("byRule");
        byRule.forEach(rules::put);

        if (format == Format.json) {
            out.println(result.toPrettyString());
        } else {
            out.printf("100-claim set + %d-page specification (%d chars): median %.2f ms (CPU %.2f ms), p90 %.2f ms"
                            + " (CPU %.2f ms) over %d runs%n", one.get("specificationPages").asInt(),
                    big.description().length(), one.get("medianMs").asDouble(), one.get("medianCpuMs").asDouble(),
                    one.get("p90Ms").asDouble(), one.get("p90CpuMs").asDouble(), iterations);
            if (zh != null) {
                out.printf("100 Chinese claims of cn-claims (%d chars, CNIPA): median %.2f ms (CPU %.2f ms), p90 %.2f ms%n",
                        zh.get("chars").asInt(), zh.get("medianMs").asDouble(), zh.get("medianCpuMs").asDouble(),
                        zh.get("p90Ms").asDouble());
            }
            out.printf("whole corpus: %d claim sets, %d claims in %.2f s (CPU %.2f s)%n", entries.size(), claims, best,
                    bestCpu);
            out.printf("load average at start: %.2f on %d CPUs%n", result.get("loadAverageAtStart").asDouble(),
                    Runtime.getRuntime().availableProcessors());
            out.printf("errors per 100 granted claims (us-fulltext, %d claims): %.2f %s%n", granted,
                    rate.get("errorsPer100Claims").asDouble(), byRule);
        }
        out.flush();
        return 0;
    }

    private static void analyzeAll(Analyzer analyzer, List<CorpusClaimSets.Entry> entries) {
        for (CorpusClaimSets.Entry e : entries) {
            analyzer.analyze(e.document());
        }
    }

    private static final Pattern REF = Pattern.compile("(?i)(claims?\\s+)(\\d+)");
    private static final Pattern LABEL = Pattern.compile("^(\\d+)(\\s*[.)])");

    /**
     * 100 claims from consecutive granted corpus sets, renumbered with their references shifted to match, and a
     * description of 50 pages made of the same patents' descriptions.
     */
    static Document hundredClaimDocument(List<CorpusClaimSets.Entry> entries) {
        List<String> claims = new ArrayList<>();
        StringBuilder spec = new StringBuilder();
        for (CorpusClaimSets.Entry e : entries) {
            if (!e.granted() || e.document().description().isBlank() || claims.size() >= 100) {
                continue;
            }
            int offset = claims.size();
            for (String line : e.document().claims().split("\n")) {
                if (claims.size() >= 100) {
                    break;
                }
                Matcher lm = LABEL.matcher(line);
                String c = lm.find() ? (Integer.parseInt(lm.group(1)) + offset) + line.substring(lm.end(1)) : line;
                Matcher rm = REF.matcher(c.substring(Math.min(c.length(), 4)));
                StringBuilder sb = new StringBuilder(c.substring(0, Math.min(c.length(), 4)));
                while (rm.find()) {
                    rm.appendReplacement(sb, rm.group(1) + (Integer.parseInt(rm.group(2)) + offset));
                }
                rm.appendTail(sb);
                claims.add(sb.toString());
            }
            spec.append(e.document().description()).append('\n');
        }
        while (claims.size() < 100) { // no corpus text: plainly generated claims
            int n = claims.size() + 1;
            claims.add(n == 1 ? "1. A lamp comprising a housing, a bulb in the housing and a switch."
                    : n + ". The lamp of claim " + (n - 1) + ", wherein the bulb is held by a clip " + n + ".");
        }
        String filler = "The lamp 10 has a housing 12, a bulb 14 held by a clip 16 and a switch 18 that turns the bulb "
                + "on and off. ";
        while (spec.length() < 50 * PAGE_CHARS) {
            spec.append(filler);
        }
        return Document.of("Benchmark", "", spec.substring(0, 50 * PAGE_CHARS), String.join("\n", claims));
    }

    /**
     * The first 100 claims of cn-claims (whole claim sets one after another, the last one cut), renumbered 1 to 100;
     * null when the folder is absent.
     */
    static Document hundredChineseClaims(Path dir) throws IOException {
        Path file = dir.resolve("cn-claims-000.jsonl");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ObjectMapper json = new ObjectMapper();
        List<String> claims = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            for (com.fasterxml.jackson.databind.JsonNode c : json.readTree(line).path("claims")) {
                if (claims.size() < 100) {
                    claims.add(c.asText().replaceFirst("^\\d+\\.", (claims.size() + 1) + "."));
                }
            }
            if (claims.size() >= 100) {
                break;
            }
        }
        return Document.ofClaims(String.join("\n", claims));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
