package io.patentdesk.app.ui.assist;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterId;
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
import io.patentdesk.inference.aids.PatentAidSettings;
import io.patentdesk.inference.spi.AidSettings;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
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
 * A draft belongs to the matter it was made for ({@link DraftOrigin}): when another matter is opened, a generation in
 * flight is cancelled and a finished draft is put aside until its matter is open again, so Accept can never write one
 * matter's draft into another.
 */
@Singleton
public final class AssistantViewModel {
    private final ModelViewModel models;
    private final TaskExecutor tasks;
    private final DraftChecker checker;
    private final ReadOnlyStringWrapper draftFindings = new ReadOnlyStringWrapper(this, "draftFindings", "");
    /** What the checker found in the draft in the preview; null while it is not (yet) checked. */
    private DraftReview review;
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper(this, "preview", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper hasResult = new ReadOnlyBooleanWrapper(this, "hasResult");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyDoubleWrapper tokensPerSecond = new ReadOnlyDoubleWrapper(this, "tokensPerSecond");
    private final ReadOnlyIntegerWrapper tokens = new ReadOnlyIntegerWrapper(this, "tokens");
    private final ReadOnlyObjectWrapper<AssistRequest> request = new ReadOnlyObjectWrapper<>(this, "request");
    private final ReadOnlyObjectWrapper<DraftOrigin> origin = new ReadOnlyObjectWrapper<>(this, "origin");
    /** Finished drafts of matters that are not open, each shown again when its matter is (memory only, never saved). */
    private final Map<MatterId, ParkedDraft> parked = new HashMap<>();
    private MatterId openMatter;
    private final StringBuilder incoming = new StringBuilder();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private Generation generation;
    private long startedNanos;
    private int runId;

    public AssistantViewModel(ModelViewModel models, TaskExecutor tasks) {
        this(models, tasks, new DraftChecker());
    }

    @Inject
    public AssistantViewModel(ModelViewModel models, TaskExecutor tasks, DraftChecker checker) {
        this.models = models;
        this.tasks = tasks;
        this.checker = checker;
    }

    /**
     * What the claims checker says the drafted claims in the preview would add to the matter's findings, one a line;
     * "" when the draft holds no claims or is not checked yet.
     */
    public ReadOnlyStringProperty draftFindingsProperty() {
        return draftFindings.getReadOnlyProperty();
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

    /** The matter and text the draft in the preview was made for and from; null when there is none. */
    public ReadOnlyObjectProperty<DraftOrigin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    /**
     * Starts generating for {@code r}, replacing any preview (which was never part of the document).
     *
     * @param from the open matter and the text the request was built from
     */
    public void start(AssistRequest r, DraftOrigin from) {
        Optional<Engine> engine = models.engine();
        if (engine.isEmpty()) {
            reportUnavailable();
            return;
        }
        if (!from.matter().equals(openMatter)) {
            note.set("This draft was asked for " + DraftOrigin.quoted(from.matterTitle()) + ", which is not open.");
            return;
        }
        cancel();
        int id = ++runId;
        request.set(r);
        origin.set(from);
        preview.set(r.lead());
        hasResult.set(false);
        clearReview();
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
                .withAids(engine.folder().aids().map(a -> a.modelWide()).orElse(AidSettings.NONE));
        g = r.action().task() == null ? g : g.withTaskRules(engine.folder(), r.action().task());
        // Line leads are a decoding aid: a folder without aids (no patentdesk.json) lets the model write every line.
        return g.withAids(PatentAidSettings.withLineLeads(g.aids(), r.lineLeads()));
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
     * reviewed and accepted, never written into the document unasked. Text drafted for a matter that is no longer
     * open (the user moved on while it was computed) waits for that matter instead.
     */
    public void offer(DraftOrigin from, AssistAction action, String text) {
        AssistRequest r = new AssistRequest(action, null, 0, "", 0, 0);
        text = asEditorText(text);
        String said = text.isBlank() ? action.label() + ": nothing to draft from the " + from.input().name() + " yet."
                : action.label() + ": drafted from your " + from.input().name() + " without the model. Review it, then Accept.";
        if (!from.matter().equals(openMatter)) {
            if (!text.isBlank()) {
                parked.put(from.matter(), new ParkedDraft(r, from, text, true, null)); // checked when shown
            }
            return;
        }
        cancel();
        int id = ++runId;
        request.set(r);
        origin.set(from);
        preview.set(text);
        tokens.set(0);
        clearReview();
        note.set(said);
        running.set(false);
        hasResult.set(false);
        if (!text.isBlank()) {
            check(id, text, () -> { });
        }
    }

    /** Starts the last request again (for the matter it was made for, which is open). */
    public void regenerate() {
        if (request.get() != null && request.get().action().usesModel() && origin.get() != null) {
            start(request.get(), origin.get());
        }
    }

    /**
     * Follows the matter the user has open (null for none). On a change of matter the draft of the one left is
     * taken out of the preview: cancelled while it is still being generated, else put aside (discarded when no
     * matter is open, the one left having been deleted); a draft put aside for the matter now open comes back.
     */
    public void matterOpened(MatterId id) {
        if (Objects.equals(id, openMatter)) {
            return;
        }
        openMatter = id;
        String said = putAside(id != null);
        ParkedDraft back = id == null ? null : parked.remove(id);
        if (back != null) {
            request.set(back.request());
            origin.set(back.origin());
            preview.set(back.text());
            hasResult.set(back.acceptable());
            review = back.review();
            draftFindings.set(review == null ? "" : review.summary());
            if (review == null && back.acceptable()) {
                hasResult.set(false);
                check(runId, back.text(), () -> { });
            }
            said = "This is the draft you left here when you switched matters. Review it, then Accept.";
        }
        note.set(said);
    }

    /** Empties the preview of the matter being left; says what became of its draft ("" when there was none). */
    private String putAside(boolean park) {
        DraftOrigin from = origin.get();
        boolean wasRunning = running.get();
        String text = preview.get();
        cancel();
        runId++; // tokens and results still on their way belong to the draft being put aside: ignored
        running.set(false);
        String said = "";
        if (from != null && wasRunning) {
            said = "The draft for " + DraftOrigin.quoted(from.matterTitle()) + " was cancelled when you switched matters.";
        } else if (from != null && !text.isBlank() && park) {
            parked.put(from.matter(), new ParkedDraft(request.get(), from, text, hasResult.get(), review));
            said = "The draft for " + DraftOrigin.quoted(from.matterTitle()) + " is put aside; it comes back when you"
                    + " open that matter again.";
        } else if (from != null && !text.isBlank()) {
            said = "The draft for " + DraftOrigin.quoted(from.matterTitle()) + " was discarded when you switched matters.";
        }
        request.set(null);
        origin.set(null);
        preview.set("");
        hasResult.set(false);
        clearReview();
        tokens.set(0);
        tokensPerSecond.set(0);
        return said;
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
        clearReview();
        note.set("Discarded.");
    }

    /**
     * Whether the draft may go into {@code open}, the matter open now (with the editors' latest text): refused for
     * another matter or a changed selection, a question when the text it was made from has changed since.
     */
    public AcceptCheck checkAccept(Matter open) {
        if (!hasResult.get() || preview.get().isBlank() || origin.get() == null) {
            return AcceptCheck.refuse("Nothing to insert", "The preview holds no draft to insert.");
        }
        AcceptCheck base = origin.get().check(open);
        DraftReview r = review;
        if (base.verdict() == AcceptCheck.Verdict.REFUSE || r == null || r.errors() == 0) {
            return base;
        }
        // A draft that would add errors goes in only when the user says so, having been told which.
        return base.verdict() == AcceptCheck.Verdict.ASK
                ? AcceptCheck.ask(base.title(), base.message().replace(" Insert it anyway?", "") + " " + r.question())
                : AcceptCheck.ask("Draft adds errors", r.question());
    }

    /**
     * The accepted text, trimmed, and the preview cleared; empty when there is none or when the draft was made for
     * another matter than {@code open}, whatever the caller checked before (a dialog may have let the matter change).
     */
    public Optional<String> acceptInto(Matter open) {
        if (!hasResult.get() || preview.get().isBlank() || origin.get() == null || open == null
                || !origin.get().matter().equals(open.id())) {
            return Optional.empty();
        }
        String text = preview.get().strip();
        preview.set("");
        hasResult.set(false);
        clearReview();
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
        String text = asEditorText(request.get().lead() + result.text());
        preview.set(text);
        tokensPerSecond.set(result.timings().decodeTokensPerSecond());
        tokens.set(result.newTokens());
        boolean acceptable = !result.text().isBlank() && request.get().action().target() != AssistAction.Target.NONE;
        String how = !acceptable && request.get().action().target() != AssistAction.Target.NONE
                ? nothingToAccept(result, request.get().lead()) : describe(result, request.get().action().contextPolicy());
        note.set(how);
        if (!acceptable) {
            running.set(false); // last: whoever waits on it sees the final preview and note
            return;
        }
        // Still running while the checker reads the draft with the matter's claims: Accept waits for its findings.
        note.set(how + " Checking it with your claims\u2026");
        check(id, text, () -> note.set(how));
    }

    /**
     * Checks the draft in the preview with the matter it was made from, off the UI thread; then shows the draft as
     * it would be inserted (dependents renumbered), its findings, and lets it be accepted. Ends the run.
     */
    private void check(int id, String text, Runnable then) {
        DraftOrigin from = origin.get();
        AssistAction.Target target = request.get().action().target();
        tasks.submit(() -> from == null || from.snapshot() == null ? DraftReview.unchecked(text)
                : checker.review(from.snapshot(), from.input(), target, text), r -> {
                    if (id != runId) {
                        return;
                    }
                    review = r;
                    preview.set(r.text());
                    draftFindings.set(r.summary());
                    hasResult.set(!r.text().isBlank());
                    then.run();
                    running.set(false);
                }, e -> {
                    if (id != runId) {
                        return;
                    }
                    UserMessages.log("draft check failed", e);
                    draftFindings.set("The draft could not be checked with your claims: " + UserMessages.of(e));
                    hasResult.set(true);
                    then.run();
                    running.set(false);
                });
    }

    private void clearReview() {
        review = null;
        draftFindings.set("");
    }

    /**
     * Why a finished draft has nothing to accept: the model stopped at once, or wrote only blank space (a small or
     * mismatched model does both), instead of an empty preview that says nothing.
     */
    static String nothingToAccept(GenerationResult r, String lead) {
        if (r.stopReason() == StopReason.CANCELLED) {
            return "Cancelled before the model wrote anything; nothing to accept.";
        }
        String after = lead.isBlank() ? "" : " after \u201c" + lead.strip() + "\u201d";
        String what = r.newTokens() == 0 || r.text().isEmpty()
                ? "The model stopped at once" + after + " (its first token was an end token): nothing to accept."
                : "The model wrote only blank space" + after + " (" + DraftReview.count(r.newTokens(), "token")
                        + "): nothing to accept.";
        return what + " Regenerate, or add a more capable model under Assistant \u2192 Models\u2026.";
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

    /** A finished draft waiting for its matter to be open again. */
    private record ParkedDraft(AssistRequest request, DraftOrigin origin, String text, boolean acceptable,
            DraftReview review) {
    }

    /** Whether the last generation stopped because the user cancelled it. */
    public static boolean cancelled(GenerationResult r) {
        return r.stopReason() == StopReason.CANCELLED;
    }
}
