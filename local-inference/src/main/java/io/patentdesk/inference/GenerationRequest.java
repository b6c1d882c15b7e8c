package io.patentdesk.inference;

import io.patentdesk.inference.model.ModelFolder;
import io.patentdesk.inference.spi.AidSettings;
import java.util.List;
import java.util.Objects;

/**
 * What to generate. Immutable; build with {@link #of(String)} or {@link #of(Prompt)} and the {@code with...} methods.
 *
 * @param prompt         the prompt text, in parts (null when {@code promptTokens} is given)
 * @param promptTokens   exact prompt token ids, for benchmarks that must feed identical ids to several runtimes
 * @param maxNewTokens   at most this many tokens are generated
 * @param sampling       how each token is chosen
 * @param stopStrings    generation ends before any of these appears (added to the model's own stop strings)
 * @param contextPolicy  what to do with a prompt longer than the context
 * @param ignoreEos      keep going past end-of-sequence tokens (benchmarks that need exactly N tokens)
 * @param aids           settings of the decoding aids the model folder switched on, opaque here
 *                       ({@link AidSettings#NONE}: none; a folder without aids ignores them)
 */
public record GenerationRequest(Prompt prompt, int[] promptTokens, int maxNewTokens, Sampling sampling,
        List<String> stopStrings, ContextPolicy contextPolicy, boolean ignoreEos, AidSettings aids) {

    public static final int DEFAULT_MAX_NEW_TOKENS = 256;

    public GenerationRequest {
        if ((prompt == null) == (promptTokens == null)) {
            throw new IllegalArgumentException("give either a prompt or prompt token ids");
        }
        if (promptTokens != null) {
            if (promptTokens.length == 0) {
                throw new IllegalArgumentException("the prompt has no tokens");
            }
            promptTokens = promptTokens.clone();
        }
        if (maxNewTokens < 1) {
            throw new IllegalArgumentException("max new tokens must be at least 1, was " + maxNewTokens);
        }
        Objects.requireNonNull(sampling, "sampling");
        Objects.requireNonNull(contextPolicy, "contextPolicy");
        Objects.requireNonNull(aids, "aids");
        stopStrings = List.copyOf(stopStrings);
        for (String s : stopStrings) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("a stop string must not be empty");
            }
        }
    }

    public static GenerationRequest of(String prompt) {
        return of(Prompt.of(prompt));
    }

    public static GenerationRequest of(Prompt prompt) {
        return new GenerationRequest(Objects.requireNonNull(prompt, "prompt"), null, DEFAULT_MAX_NEW_TOKENS,
                Sampling.greedy(), List.of(), ContextPolicy.TRUNCATE_LEFT, false, AidSettings.NONE);
    }

    /**
     * A drafting task as the model folder prescribes it: its prompt template, its answer length, the sampling its
     * {@code patentdesk.json} suggests for it (the task's own, else the model-wide one) with the given seed, and the
     * task's stop strings and decoding aids (where the folder switches aids on). An input
     * too long for the context loses its end, not its start: claim 1 leads a claim set, and the model was trained on
     * inputs cut that way.
     */
    public static GenerationRequest forTask(ModelFolder model, DraftingTask task, String input, long seed) {
        PromptFormat format = model.promptFormat();
        return of(taskPrompt(model, task, input)).withMaxNewTokens(format.maxNewTokens(task, DEFAULT_MAX_NEW_TOKENS))
                .withSampling(format.sampling(task, model.config().suggested()).withSeed(seed))
                .withContextPolicy(ContextPolicy.TRUNCATE_RIGHT).withTaskRules(model, task);
    }

    /**
     * A task's prompt: the template {@code patentdesk.json} declares for it (what the model was trained on), else the
     * task as messages through the model's chat template, else the plain default labels.
     */
    public static Prompt taskPrompt(ModelFolder model, DraftingTask task, String input) {
        PromptFormat format = model.promptFormat();
        if (!format.isDeclared(task) && model.chatTemplate().isPresent()) {
            return DraftingMessages.prompt(model.chatTemplate().get(), task, input);
        }
        return format.prompt(task, input);
    }

    public static GenerationRequest ofTokens(int[] ids) {
        return new GenerationRequest(null, Objects.requireNonNull(ids, "ids"), DEFAULT_MAX_NEW_TOKENS,
                Sampling.greedy(), List.of(), ContextPolicy.TRUNCATE_LEFT, false, AidSettings.NONE);
    }

    @Override
    public int[] promptTokens() {
        return promptTokens == null ? null : promptTokens.clone();
    }

    public GenerationRequest withMaxNewTokens(int n) {
        return new GenerationRequest(prompt, promptTokens, n, sampling, stopStrings, contextPolicy,
                ignoreEos, aids);
    }

    public GenerationRequest withSampling(Sampling s) {
        return new GenerationRequest(prompt, promptTokens, maxNewTokens, s, stopStrings, contextPolicy,
                ignoreEos, aids);
    }

    public GenerationRequest withStopStrings(List<String> stops) {
        return new GenerationRequest(prompt, promptTokens, maxNewTokens, sampling, stops, contextPolicy,
                ignoreEos, aids);
    }

    /**
     * The answer's first words written for the model: they end the prompt (after the template's tail, so a too-long
     * input is still cut before them) and the model continues from there; the generated text does not repeat them.
     */
    public GenerationRequest withLead(String lead) {
        if (prompt == null) {
            throw new IllegalStateException("a lead needs a text prompt");
        }
        return new GenerationRequest(prompt.withLead(lead), promptTokens, maxNewTokens, sampling, stopStrings,
                contextPolicy, ignoreEos, aids);
    }

    /** The decoding aids' settings (opaque here; see the folder's {@link ModelFolder#aids()}). */
    public GenerationRequest withAids(AidSettings settings) {
        return new GenerationRequest(prompt, promptTokens, maxNewTokens, sampling, stopStrings, contextPolicy, ignoreEos,
                settings);
    }

    /**
     * The task's own stop strings, and its decoding aids where the folder switches aids on, as the model folder's
     * {@code patentdesk.json} sets them.
     */
    public GenerationRequest withTaskRules(ModelFolder model, DraftingTask task) {
        List<String> stops = new java.util.ArrayList<>(stopStrings);
        model.promptFormat().stopStrings(task).stream().filter(s -> !stops.contains(s)).forEach(stops::add);
        return withStopStrings(stops).withAids(model.aids().map(a -> a.forTask(task)).orElse(AidSettings.NONE));
    }

    public GenerationRequest withContextPolicy(ContextPolicy policy) {
        return new GenerationRequest(prompt, promptTokens, maxNewTokens, sampling, stopStrings, policy,
                ignoreEos, aids);
    }

    public GenerationRequest withIgnoreEos(boolean ignore) {
        return new GenerationRequest(prompt, promptTokens, maxNewTokens, sampling, stopStrings, contextPolicy,
                ignore, aids);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenerationRequest r && Objects.equals(prompt, r.prompt)
                && java.util.Arrays.equals(promptTokens, r.promptTokens) && maxNewTokens == r.maxNewTokens
                && sampling.equals(r.sampling) && stopStrings.equals(r.stopStrings)
                && contextPolicy == r.contextPolicy && ignoreEos == r.ignoreEos && aids.equals(r.aids);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prompt, java.util.Arrays.hashCode(promptTokens), maxNewTokens, sampling, stopStrings,
                contextPolicy, ignoreEos, aids);
    }

    @Override
    public String toString() {
        return "GenerationRequest[maxNewTokens=" + maxNewTokens + ", sampling=" + sampling + ", stopStrings="
                + stopStrings + ", contextPolicy=" + contextPolicy + ", ignoreEos=" + ignoreEos + ", aids=" + aids + "]";
    }
}
