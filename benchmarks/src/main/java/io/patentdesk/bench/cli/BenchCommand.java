package io.patentdesk.bench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.app.cli.GenerateCommand;
import io.patentdesk.app.cli.ModelOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.GenerationTimings;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.ProviderStatus;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.TokenListener;
import io.patentdesk.inference.aids.PatentAidSettings;
import io.patentdesk.inference.spi.AidSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code patentdesk bench}: prefill and decode speed of a model through the same engine the app uses. Greedy, with
 * end-of-sequence ignored so every run decodes exactly the requested tokens; the median of several runs after a
 * warm-up run. With {@code --task}, each step runs the task's whole sampling chain and word rules instead (a fixed
 * seed; stop strings and context contrast, which needs a text prompt, are left out so every run is as long).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure prefill and decode speed of a model (greedy, KV cache).")
public final class BenchCommand implements Callable<Integer> {

    /** Patent-style text the prompt is cut from, so the prompt tokenizes like real input. */
    static final String PROMPT_TEXT = "1. A fastening device comprising: a bolt having a threaded shank and a head; "
            + "a nut engaging the threaded shank; and a washer disposed between the head and a workpiece, wherein the "
            + "washer has a hardness of at least 40 HRC and a thickness of 1 mm to 3 mm. 2. The fastening device of "
            + "claim 1, wherein the nut comprises a nylon insert configured to resist loosening under vibration. ";

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--prompt-tokens", paramLabel = "N", defaultValue = "128", description = "Prompt length (default: ${DEFAULT-VALUE}).")
    int promptTokens;

    @Option(names = "--new-tokens", paramLabel = "M", defaultValue = "128", description = "Tokens to decode (default: ${DEFAULT-VALUE}).")
    int newTokens;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "3", description = "Measured runs, median reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--task", paramLabel = "TASK", description = "Decode with a drafting task's sampling and word rules "
            + "(claims_to_abstract, ...) instead of greedy.")
    String task;

    @Option(names = "--without-word-rules", description = "With --task: leave the task's word rules out, to measure "
            + "what they cost.")
    boolean withoutWordRules;

    @Option(names = "--format", paramLabel = "F", defaultValue = "json", description = "json or text (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--write-ids", paramLabel = "FILE",
            description = "Also write the prompt token ids (and the greedy continuation) as JSON, for "
                    + "bench/node-bench.mjs to feed the same ids and check it decodes the same tokens.")
    Path writeIds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json") && !format.equals("text")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be json or text.");
        }
        if (promptTokens < 1 || newTokens < 2 || runs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--prompt-tokens must be at least 1, --new-tokens at least 2, --runs at least 1.");
        }
        try (Engine engine = modelOptions.load(spec.commandLine().getErr())) {
            int context = engine.info().contextLength();
            if (promptTokens + newTokens > context) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--prompt-tokens + --new-tokens ("
                        + (promptTokens + newTokens) + ") must fit the model's context of " + context + " tokens.");
            }
            int[] ids = promptIds(engine, promptTokens);
            GenerationRequest request = withTask(engine,
                    GenerationRequest.ofTokens(ids).withMaxNewTokens(newTokens).withIgnoreEos(true));
            // Warm-up: the JIT compiles the decode loop and ONNX Runtime sizes its buffers over ~1,000 tokens.
            int[] generated = null;
            for (int i = 0, warm = Math.max(2, (1024 + newTokens - 1) / newTokens); i < warm; i++) {
                generated = engine.generate(request, TokenListener.none()).await().tokenIds();
            }
            if (writeIds != null) {
                writeIds(ids, generated);
            }
            List<GenerationTimings> measured = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                GenerationResult r = engine.generate(request, TokenListener.none()).await();
                if (r.newTokens() != newTokens) {
                    throw new IllegalStateException("a run stopped after " + r.newTokens() + " tokens (" + r.stopReason() + ")");
                }
                measured.add(r.timings());
            }
            print(engine, measured);
            return 0;
        }
    }

    /** The request with the task's sampling (seed 1, no context contrast) and word rules, when --task asks. */
    private GenerationRequest withTask(Engine engine, GenerationRequest greedy) {
        if (task == null) {
            return greedy;
        }
        DraftingTask t = GenerateCommand.task(spec, task);
        PromptFormat format = engine.folder().promptFormat();
        Sampling s = format.sampling(t, engine.folder().config().suggested()).withSeed(1);
        AidSettings aids = engine.folder().aids().map(a -> a.forTask(t)).orElse(AidSettings.NONE);
        if (aids instanceof PatentAidSettings p) { // no context contrast (every run decodes as many tokens)
            aids = withoutWordRules ? p.withContextContrast(0).withWordRules(io.patentdesk.inference.aids.WordRules.NONE)
                    : p.withContextContrast(0);
        }
        return greedy.withSampling(s).withAids(aids);
    }

    /** With --task: which task, and whether its word rules ran. */
    private void putTask(ObjectNode o) {
        if (task != null) {
            o.put("task", task);
            o.put("wordRules", !withoutWordRules);
        }
    }

    /** The first N tokens of the patent text repeated, identical from run to run. */
    static int[] promptIds(Engine engine, int n) {
        int[] unit = engine.tokenize(PROMPT_TEXT);
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = unit[i % unit.length];
        }
        return ids;
    }

    /** The prompt ids, and the greedy continuation, so another runtime can check it decodes the same tokens. */
    private void writeIds(int[] ids, int[] generated) throws IOException {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.putPOJO("promptIds", ids);
        o.put("newTokens", newTokens);
        putTask(o);
        o.putPOJO("generatedIds", generated);
        Path parent = writeIds.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(writeIds, new ObjectMapper().writeValueAsString(o) + "\n");
    }

    private void print(Engine engine, List<GenerationTimings> t) throws IOException {
        ProviderStatus status = engine.providerStatus();
        double prefill = median(t, x -> promptTokens * 1e9 / x.prefillNanos());
        double decode = median(t, GenerationTimings::decodeTokensPerSecond);
        double ttft = median(t, x -> x.firstTokenNanos() / 1e6);
        double overhead = median(t, GenerationTimings::overheadFraction);
        if (format.equals("text")) {
            var out = spec.commandLine().getOut();
            out.printf("model %s on %s%n", engine.info().displayName(), status.summary());
            out.printf("prompt %d tokens, %d new tokens, median of %d runs%s%n", promptTokens, newTokens, t.size(),
                    task == null ? "" : ", task " + task + (withoutWordRules ? " without" : " with") + " word rules");
            out.printf("prefill %.1f tokens/s, decode %.1f tokens/s, first token after %.2f ms, overhead %.3f%n",
                    prefill, decode, ttft, overhead);
            out.flush();
            return;
        }
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("model", engine.info().displayName());
        o.put("provider", status.provider());
        o.put("threads", status.threads());
        o.put("promptTokens", promptTokens);
        o.put("newTokens", newTokens);
        putTask(o);
        o.put("prefillTokensPerSecond", round(prefill, 1));
        o.put("decodeTokensPerSecond", round(decode, 1));
        o.put("timeToFirstTokenMs", round(ttft, 2));
        o.put("overheadFraction", round(overhead, 4));
        spec.commandLine().getOut().println(new ObjectMapper().writeValueAsString(o));
        spec.commandLine().getOut().flush();
    }

    private static double median(List<GenerationTimings> t, ToDoubleFunction<GenerationTimings> f) {
        double[] v = t.stream().mapToDouble(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double round(double v, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(v * scale) / scale;
    }
}
