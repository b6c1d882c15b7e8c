package io.patentdesk.app.cli;

import io.patentdesk.app.assist.DraftLeads;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Generation;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.GenerationTimings;
import io.patentdesk.inference.Prompt;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.TokenListener;
import io.patentdesk.inference.aids.LineLeads;
import io.patentdesk.inference.aids.PatentAidSettings;
import io.patentdesk.inference.spi.AidSettings;
import io.patentdesk.inference.ContextPolicy;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.chat.ChatMessage;
import io.patentdesk.inference.chat.ChatTemplate;
import io.patentdesk.inference.chat.ChatTemplateException;
import io.patentdesk.inference.chat.ChatTemplateFile;
import io.patentdesk.inference.model.ModelFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code patentdesk generate}: text from the local model, streamed to stdout as it is decoded. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate text with the local model, streaming it to stdout.")
public final class GenerateCommand implements Callable<Integer> {

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--prompt", paramLabel = "TEXT", description = "The prompt (or the task's input with --task).")
    String prompt;

    @Option(names = "--messages", paramLabel = "FILE",
            description = "A conversation instead of --prompt: a JSON array of {\"role\", \"content\"} objects, "
                    + "rendered with the model's chat template (a system message the template refuses is folded into "
                    + "the first user message).")
    Path messages;

    @Option(names = "--print-prompt", description = "Print exactly the prompt the model would read and exit, "
            + "without loading the model's graph (with --messages, a folder with only its tokenizer files will do).")
    boolean printPrompt;

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

    @Option(names = "--min-p", paramLabel = "M",
            description = "Drop tokens less likely than M times the best one (0 = off; default: the model's suggestion).")
    Double minP;

    @Option(names = "--repetition-penalty", paramLabel = "R", description = "Above 1 discourages repeats.")
    Double repetitionPenalty;

    @Option(names = "--no-repeat-ngram", paramLabel = "N",
            description = "Never repeat an N-gram of the generated text (0 = off; default: the model's suggestion).")
    Integer noRepeatNgram;

    @Option(names = "--near-repeat-window", paramLabel = "W",
            description = "Never repeat a 3-token phrase within the last W generated tokens (0 = off; default: the "
                    + "model's suggestion).")
    Integer nearRepeatWindow;

    @Option(names = "--copy-boost", paramLabel = "C",
            description = "Add C to the logit of each token that continues, in the prompt, the last two generated "
                    + "tokens, so the draft follows the input's wording (0 = off; default: the model's suggestion).")
    Double copyBoost;

    @Option(names = "--input-word-boost", paramLabel = "W",
            description = "Add W to the logit of each token of the prompt that begins a word, so the draft keeps to "
                    + "the input's terms (0 = off; default: the model's suggestion).")
    Double inputWordBoost;

    @Option(names = "--context-contrast", paramLabel = "A",
            description = "With --task: lean away from what the model would write without the input by A "
                    + "(context-aware decoding; 0 = off; default: the model's suggestion).")
    Double contextContrast;

    @Option(names = "--plausibility", paramLabel = "B",
            description = "With context contrast: only tokens at least B times as likely as the best one "
                    + "(default: the model's suggestion, else " + PatentAidSettings.DEFAULT_PLAUSIBILITY + ").")
    Double plausibility;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the sampler, to repeat a generation.")
    Long seed;

    @Option(names = "--no-lead", description = "With --task independent_to_dependent, claims_to_abstract, "
            + "claims_to_title or abstract_to_claim on a model folder with patentdesk.json (no other gets leads): let "
            + "the model begin the draft itself instead of with the input's own subject (\"2. The device of claim 1, wherein\", and so each further dependent claim; \"A device\", "
            + "\"Device\", \"1. A device comprising:\").")
    boolean noLead;

    /** The answer's first words given to the model, printed before what it writes. */
    private String lead = "";

    @Option(names = "--stats", description = "Afterwards print the token count and speed on stderr.")
    boolean stats;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if ((prompt == null) == (messages == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Give either --prompt or --messages.");
        }
        if (messages != null && task != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--task wraps a --prompt; --messages is already a conversation.");
        }
        if (printPrompt) {
            out.print(messages != null ? conversation(modelOptions.dir()) : request(modelOptions.folder()).prompt().text());
            out.flush();
            return 0;
        }
        try (Engine engine = modelOptions.load(spec.commandLine().getErr())) {
            GenerationRequest request = request(engine.folder());
            out.print(lead);
            out.flush();
            Generation generation = engine.generate(request, new TokenListener() {
                @Override
                public void onText(String piece) {
                    out.print(piece);
                    out.flush();
                }
            });
            // Ctrl-C: stop the model within a step and let it finish cleanly before the JVM goes away.
            Thread onInterrupt = new Thread(() -> {
                generation.cancel();
                try {
                    generation.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException | TimeoutException | RuntimeException e) {
                    // Exiting anyway.
                }
            }, "patentdesk-generate-cancel");
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            GenerationResult result;
            try {
                result = generation.await();
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(onInterrupt);
                } catch (IllegalStateException e) {
                    // Already shutting down: the hook is running.
                }
            }
            out.println();
            out.flush();
            if (stats) {
                GenerationTimings t = result.timings();
                err.printf(java.util.Locale.ROOT,
                        "patentdesk: %d prompt tokens, %d new tokens (%s); first token %.1f ms, decode %.0f tokens/s%n",
                        result.promptTokens(), result.newTokens(), result.stopReason(), t.firstTokenNanos() / 1e6,
                        t.decodeTokensPerSecond());
            }
            if (result.cutPromptTokens() > 0) {
                err.println("patentdesk: the prompt was longer than the model's context; its "
                        + (request.contextPolicy().cutsTheEnd() ? "last " : "first ")
                        + result.cutPromptTokens() + " tokens were left out.");
            }
            return 0;
        }
    }

