package io.patentdesk.app.cli;

import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.TokenListener;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code patentdesk generate}: text from the local model, streamed to stdout as it is decoded. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate text with the local model, streaming it to stdout.")
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--prompt", required = true, paramLabel = "TEXT", description = "The prompt (or the task's input with --task).")
    String prompt;

    @Option(names = "--task", paramLabel = "TASK",
            description = "Wrap the prompt in the model's template for a drafting task: claims_to_abstract, "
                    + "claims_to_title, independent_to_dependent, claim_to_description, abstract_to_claim, instruct.")
    String task;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Most tokens to generate (default: the task's, else 256).")
    Integer maxTokens;

    @Option(names = "--temperature", paramLabel = "T", description = "0 for greedy; default: the model's suggestion.")
    Double temperature;

    @Option(names = "--top-p", paramLabel = "P", description = "Nucleus sampling threshold in (0, 1].")
    Double topP;

    @Option(names = "--top-k", paramLabel = "K", description = "Sample among the K most likely tokens (0 = all).")
    Integer topK;

    @Option(names = "--repetition-penalty", paramLabel = "R", description = "Above 1 discourages repeats.")
    Double repetitionPenalty;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the sampler, to repeat a generation.")
    Long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Engine engine = modelOptions.load()) {
            GenerationRequest request = request(engine);
            GenerationResult result = engine.generate(request, new TokenListener() {
                @Override
                public void onText(String piece) {
                    out.print(piece);
                    out.flush();
                }
            }).await();
            out.println();
            out.flush();
            if (result.cutPromptTokens() > 0) {
                err.println("patentdesk: the prompt was longer than the model's context; its first "
                        + result.cutPromptTokens() + " tokens were left out.");
            }
            return 0;
        }
    }

    GenerationRequest request(Engine engine) {
        Prompt p = Prompt.of(prompt);
        int defaultMax = GenerationRequest.DEFAULT_MAX_NEW_TOKENS;
        if (task != null) {
            DraftingTask t;
            try {
                t = DraftingTask.byId(task);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown --task " + task + ".");
            }
            p = engine.folder().promptFormat().prompt(t, prompt);
            defaultMax = engine.folder().promptFormat().maxNewTokens(t, defaultMax);
        }
        Sampling s = engine.folder().config().suggested();
        s = s.withSeed(seed != null ? seed : System.nanoTime());
        try {
            if (temperature != null) {
                s = s.withTemperature(temperature);
            }
            if (topP != null) {
                s = s.withTopP(topP);
            }
            if (topK != null) {
                s = s.withTopK(topK);
            }
            if (repetitionPenalty != null) {
                s = s.withRepetitionPenalty(repetitionPenalty);
            }
            int max = maxTokens != null ? maxTokens : defaultMax;
            return GenerationRequest.of(p).withMaxNewTokens(max).withSampling(s);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + ".");
        }
    }
}
