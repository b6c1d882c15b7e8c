package io.patentdesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Perplexity;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code patentdesk eval}: evaluates a model through the engine the user runs — multiple-choice questions scored by
 * the log-probability of each choice (as IP benchmarks such as MoZIP are scored), or the perplexity of texts.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a model: multiple-choice accuracy (--choices) or perplexity (--perplexity).",
            "Choices: one JSON object per line, {\"question\": ..., \"choices\": [...], \"answer\": ...}.",
            "Perplexity: one JSON object per line with \"text\", or patent records (title, abstract, claims, description)."})
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    static final class Mode {
        @Option(names = "--choices", paramLabel = "FILE.jsonl", required = true, description = "Multiple-choice questions.")
        Path choices;

        @Option(names = "--perplexity", paramLabel = "FILE.jsonl", required = true, description = "Texts to measure.")
        Path perplexity;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Mode mode;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N records.")
    Integer limit;

    @Option(names = "--calibrate", description = "Choices: score each choice by how much more likely the question makes it"
            + " than a bare \"Answer:\" does (removes a model's prior for e.g. \"True\").")
    boolean calibrate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() throws Exception {
        if (calibrate && mode.choices == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--calibrate applies to --choices only.");
        }
        Path file = mode.choices != null ? mode.choices : mode.perplexity;
        List<JsonNode> records = read(file);
        try (Engine engine = modelOptions.load(spec.commandLine().getErr())) {
            ObjectNode result = mode.choices != null ? choices(engine, records, file, calibrate) : perplexity(engine, records, file);
            spec.commandLine().getOut().println(JSON.writeValueAsString(result));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    private List<JsonNode> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " does not exist.");
        }
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null && (limit == null || out.size() < limit)) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(JSON.readTree(line));
                } catch (IOException e) {
                    throw new IOException(file + " line " + n + " is not valid JSON.", e);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IOException(file + " has no records.");
        }
        return out;
    }

    private static ObjectNode choices(Engine engine, List<JsonNode> records, Path file, boolean calibrate) throws IOException {
        List<ChoiceScoring.Question> questions = new ArrayList<>();
        int line = 0;
        for (JsonNode r : records) {
            line++;
            questions.add(ChoiceScoring.Question.from(r, file + " record " + line));
        }
        ChoiceScoring.Outcome o = new ChoiceScoring(engine::score, calibrate).evaluate(questions);
        ObjectNode out = JSON.createObjectNode();
        out.put("accuracy", Math.round(o.accuracy() * 10_000) / 10_000.0);
        out.put("n", o.n());
        out.put("scoring", calibrate ? "calibrated" : "log-probability");
        ObjectNode bias = out.putObject("perChoiceBias");
        o.perChoiceBias().forEach((k, v) -> bias.put(k, Math.round(v * 10_000) / 10_000.0));
        return out;
    }

    private static ObjectNode perplexity(Engine engine, List<JsonNode> records, Path file) throws IOException {
        Perplexity total = Perplexity.none();
        int line = 0;
        for (JsonNode r : records) {
            line++;
            String text = textOf(r);
            if (text.isBlank()) {
                throw new IOException(file + " record " + line + " has no text (nor title, abstract, claims, description).");
            }
            total = total.plus(engine.perplexity(text));
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("perplexity", Math.round(total.perplexity() * 1000) / 1000.0);
        out.put("tokens", total.tokens());
        return out;
    }

    /** The record's "text", or a patent record's title, abstract, claims and description, in reading order. */
    static String textOf(JsonNode r) {
        if (r.path("text").isTextual()) {
            return r.get("text").asText();
        }
        List<String> parts = new ArrayList<>();
        for (String field : List.of("title", "abstract")) {
            if (r.path(field).isTextual()) {
                parts.add(r.get(field).asText());
            }
        }
        if (r.path("claims").isArray()) {
            r.get("claims").forEach(c -> parts.add(c.asText()));
        } else if (r.path("claims").isTextual()) {
            parts.add(r.get("claims").asText());
        }
        if (r.path("description").isTextual()) {
            parts.add(r.get("description").asText());
        }
        return String.join("\n\n", parts);
    }
}
