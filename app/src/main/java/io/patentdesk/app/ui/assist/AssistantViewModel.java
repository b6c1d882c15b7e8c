package io.patentdesk.app.ui.assist;

import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.inference.ContextPolicy;
import io.patentdesk.inference.ContextTooLongException;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Generation;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.StopReason;
import io.patentdesk.inference.TokenListener;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The assistant: streams the local model's text into a preview that the user accepts, discards or regenerates.
 * Nothing reaches the document until the user accepts, and the view applies accepted text as one undoable edit.
 */
@Singleton
public final class AssistantViewModel {
    private final ModelService models;
    private final TaskExecutor tasks;
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(this, "hasResult");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyDoubleWrapper tokensPerSecond = new ReadOnlyDoubleWrapper(this, "tokensPerSecond");
    private final ReadOnlyIntegerWrapper tokens = new ReadOnlyIntegerWrapper(this, "tokens");
    private final ReadOnlyObjectWrapper<AssistRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final StringBuilder incoming = new StringBuilder();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private Generation generation;
    private long startedNanos;
    private int runId;

    @Inject
    public AssistantViewModel(ModelService models, TaskExecutor tasks) {
        this.models = models;
        this.tasks = tasks;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when the preview holds text that can be accepted. */
    public ReadOnlyBooleanProperty hasResultProperty() {
        return hasResult.getReadOnlyProperty();
    }

    /** What the user should know: progress, what was cut from a long prompt, why generation stopped. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty tokensPerSecondProperty() {
        return tokensPerSecond.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty tokensProperty() {
        return tokens.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AssistRequest> requestProperty() {
        return request.getReadOnlyProperty();
    }

    /** Starts generating for {@code r}, replacing any preview (which was never part of the document). */
    public void start(AssistRequest r) {
        Optional<Engine> engine = models.engine();
        if (engine.isEmpty()) {
            reportUnavailable();
            return;
        }
        cancel();
        int id = ++runId;
        request.set(r);
        preview.set(r.lead());
        hasResult.set(false);
        tokens.set(0);
        tokensPerSecond.set(0);
        synchronized (incoming) {
            incoming.setLength(0);
            incoming.append(r.lead());
        }
        note.set(r.action().label() + "\u2026");
        running.set(true);
        startedNanos = System.nanoTime();
        GenerationRequest g = generationRequest(engine.get(), r);
        try {
            generation = engine.get().generate(g, new TokenListener() {
                @Override
                public void onText(String piece) {
                    synchronized (incoming) {
                        incoming.append(piece);
                    }
                    tasks.runOnUi(() -> {
                        if (id == runId) {
                            tokens.set(tokens.get() + 1);
                        }
                    });
                    scheduleFlush(id);
                }

                @Override
                public void onComplete(GenerationResult result) {
                    tasks.runOnUi(() -> finished(id, result));
                }

                @Override
                public void onError(InferenceException error) {
                    tasks.runOnUi(() -> failed(id, error));
                }
            });
        } catch (RuntimeException e) {
            failed(id, e);
        }
    }

    /** What the engine runs for a request: its prompt, budget and line leads, the task's sampling, stop strings and
     *  word rules. */
    static GenerationRequest generationRequest(Engine engine, AssistRequest r) {
        GenerationRequest g = GenerationRequest.of(r.prompt()).withMaxNewTokens(r.maxTokens())
                .withContextPolicy(r.action().contextPolicy()).withSampling(sampling(engine, r.action().task()))
                .withLineLeads(r.lineLeads());
        return r.action().task() == null ? g : g.withTaskRules(engine.folder().promptFormat(), r.action().task());
    }

    /**
     * The model authors' sampling for the task when they suggest one (the task's own, else the model-wide one), else
     * moderate drafting settings; a fresh seed each time, so that Regenerate offers a different draft.
     */
    static Sampling sampling(Engine engine, DraftingTask task) {
        Sampling suggested = engine.folder().config().suggested();
        if (task != null) {
            suggested = engine.folder().promptFormat().sampling(task, suggested);
        }
        Sampling base = suggested.isGreedy() ? DRAFTING : suggested;
        return base.withSeed(java.util.concurrent.ThreadLocalRandom.current().nextLong());
    }

    /** Varied but on-topic text: the usual settings for drafting with small language models. */
    static final Sampling DRAFTING = new Sampling(0.7, 40, 0.9, 1.1, 0);

    /** Says in the note why the assistant cannot run now (no model, or still loading). */
    public void reportUnavailable() {
        String problem = models.stateProperty().get().problem();
        note.set(problem.isEmpty() ? "The model is still loading; try again in a moment." : problem);
    }

    /**
     * Offers deterministic text (drafted from the claims without the model) in the preview, so that it too is
     * reviewed and accepted, never written into the document unasked.
     */
    public void offer(AssistAction action, String text) {
        cancel();
        runId++;
        request.set(new AssistRequest(action, null, 0, "", 0, 0));
        text = asEditorText(text);
        preview.set(text);
        tokens.set(0);
        hasResult.set(!text.isBlank());
        note.set(text.isBlank() ? action.label() + ": nothing to draft from the claims yet."
                : action.label() + ": drafted from your claims without the model. Review it, then Accept.");
        running.set(false);
    }

    /** Starts the last request again. */
    public void regenerate() {
        if (request.get() != null && request.get().action().usesModel()) {
            start(request.get());
        }
    }

    /** Stops generating; the text so far stays in the preview. */
    public void cancel() {
        Generation g = generation;
        generation = null;
        if (g != null && !g.isDone()) {
            g.cancel();
        }
    }

    /** Empties the preview; the document is untouched. */
    public void discard() {
        cancel();
        runId++;
        running.set(false);
        preview.set("");
        hasResult.set(false);
        note.set("Discarded.");
    }

    /** The accepted text, trimmed, or empty when there is none; clears the preview. */
    public Optional<String> accept() {
        if (!hasResult.get() || preview.get().isBlank()) {
            return Optional.empty();
        }
        String text = preview.get().strip();
        preview.set("");
        hasResult.set(false);
        note.set("Accepted \u2014 Ctrl+Z undoes it.");
        return Optional.of(text);
    }

    private void scheduleFlush(int id) {
        if (flushScheduled.compareAndSet(false, true)) {
            tasks.runOnUi(() -> {
                flushScheduled.set(false);
                if (id == runId) {
                    String text;
                    synchronized (incoming) {
                        text = incoming.toString();
                    }
                    preview.set(asEditorText(text));
                    double seconds = (System.nanoTime() - startedNanos) / 1e9;
                    if (seconds > 0) {
                        tokensPerSecond.set(tokens.get() / seconds);
                    }
                }
            });
        }
    }

    /**
     * The text as the editor will hold it: the areas turn "\r\n" and a lone "\r" into line breaks, so the preview
     * does too (a model may emit a carriage return), and what is accepted is exactly what was shown.
     */
    static String asEditorText(String text) {
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private void finished(int id, GenerationResult result) {
        if (id != runId) {
            return;
        }
        generation = null;
        preview.set(asEditorText(request.get().lead() + result.text()));
        tokensPerSecond.set(result.timings().decodeTokensPerSecond());
        tokens.set(result.newTokens());
        hasResult.set(!result.text().isBlank() && request.get().action().target() != AssistAction.Target.NONE);
        note.set(describe(result, request.get().action().contextPolicy()));
        running.set(false); // last: whoever waits on it sees the final preview and note
    }

    private void failed(int id, Throwable error) {
        if (id != runId) {
            return;
        }
        generation = null;
        UserMessages.log("generation failed", error);
        if (error instanceof ContextTooLongException tooLong && request.get() != null
                && request.get().action() == AssistAction.REWRITE_SELECTION) {
            note.set("The selection is too long to rewrite in one go (" + tooLong.promptTokens() + " tokens with the"
                    + " instruction; the model reads " + tooLong.contextLength() + " with its answer): select a shorter"
                    + " passage. Your text is unchanged.");
        } else {
            note.set("Generation failed: " + UserMessages.of(error));
        }
        hasResult.set(false);
        running.set(false);
    }

    /** One line on how the generation ended and what the model did not see. */
    static String describe(GenerationResult r, ContextPolicy policy) {
        String how = switch (r.stopReason()) {
            case CANCELLED -> "Cancelled after " + r.newTokens() + " tokens; the text so far is kept.";
            case MAX_TOKENS -> "Stopped at the length limit (" + r.newTokens() + " tokens).";
            case LINE_BUDGET -> "Done: " + r.newTokens() + " tokens; another claim would not have fit in the length "
                    + "limit.";
            case CONTEXT_FULL -> "Stopped: the model's context is full.";
            default -> "Done: " + r.newTokens() + " tokens.";
        };
        if (r.cutPromptTokens() > 0) {
            String cut = r.cutText().strip().replaceAll("\\s+", " ");
            String shown = cut.length() > 80 ? cut.substring(0, 77).strip() + "\u2026" : cut;
            how += " The input was longer than the model's context: its "
                    + (policy.cutsTheEnd() ? "last " : "first ") + r.cutPromptTokens()
                    + " tokens were cut (\u201c" + shown + "\u201d).";
        }
        return how;
    }

    /** Whether the last generation stopped because the user cancelled it. */
    public static boolean cancelled(GenerationResult r) {
        return r.stopReason() == StopReason.CANCELLED;
    }
}
