package io.patentdesk.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.app.cli.PatentDeskCommand;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.app.io.PdfExporter;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.ClaimCharter;
import io.patentdesk.app.prior.ClaimElementSpans;
import io.patentdesk.app.prior.IndexProgress;
import io.patentdesk.app.prior.Passage;
import io.patentdesk.app.prior.PassageLibrary;
import io.patentdesk.app.prior.ReferenceParagraph;
import io.patentdesk.app.prior.ReferenceText;
import io.patentdesk.app.prior.ReferenceTextReader;
import io.patentdesk.app.prior.RetrievalMode;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code patentdesk prior-art-bench}: the prior-art workbench's figures on this machine, from ../shared/corpus:
 * indexing speed of a 300-page PDF the app exports from corpus descriptions, query latency of a 20-element claim
 * against 10 references, memory, and retrieval quality (recall@1/@3 of hybrid, BM25 alone, dense alone) on claims
 * of corpus patents against their own descriptions among the other patents' descriptions, and on the hand-marked set
 * ({@link PriorArtLabels}: claim elements against the paragraphs a reader marked as disclosing them). {@code
 * --labelled} runs the hand-marked part alone. Without the corpus folder it says so and measures nothing.
 */
@Command(name = "prior-art-bench", mixinStandardHelpOptions = true,
        description = {"Measures prior-art search on the shared corpus (us-fulltext): indexing pages/s of a",
            "300-page PDF, claim-chart latency (20 elements, 10 references), memory, and recall@1/@3 of",
            "hybrid vs BM25 vs dense retrieval (claim elements against their own patent's description, and",
            "against the paragraphs marked by hand as disclosing them: --labelled runs that part alone)."})