    /** The drafting task named by a --task option, or a usage error naming it. */
    public static DraftingTask task(CommandLine.Model.CommandSpec spec, String id) {
        try {
            return DraftingTask.byId(id);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Unknown --task " + id + ".");
        }
    }

    /** The --messages conversation rendered with the folder's chat template, as the model reads it. */
    private static String conversation(Path dir, List<ChatMessage> conversation) throws IOException, ModelException {
        ChatTemplate template = ChatTemplateFile.read(dir).orElseThrow(() -> new ModelException("The model folder "
                + dir + " has no chat template (chat_template in tokenizer_config.json, or chat_template.jinja), which"
                + " --messages needs."));
        try {
            return template.renderFoldingSystem(conversation, true);
        } catch (ChatTemplateException e) {
            throw new ModelException("The chat template of " + dir + " refused the messages: " + e.getMessage(), e);
        }
    }

    private String conversation(Path dir) throws IOException, ModelException {
        if (!Files.isDirectory(dir)) {
            throw new ModelException("The model folder " + dir + " does not exist.");
        }
        return conversation(dir, MessagesFile.read(messages));
    }

    GenerationRequest request(ModelFolder folder) throws IOException, ModelException {
        long s = seed != null ? seed : System.nanoTime();
        GenerationRequest r;
        AidSettings aids = folder.aids().map(a -> a.modelWide()).orElse(AidSettings.NONE);
        if (messages != null) { // a conversation is read whole or refused, never cut
            r = GenerationRequest.of(Prompt.templated(conversation(folder.dir()), "", ""))
                    .withContextPolicy(ContextPolicy.FAIL).withSampling(folder.config().suggested().withSeed(s))
                    .withAids(aids);
        } else {
            r = GenerationRequest.of(Prompt.of(prompt)).withSampling(folder.config().suggested().withSeed(s))
                    .withAids(aids);
        }
        if (task != null) {
            DraftingTask t = task(spec, task);
            r = GenerationRequest.forTask(folder, t, prompt, s);
            // As the assistant does: the draft's first words are written for the model (DraftLeads) only for a folder
            // whose patentdesk.json switches PatentDesk's aids on, and never into a chat template's conversation.
            if (!noLead && folder.aids().isPresent() && !r.prompt().templated()) {
                lead = DraftLeads.forTask(t, prompt).orElse("");
                r = r.withLead(lead);
                if (t == DraftingTask.INDEPENDENT_TO_DEPENDENT) { // each further claim begins the same way
                    r = r.withAids(PatentAidSettings.withLineLeads(r.aids(),
                            DraftLeads.dependentLinesOf(prompt).orElse(LineLeads.NONE)));
                }
            }
        }
        try {
            Sampling sampling = r.sampling();
            if (temperature != null) {
                sampling = sampling.withTemperature(temperature);
            }
            if (topP != null) {
                sampling = sampling.withTopP(topP);
            }
            if (topK != null) {
                sampling = sampling.withTopK(topK);
            }
            if (minP != null) {
                sampling = sampling.withMinP(minP);
            }
            if (repetitionPenalty != null) {
                sampling = sampling.withRepetitionPenalty(repetitionPenalty);
            }
            if (noRepeatNgram != null) {
                sampling = sampling.withNoRepeatNgram(noRepeatNgram);
            }
            r = r.withSampling(sampling).withAids(aids(r.aids()));
            return maxTokens != null ? r.withMaxNewTokens(maxTokens) : r;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage() + ".");
        }
    }

    /** The decoding aids' options applied to the folder's aid settings; ignored, with a note, where it has none. */
    private AidSettings aids(AidSettings settings) {
        boolean asked = nearRepeatWindow != null || copyBoost != null || inputWordBoost != null
                || contextContrast != null || plausibility != null;
        if (!(settings instanceof PatentAidSettings aids)) {
            if (asked) {
                spec.commandLine().getErr().println("patentdesk: --near-repeat-window, --copy-boost, "
                        + "--input-word-boost, --context-contrast and --plausibility are decoding aids, which only a "
                        + "model folder with a patentdesk.json switches on; ignored.");
            }
            return settings;
        }
        if (nearRepeatWindow != null) {
            aids = aids.withNearRepeatWindow(nearRepeatWindow);
        }
        if (copyBoost != null) {
            aids = aids.withCopyBoost(copyBoost);
        }
        if (inputWordBoost != null) {
            aids = aids.withInputWordBoost(inputWordBoost);
        }
        boolean modelContrasts = aids.contextContrast() > 0;
        if (contextContrast != null) {
            aids = aids.withContextContrast(contextContrast);
        }
        if (plausibility != null) {
            aids = aids.withPlausibility(plausibility);
        } else if (contextContrast != null && !modelContrasts) {
            aids = aids.withPlausibility(PatentAidSettings.DEFAULT_PLAUSIBILITY);
        }
        if ((contextContrast != null || plausibility != null) && task == null) {
            spec.commandLine().getErr().println("patentdesk: context contrast needs a --task (it contrasts the "
                    + "task's template with and without your text); ignored.");
        }
        return aids;
    }
}
