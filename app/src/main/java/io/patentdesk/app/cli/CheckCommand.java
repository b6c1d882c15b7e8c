package io.patentdesk.app.cli;

import io.patentdesk.analyzer.Analyzer;
import io.patentdesk.analyzer.Document;
import io.patentdesk.analyzer.DocumentException;
import io.patentdesk.analyzer.DocumentReader;
import io.patentdesk.analyzer.FeeEstimate;
import io.patentdesk.analyzer.Office;
import io.patentdesk.analyzer.OfficeGuess;
import io.patentdesk.analyzer.Part;
import io.patentdesk.analyzer.Report;
import io.patentdesk.analyzer.Suppression;
import io.patentdesk.analyzer.Suppressions;
import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.SemanticSupport;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.embed.SentenceEmbedder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code patentdesk check FILE [--spec SPECFILE] [--office uspto|epo|jpo|cnipa] [--entity large|small|micro]
 * [--format text|json] [--semantic-support]}: checks a claim set against one office's rules and counts its fees.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks claims against an office's rules (USPTO, EPO, JPO, CNIPA): numbering, periods,",
            "dependencies, antecedent basis,",
            "indefinite terms, means-plus-function, and (with a specification) support and reference numerals.",
            "FILE is a claims text, a whole application in plain text with section headings, or USPTO XML.",
            "Exit status: 0 no errors, 1 errors found, 2 unusable input."})
public final class CheckCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "FILE", description = "claims or application file (UTF-8 text or USPTO XML)")
    Path file;

    @Option(names = "--spec", paramLabel = "SPECFILE",
            description = "the specification (description) to check claim support and reference numerals against")
    Path specFile;

    @Option(names = "--office", paramLabel = "OFFICE",
            description = {"patent office whose rules and fees apply: uspto, epo, jpo or cnipa (default: from the",
                "document: Chinese text cnipa, Japanese jpo, an EP publication or German or French claims epo, else uspto)"})
    String office;

    @Option(names = "--entity", paramLabel = "SIZE",
            description = "entity size for the fee amounts: large, small or micro (USPTO; default: large)")
    String entity;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--suppress", paramLabel = "SUPPRESSION",
            description = "silence findings, e.g. term:indefinite-term:substantially (repeatable)")
    List<String> suppress = new ArrayList<>();

    @Option(names = "--semantic-support",
            description = {"look again, with the bundled sentence-embedding model, at each unsupported-term warning:",
                "a term the description says in other words (a passage close in meaning) becomes an info naming",
                "that passage"})
    boolean semanticSupport;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    private static final Analyzer ANALYZER = new Analyzer();

    @Override
    public Integer call() {
        PrintWriter out = commandSpec.commandLine().getOut();
        PrintWriter err = commandSpec.commandLine().getErr();
        try {
            Office named = office == null ? null : Office.fromId(office);
            Suppressions suppressions = Suppressions.parse(suppress);
            Document doc = DocumentReader.read(file);
            Office o = named != null ? named : OfficeGuess.of(doc, name(file));
            String specText = null;
            if (specFile != null) {
                Document spec = DocumentReader.read(specFile);
                if (spec.format() == Document.Format.CLAIMS_TEXT) {
                    specText = spec.claims(); // a plain text file: all of it is the description
                    doc = doc.with(Part.DESCRIPTION, specText, 0);
                } else {
                    specText = spec.format().offsetsIntoFile() ? readText(specFile) : null;
                    doc = doc.with(Part.DESCRIPTION, spec.description(), spec.origin(Part.DESCRIPTION));
                }
            }
            Report report = ANALYZER.analyze(doc, o, suppressions);
            if (report.claims().isEmpty()) {
                err.println("patentdesk: no claims found in " + name(file));
                err.flush();
                return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
            }
            if (semanticSupport) {
                try (SentenceEmbedder encoder = BundledEncoder.open(EngineOptions.defaults())) {
                    report = SemanticSupport.revise(report, doc.description(), encoder::embed);
                } catch (ModelException | IOException e) {
                    throw new IllegalArgumentException("--semantic-support: " + e.getMessage(), e);
                }
            }
            FeeEstimate fees = o.pack().fees().estimate(report.fees(), entity);
            if (format == Format.json) {
                out.println(CheckJson.write(report, fees));
            } else {
                String fileText = doc.format().offsetsIntoFile() ? readText(file) : null;
                out.print(new CheckText(doc, fileText, specFile == null ? fileText : specText)
                        .write(name(file), report, fees));
            }
            out.flush();
            return report.hasErrors() ? 1 : 0;
        } catch (DocumentException | IllegalArgumentException e) {
            err.println("patentdesk: " + e.getMessage());
            err.flush();
            return PatentDeskCommand.EXIT_UNUSABLE_INPUT;
        }
    }

    private static String readText(Path p) throws DocumentException {
        try {
            return DocumentReader.decode(name(p), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new DocumentException("cannot read " + name(p) + ": " + e.getMessage());
        }
    }

    private static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }
}