public final class PriorArtBenchCommand implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "the shared corpus folder (default: ${DEFAULT-VALUE})")
    Path corpus;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--pages", defaultValue = "300", description = "pages of the indexed PDF (default: ${DEFAULT-VALUE})")
    int pages;

    @Option(names = "--patents", defaultValue = "40",
            description = "patents of the labelled retrieval set (default: ${DEFAULT-VALUE})")
    int patents;

    @Option(names = "--runs", defaultValue = "10", description = "timed claim charts (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--labelled", description = "only the hand-marked retrieval set (recall of hybrid, BM25, dense)")
    boolean labelledOnly;

    @Option(names = "--fusion-sweep",
            description = "only the automatic set, without the hand-marked patents, under grids of rank- and score-fusion settings")
    boolean fusionSweep;

    @Option(names = "--distractors", defaultValue = "20",
            description = "descriptions of other patents beside the hand-marked ones (default: ${DEFAULT-VALUE})")
    int distractors;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Characters of description text per exported page, measured on the app's PDF layout (about 1,500). */
    static final int CHARS_PER_PAGE = 1500;
    static final int ELEMENTS = 20;
    static final int REFERENCES = 10;
    /** Claim elements shorter than this say too little to be searched for ("A method"). */
    static final int MIN_QUERY_WORDS = 4;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(corpus.resolve(PriorArtCorpus.FOLDER))) {
            spec.commandLine().getErr().println("patentdesk: prior-art-bench skipped: no corpus at "
                    + corpus.resolve(PriorArtCorpus.FOLDER) + " (the shared corpus is not on this machine; --corpus "
                    + "DIR names another)");
            return 0;
        }
        if (distractors < 0) {
            spec.commandLine().getErr().println("patentdesk: --distractors must be 0 or more");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        List<PriorArtCorpus.Patent> all = PriorArtCorpus.read(corpus);
        if (labelledOnly) {
            return labelled(all, out);
        }
        if (fusionSweep) {
            return sweep(all, out);
        }
        if (all.size() < patents + 10 || pages < REFERENCES || runs < 1) {
            spec.commandLine().getErr().println("patentdesk: " + (all.size() < patents + 10
                    ? "the corpus at " + corpus + " has " + all.size() + " usable us-fulltext patents; "
                            + (patents + 10) + " are needed (lower --patents)"
                    : "--pages must be at least " + REFERENCES + " and --runs at least 1"));
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        HandMarkedRetrieval handMarked;
        try {
            handMarked = handMarked(all);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("patentdesk: " + e.getMessage());
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("cpus", Runtime.getRuntime().availableProcessors());
        result.put("java", System.getProperty("java.version"));
        result.put("loadAverageAtStart", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return withEncoder(result, out, encoder -> {
            result.put("provider", encoder.provider().provider() + " x" + encoder.provider().threads());
            List<PriorArtCorpus.Patent> labelled = all.subList(0, patents);
            List<PriorArtCorpus.Patent> filler = all.subList(patents, all.size());
            PassageLibrary big = indexing(result.putObject("indexing"), filler, encoder);
            latency(result.putObject("claimChart"), big, labelled, encoder);
            big.close();
            quality(result.putObject("retrieval"), labelled, encoder);
            handMarked.run(result.putObject("handMarked"), encoder::embed);
        });
    }

    /** A measurement that needs the bundled encoder; it writes its figures into the result it was given. */
    private interface EncoderRun {
        void run(SentenceEmbedder encoder) throws IOException, ModelException;
    }

    /**
     * Opens the bundled encoder, runs {@code run} with it and prints {@code result}; an encoder that cannot be loaded
     * is a one-line message and the exit code for unusable input.
     */
    private int withEncoder(ObjectNode result, PrintWriter out, EncoderRun run) throws IOException {
        try (SentenceEmbedder encoder = BundledEncoder.open(EngineOptions.defaults())) {
            run.run(encoder);
        } catch (ModelException e) {
            spec.commandLine().getErr().println("patentdesk: " + e.getMessage());
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        out.println(format == Format.json ? result.toString() : result.toPrettyString());
        out.flush();
        return 0;
    }

    /** The hand-marked set checked against the corpus; an {@link IllegalStateException} says where it differs. */
    private HandMarkedRetrieval handMarked(List<PriorArtCorpus.Patent> all) {
        return new HandMarkedRetrieval(PriorArtLabels.load(), all, distractors);
    }

    /** {@code --labelled}: the hand-marked retrieval set alone. */
    private int labelled(List<PriorArtCorpus.Patent> all, PrintWriter out) throws IOException {
        HandMarkedRetrieval set;
        try {
            set = handMarked(all);
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println("patentdesk: " + e.getMessage());
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("cpus", Runtime.getRuntime().availableProcessors());
        result.put("java", System.getProperty("java.version"));
        return withEncoder(result, out, encoder -> {
            result.put("provider", encoder.provider().provider() + " x" + encoder.provider().threads());
            long t0 = System.nanoTime();
            set.run(result.putObject("handMarked"), encoder::embed);
            result.put("seconds", round((System.nanoTime() - t0) / 1e9));
        });
    }

    /**
     * {@code --fusion-sweep}: the automatic set ({@link #patents} corpus patents that no hand-marked label names, so
     * the hand-marked set stays held out) under each fusion setting of {@link FusionSweep#GRID} and {@link FusionSweep#SCORE_GRID}.
     */
    private int sweep(List<PriorArtCorpus.Patent> all, PrintWriter out) throws IOException {
        Set<String> marked = new java.util.HashSet<>();
        PriorArtLabels.load().forEach(l -> marked.add(l.record()));
        List<PriorArtCorpus.Patent> unmarked = all.stream().filter(p -> !marked.contains(p.id())).toList();
        if (unmarked.size() < patents) {
            spec.commandLine().getErr().println("patentdesk: the corpus has " + unmarked.size()
                    + " usable patents without hand-marked labels; --fusion-sweep needs " + patents + " (lower --patents)");
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
        ObjectNode result = new ObjectMapper().createObjectNode();
        return withEncoder(result, out, encoder -> {
            long t0 = System.nanoTime();
            List<PriorArtCorpus.Patent> set = unmarked.subList(0, patents);
            try (PassageLibrary lib = PassageLibrary.build(references(set), encoder::embed, IndexProgress.NONE)) {
                List<String> queries = new ArrayList<>();
                List<Integer> owners = new ArrayList<>();
                for (int r = 0; r < set.size(); r++) {
                    for (ClaimElementSpans.Element e : claimElements(set.get(r))) {
                        if (words(e.text()) >= MIN_QUERY_WORDS) {
                            queries.add(e.text());
                            owners.add(r);
                        }
                    }
                }
                result.put("patents", set.size());
                result.put("passages", lib.passages().size());
                new FusionSweep(lib, queries, owners).run(result);
            }
            result.put("seconds", round((System.nanoTime() - t0) / 1e9));
        });
    }

    /** Each patent's description as a reference of one paragraph a line. */
    private static List<ReferenceText> references(List<PriorArtCorpus.Patent> patents) {
        List<ReferenceText> refs = new ArrayList<>();
        for (PriorArtCorpus.Patent p : patents) {
            List<ReferenceParagraph> ps = new ArrayList<>();
            for (String line : p.description().split("\n")) {
                if (!line.isBlank()) {
                    ps.add(new ReferenceParagraph(0, null, line.strip()));
                }
            }
            refs.add(new ReferenceText(Path.of(p.id()), 0, ps));
        }
        return refs;
    }

    /** Exports a PDF of {@link #pages} pages from corpus descriptions, then reads and indexes it. */
    private PassageLibrary indexing(ObjectNode o, List<PriorArtCorpus.Patent> filler, SentenceEmbedder encoder)
            throws IOException {
        Path dir = Files.createTempDirectory("patentdesk-bench");
        Path pdf = dir.resolve("reference.pdf");
        try {
            // Export once at an estimated length, then once more with the text scaled to the pages asked for.
            int exported = export(filler, (long) pages * CHARS_PER_PAGE, pdf);
            if (Math.abs(exported - pages) > pages / 20) {
                export(filler, (long) pages * CHARS_PER_PAGE * pages / exported, pdf);
            }
            o.put("pdfBytes", Files.size(pdf));
            long c0 = processCpuNanos();
            long t0 = System.nanoTime();
            ReferenceText text = new ReferenceTextReader().read(pdf);
            long c1 = processCpuNanos();
            long t1 = System.nanoTime();
            PassageLibrary lib = PassageLibrary.build(List.of(text), encoder::embed, IndexProgress.NONE);
            long c2 = processCpuNanos();
            long t2 = System.nanoTime();
            double read = (t1 - t0) / 1e9;
            double embed = (t2 - t1) / 1e9;
            // CPU seconds of the whole process beside the wall time: on a shared machine wall time includes waiting.
            o.put("readCpuSeconds", round((c1 - c0) / 1e9));
            o.put("embedCpuSeconds", round((c2 - c1) / 1e9));
            o.put("pages", text.pages());
            o.put("paragraphs", text.paragraphs().size());
            o.put("passages", lib.passages().size());
            o.put("readSeconds", round(read));
            o.put("embedSeconds", round(embed));
            o.put("pagesPerSecond", round(text.pages() / (read + embed)));
            o.put("readPagesPerSecond", round(text.pages() / read));
            System.gc();
            Runtime rt = Runtime.getRuntime();
            o.put("heapUsedMbAfterIndexing", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            o.put("residentMbAfterIndexing", residentMb());
            return lib;
        } finally {
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(dir);
        }
    }

    /** Exports corpus descriptions of about {@code chars} characters as the app's PDF; returns its page count. */
    private static int export(List<PriorArtCorpus.Patent> filler, long chars, Path pdf) throws IOException {
        StringBuilder spec = new StringBuilder();
        for (int i = 0; spec.length() < chars; i = (i + 1) % filler.size()) {
            String d = filler.get(i).description();
            spec.append(d, 0, (int) Math.min(d.length(), chars - spec.length())).append('\n');
        }
        new PdfExporter().export(Matter.create("Bench reference")
                .withSection(Section.DETAILED_DESCRIPTION, spec.toString().strip()), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /**
     * Charts a claim of {@link #ELEMENTS} elements (taken from the labelled patents' first claims) against the big
     * PDF cut into {@link #REFERENCES} references of equal page ranges, reusing its vectors.
     */
    private void latency(ObjectNode o, PassageLibrary big, List<PriorArtCorpus.Patent> labelled,
            SentenceEmbedder encoder) {
        List<String> elements = new ArrayList<>();
        for (PriorArtCorpus.Patent p : labelled) {
            for (ClaimElementSpans.Element e : claimElements(p)) {
                if (elements.size() < ELEMENTS && words(e.text()) >= MIN_QUERY_WORDS) {
                    elements.add(e.text());
                }
            }
        }
        String claim = "1. An apparatus comprising:\n" + String.join(";\n", elements) + ".";
        ClaimSet claims = ClaimSet.parse(claim);
        PassageLibrary tenRefs = cutIntoReferences(big, encoder);
        o.put("elements", ClaimElementSpans.of(claims, Set.of()).size() - 1); // less the preamble
        o.put("references", tenRefs.references().size());
        o.put("passages", tenRefs.passages().size());
        ClaimCharter.chart(claims, Set.of(), tenRefs, 3); // warm-up
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            ClaimCharter.chart(claims, Set.of(), tenRefs, 3);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        o.put("runs", runs);
        o.put("p50Ms", round(ms[(int) Math.ceil(runs * 0.5) - 1]));
        o.put("p95Ms", round(ms[(int) Math.ceil(runs * 0.95) - 1]));
    }

    private PassageLibrary cutIntoReferences(PassageLibrary big, SentenceEmbedder encoder) {
        int total = big.references().get(0).pages();
        int per = (int) Math.ceil(total / (double) REFERENCES);
        List<ReferenceText> refs = new ArrayList<>();
        Path file = big.references().get(0).file();
        for (int r = 0; r < REFERENCES; r++) {
            int from = r * per + 1;
            int to = Math.min(total, from + per - 1);
            List<ReferenceParagraph> ps = big.references().get(0).paragraphs().stream()
                    .filter(p -> p.page() >= from && p.page() <= to).toList();
            refs.add(new ReferenceText(file.resolveSibling("reference-" + (r + 1) + ".pdf"), to - from + 1, ps));
        }
        List<Passage> passages = new ArrayList<>();
        float[][] vectors = new float[big.passages().size()][];
        for (int i = 0; i < big.passages().size(); i++) {
            Passage p = big.passages().get(i);
            passages.add(new Passage(Math.min(REFERENCES - 1, (p.page() - 1) / per), p.page(), p.paragraph(), p.text()));
            vectors[i] = big.vector(i);
        }
        return PassageLibrary.of(refs, passages, vectors, encoder::embed);
    }

    /**
     * Each labelled patent's description is a reference; each element of its claim 1 (of at least
     * {@link #MIN_QUERY_WORDS} words) is a query whose right answer is any passage of that description.
     */
    private void quality(ObjectNode o, List<PriorArtCorpus.Patent> labelled, SentenceEmbedder encoder) {
        List<ReferenceText> refs = references(labelled);
        try (PassageLibrary lib = PassageLibrary.build(refs, encoder::embed, IndexProgress.NONE)) {
            o.put("patents", labelled.size());
            o.put("passages", lib.passages().size());
            int queries = 0;
            int[][] found = new int[RetrievalMode.values().length][2];
            for (int r = 0; r < labelled.size(); r++) {
                for (ClaimElementSpans.Element e : claimElements(labelled.get(r))) {
                    if (words(e.text()) < MIN_QUERY_WORDS) {
                        continue;
                    }
                    queries++;
                    for (RetrievalMode mode : RetrievalMode.values()) {
                        List<PassageLibrary.Hit> hits = lib.search(e.text(), mode, Integer.MAX_VALUE);
                        for (int k = 0; k < Math.min(3, hits.size()); k++) {
                            if (hits.get(k).passage().reference() == r) {
                                found[mode.ordinal()][1]++;
                                if (k == 0) {
                                    found[mode.ordinal()][0]++;
                                }
                                break;
                            }
                        }
                    }
                }
            }
            o.put("queries", queries);
            for (RetrievalMode mode : RetrievalMode.values()) {
                ObjectNode m = o.putObject(mode.name().toLowerCase(java.util.Locale.ROOT));
                m.put("recallAt1", round(found[mode.ordinal()][0] / (double) queries));
                m.put("recallAt3", round(found[mode.ordinal()][1] / (double) queries));
            }
        }
    }

    static List<ClaimElementSpans.Element> claimElements(PriorArtCorpus.Patent p) {
        String first = p.claims().get(0).strip();
        String text = first.matches("^\\d+\\s*\\..*") ? first : "1. " + first;
        return ClaimElementSpans.of(ClaimSet.parse(text), Set.of(1));
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    /** Resident memory of this process from /proc (Linux); -1 elsewhere. */
    static long residentMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
