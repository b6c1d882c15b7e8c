package io.patentdesk.app.cli;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.ClaimSet;
import io.patentdesk.analyzer.DocumentException;
import io.patentdesk.analyzer.DocumentReader;
import io.patentdesk.app.io.AtomicFile;
import io.patentdesk.app.io.ExportException;
import io.patentdesk.app.io.ImportException;
import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.ChartCsv;
import io.patentdesk.app.prior.ChartDocx;
import io.patentdesk.app.prior.ChartJson;
import io.patentdesk.app.prior.ChartText;
import io.patentdesk.app.prior.ClaimChart;
import io.patentdesk.app.prior.ClaimCharter;
import io.patentdesk.app.prior.IndexProgress;
import io.patentdesk.app.prior.PassageLibrary;
import io.patentdesk.app.prior.PassageCache;
import io.patentdesk.app.prior.ReferenceIndexer;
import io.patentdesk.app.prior.SpecificationReference;
import io.patentdesk.app.store.DataDirectory;
import io.patentdesk.models.BundledEmbeddingModel;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patentdesk chart CLAIMS_FILE --reference FILE [--reference FILE ...] [--reference-spec] [--claims 1,5] [--top K]
 * [--format json|text|docx|csv] [--out FILE]}: a claim chart against prior art, offline.
 */
@Command(name = "chart", mixinStandardHelpOptions = true,
        description = {"Charts claims against prior art: for each claim element (the preamble and each clause of",
            "the body), the best passages of each reference, by BM25 and a local sentence-embedding model together.",
            "References: PDF (with a text layer), DOCX, USPTO XML or plain text.",
            "Exit status: 0 charted, 2 unusable input."})
public final class ChartCommand implements Callable<Integer> {

    enum Format { json, text, docx, csv }

    @Parameters(index = "0", paramLabel = "CLAIMS_FILE", description = "claims or application (text or USPTO XML)")
    Path claimsFile;

    @Option(names = "--reference", paramLabel = "FILE", description = "a prior-art file (repeatable)")
    List<Path> references = new ArrayList<>();

    @Option(names = "--reference-spec", description = {"also chart the claims file's own description, numbered as"
            + " exported, to see where each element is supported (DOCX, USPTO XML or text with section headings)"})
    boolean referenceSpec;

    @Option(names = "--claims", paramLabel = "N,M", split = ",", description = "only these claims (default: all)")
    List<Integer> claims = new ArrayList<>();

    @Option(names = "--top", paramLabel = "K", defaultValue = "3",
            description = "passages of each reference per element (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "json, text, docx or csv (default: ${DEFAULT-VALUE}; docx needs --out)")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the chart here instead of standard output")
    Path out;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "where the index of references is kept (default: PATENTDESK_DATA_DIR or the user's data folder)")
    Path dataDir;

    @Option(names = "--no-cache", description = "read and embed every reference again, storing nothing")
    boolean noCache;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        try {
            if (top < 1) {
                throw new IllegalArgumentException("--top must be at least 1.");
            }
            if (references.isEmpty() && !referenceSpec) {
                throw new IllegalArgumentException("add a prior-art file with --reference FILE (or --reference-spec).");
            }
            if (format == Format.docx && out == null) {
                throw new IllegalArgumentException("--format docx writes a file: add --out FILE.docx.");
            }
            ClaimSet claimSet = new Analyzer().parseClaims(DocumentReader.read(claimsFile));
            if (claimSet.isEmpty()) {
                throw new IllegalArgumentException("no claims found in " + claimsFile.getFileName());
            }
            Set<Integer> only = new LinkedHashSet<>(claims);
            for (int n : only) {
                if (claimSet.get(n).isEmpty()) {
                    throw new IllegalArgumentException("claim " + n + " is not in " + claimsFile.getFileName());
                }
            }
            List<ReferenceIndexer.TextReference> texts = referenceSpec ? List.of(specification()) : List.of();
            ClaimChart chart;
            try (SentenceEmbedder embedder = BundledEncoder.open(EngineOptions.defaults());
                    PassageCache cache = noCache ? null
                            : PassageCache.open(dataDir != null ? dataDir : DataDirectory.resolve());
                    PassageLibrary library = new ReferenceIndexer(embedder::embed, BundledEmbeddingModel.NAME, cache)
                            .library(references, texts, IndexProgress.NONE)) {
                chart = ClaimCharter.chart(claimSet, only, library, top);
            }
            write(chart, stdout);
            return 0;
        } catch (DocumentException | ImportException | ExportException | ModelException | IOException
                | IllegalArgumentException e) {
            err.println("patentdesk: " + e.getMessage());
            err.flush();
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
    }

    /** The claims file's description as a reference; refused when it has none (a file of claims only). */
    private ReferenceIndexer.TextReference specification() {
        var matter = new io.patentdesk.app.io.MatterImporter().importDraft(claimsFile).matter();
        ReferenceIndexer.TextReference spec = SpecificationReference.forChart(matter);
        if (spec.text().paragraphs().isEmpty()) {
            throw new IllegalArgumentException(claimsFile.getFileName() + " has no description to chart"
                    + " (--reference-spec needs a whole application).");
        }
        return spec;
    }

    private void write(ClaimChart chart, PrintWriter stdout) {
        if (format == Format.docx) {
            ChartDocx.write(chart, out);
            return;
        }
        String text = switch (format) {
            case json -> ChartJson.write(chart) + "\n";
            case csv -> ChartCsv.write(chart);
            default -> ChartText.write(chart);
        };
        if (out == null) {
            stdout.print(text);
            stdout.flush();
        } else {
            AtomicFile.write(out, o -> o.write(text.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
