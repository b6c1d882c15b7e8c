package io.patentdesk.app.ui.assist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.patentdesk.app.models.ModelService;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.task.CurrentThreadTaskExecutor;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import io.patentdesk.inference.DraftingTask;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.PromptFormat;
import io.patentdesk.inference.Sampling;
import io.patentdesk.inference.aids.PatentAidSettings;
import io.patentdesk.inference.aids.WordRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The assistant with the inference module's tiny random-weight model: streaming, cancel, accept, context cuts. */
class AssistantTest {
    static final Path TINY = Path.of("..", "local-inference", "src", "test", "resources", "models", "tiny-genai");
    static final String CLAIMS = "1. A lid comprising a cover plate and a vent.\n\n2. The lid of claim 1, wherein the vent is round.";
    final Matter matter = Matter.create("Lid").withClaims(CLAIMS);
    ModelViewModel models;
    AssistantViewModel vm;
    AssistRequests requests;

    @BeforeEach
    void load() {
        Assumptions.assumeTrue(Files.isDirectory(TINY), "tiny test model not present");
        models = new ModelViewModel(new ModelService(TINY), new CurrentThreadTaskExecutor());
        models.loadInBackground();
        assertThat(models.stateProperty().get().ready()).as(models.stateProperty().get().problem()).isTrue();
        vm = new AssistantViewModel(models, new CurrentThreadTaskExecutor());
        vm.matterOpened(matter.id());
        requests = AssistRequests.forModel(models.engine().orElseThrow().folder());
    }

    /** Starts {@code r} as the window does: for the open matter, drafted from its claims (or the selection). */
    void start(AssistRequest r) {
        DraftInput input = r.action() == AssistAction.REWRITE_SELECTION
                ? new DraftInput.Selection("claims", r.start(), r.end()) : DraftInput.of(r.action());
        vm.start(r, DraftOrigin.of(matter, input));
    }

    @AfterEach
    void close() {
        if (models != null) {
            models.close();
        }
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(10);
        }
    }

    @Test
    void streamsThenAcceptsOnce() throws Exception {
        start(requests.titleFromClaims(CLAIMS).request().orElseThrow());
        await(() -> !vm.runningProperty().get());
        assertThat(vm.tokensProperty().get()).isBetween(1, AssistRequests.TITLE_TOKENS);
        assertThat(vm.tokensPerSecondProperty().get()).isPositive();
        assertThat(vm.hasResultProperty().get()).isEqualTo(!vm.previewProperty().get().isBlank());
        if (vm.hasResultProperty().get()) {
            String preview = vm.previewProperty().get().strip();
            assertThat(vm.acceptInto(matter)).contains(preview);
            assertThat(vm.acceptInto(matter)).isEmpty();
        }
    }

    @Test
    void dependentsAbstractsAndTitlesStartWithTheClaimsOwnSubjectInTheirPreview() throws Exception {
        AssistRequest r = requests.dependentsFor(CLAIMS, 0).request().orElseThrow();
        assertThat(r.lead()).isEqualTo("3. The lid of claim 1, wherein"); // after the last claim, where Accept puts it
        // Each further claim begins the same way (4., 5., ...), and the engine is asked to write those leads.
        assertThat(r.lineLeads()).isEqualTo(io.patentdesk.inference.aids.LineLeads.dependentClaims("lid", 3, 1));
        assertThat(((PatentAidSettings) AssistantViewModel.generationRequest(models.engine().orElseThrow(), r).aids())
                .lineLeads()).isEqualTo(r.lineLeads());
        assertThat(r.prompt().tail()).endsWith(r.lead()); // the model continues the lead
        start(r);
        await(() -> !vm.runningProperty().get());
        assertThat(vm.previewProperty().get()).startsWith(r.lead());
        assertThat(vm.previewProperty().get().length()).isGreaterThan(r.lead().length());
        assertThat(vm.acceptInto(matter)).get().asString().startsWith(r.lead());
        assertThat(requests.abstractFromClaims(CLAIMS).request().orElseThrow().lead()).isEqualTo("A lid");
        assertThat(requests.titleFromClaims(CLAIMS).request().orElseThrow().lead()).isEqualTo("Lid");
        assertThat(r.withMaxTokens(3).lead()).isEqualTo(r.lead()); // the smoke run's token cap keeps it
    }

    @Test
    void cancelKeepsWhatWasWritten() throws Exception {
        start(requests.abstractFromClaims(CLAIMS).request().orElseThrow());
        vm.cancel();
        await(() -> !vm.runningProperty().get());
        assertThat(vm.noteProperty().get()).matches("(Cancelled|Done|Stopped).*");
        assertThat(vm.tokensProperty().get()).isLessThan(AssistRequests.ABSTRACT_TOKENS);
    }

    @Test
    void openingAnotherMatterCancelsTheGenerationInFlightAndIgnoresWhatItStillSends() throws Exception {
        QueuedUiExecutor ui = new QueuedUiExecutor();
        AssistantViewModel assistant = new AssistantViewModel(models, ui);
        assistant.matterOpened(matter.id());
        AssistRequest r = requests.abstractFromClaims(CLAIMS).request().orElseThrow();
        assistant.start(r, DraftOrigin.of(matter, DraftInput.of(r.action())));
        assertThat(assistant.runningProperty().get()).isTrue();
        Engine engine = models.engine().orElseThrow();

        assistant.matterOpened(Matter.create("Other").id());
        assertThat(assistant.runningProperty().get()).isFalse();
        assertThat(assistant.previewProperty().get()).isEmpty();
        assertThat(assistant.requestProperty().get()).as("Regenerate has nothing to run for the other matter").isNull();
        assertThat(assistant.noteProperty().get()).isEqualTo("The draft for \u201cLid\u201d was cancelled when you switched matters.");
        await(() -> !engine.isBusy());
        ui.drain(); // the tokens and the result the engine sent before it stopped
        assertThat(assistant.previewProperty().get()).isEmpty();
        assertThat(assistant.hasResultProperty().get()).isFalse();
        assertThat(assistant.tokensProperty().get()).isZero();
        assertThat(assistant.noteProperty().get()).contains("cancelled");

        // Nothing was put aside for the first matter: a cancelled draft does not come back.
        assistant.matterOpened(matter.id());
        assertThat(assistant.previewProperty().get()).isEmpty();
        assertThat(assistant.acceptInto(matter)).isEmpty();
    }

    @Test
    void aRequestForAMatterThatIsNotOpenIsNotStarted() {
        Matter other = Matter.create("Other").withClaims(CLAIMS);
        vm.start(requests.titleFromClaims(CLAIMS).request().orElseThrow(), DraftOrigin.of(other, new DraftInput.Claims()));
        assertThat(vm.noteProperty().get()).isEqualTo("This draft was asked for \u201cOther\u201d, which is not open.");
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.originProperty().get()).isNull();
        assertThat(vm.requestProperty().get()).isNull();
    }

    @Test
    void aLongPromptKeepsClaimOneAndSaysWhatWasCut() throws Exception {
        String longClaims = CLAIMS + "\n\n" + "3. The lid of claim 1, wherein the cover plate is made of polypropylene. ".repeat(40);
        start(requests.abstractFromClaims(longClaims).request().orElseThrow());
        await(() -> !vm.runningProperty().get());
        assertThat(vm.noteProperty().get()).contains("longer than the model's context").containsPattern("its last \\d+ tokens were cut")
                .doesNotContain("1. A lid");
    }

    @Test
    void aSelectionTooLongToRewriteIsRefusedNotRewrittenInPart() throws Exception {
        String selection = "The cover plate is made of polypropylene and the vent is round. ".repeat(60);
        start(requests.rewrite(selection, 0, selection.length()).request().orElseThrow());
        await(() -> !vm.runningProperty().get());
        assertThat(vm.noteProperty().get()).startsWith("The selection is too long to rewrite in one go")
                .contains("select a shorter passage");
        assertThat(vm.hasResultProperty().get()).isFalse();
        assertThat(vm.acceptInto(matter)).isEmpty();
    }

    @Test
    void discardLeavesNothing() throws Exception {
        start(requests.titleFromClaims(CLAIMS).request().orElseThrow());
        vm.discard();
        await(() -> !vm.runningProperty().get());
        assertThat(vm.previewProperty().get()).isEmpty();
        assertThat(vm.acceptInto(matter)).isEmpty();
    }

    @Test
    void requestsExplainWhatIsMissing() {
        AssistRequests r = new AssistRequests(PromptFormat.defaults(), java.util.Optional.empty(), false);
        assertThat(r.abstractFromClaims("  ").problem()).contains("claims first");
        assertThat(r.dependentsFor("no numbered claims", 0).problem()).contains("numbered claim");
        assertThat(r.rewrite("", 0, 0).problem()).contains("Select");
        assertThat(r.explain(null, CLAIMS).problem()).contains("finding");
        AssistRequest dep = r.dependentsFor(CLAIMS, CLAIMS.indexOf("round")).request().orElseThrow();
        assertThat(dep.prompt().body()).isEqualTo("2. The lid of claim 1, wherein the vent is round.");
        FindingItem f = new FindingItem("k#1", Severity.ERROR, "antecedent-basis", "Antecedent basis", "claims", 2, 0, 3,
                "'the vent' has no antecedent", "MPEP 2173.05(e)");
        AssistRequest explain = r.explain(f, CLAIMS).request().orElseThrow();
        assertThat(explain.prompt().text()).contains("'the vent' has no antecedent", "MPEP 2173.05(e)", "2. The lid of claim 1");
        AssistRequest rewrite = r.rewrite("the said lever", 4, 18).request().orElseThrow();
        assertThat(rewrite.anchor()).isEqualTo("the said lever");
        assertThat(rewrite.action().target()).isEqualTo(AssistAction.Target.SELECTION);
    }

    @Test
    void eachModelActionDraftsWithItsTasksPromptAndSampling() {
        PromptFormat format = models.engine().orElseThrow().folder().promptFormat();
        List<AssistRequest> built = List.of(requests.abstractFromClaims(CLAIMS).request().orElseThrow(),
                requests.titleFromClaims(CLAIMS).request().orElseThrow(),
                requests.dependentsFor(CLAIMS, 0).request().orElseThrow(),
                requests.paragraphFor(CLAIMS, 0).request().orElseThrow(),
                requests.rewrite("the said lever", 4, 18).request().orElseThrow());
        for (AssistRequest r : built) {
            assertThat(r.prompt().head()).as(r.action().name())
                    .startsWith(format.prompt(r.action().task(), "").head());
        }
        for (AssistAction a : AssistAction.values()) {
            assertThat(a.task() != null).as(a.name()).isEqualTo(a.usesModel());
        }
        // The tiny model suggests no sampling of its own: moderate drafting settings, with a fresh seed.
        Sampling s = AssistantViewModel.sampling(models.engine().orElseThrow(), DraftingTask.CLAIMS_TO_TITLE);
        assertThat(s.withSeed(0)).isEqualTo(AssistantViewModel.DRAFTING);
    }

    @Test
    void aDraftFollowsTheTasksStopStringsAndWordRules(@TempDir Path tmp) throws Exception {
        Path folder = tmp.resolve("ruled");
        Files.createDirectories(folder);
        try (var files = Files.list(TINY)) {
            for (Path f : files.toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(folder.resolve("patentdesk.json").toFile());
        json.put("articleAgreement", true);
        ObjectNode abstractInfo = (ObjectNode) json.get("taskInfo").get("claims_to_abstract");
        abstractInfo.putArray("stopStrings").add("\n");
        abstractInfo.putArray("bannedWords").add("said");
        new ObjectMapper().writeValue(folder.resolve("patentdesk.json").toFile(), json);
        ModelViewModel ruled = new ModelViewModel(new ModelService(folder), new CurrentThreadTaskExecutor());
        try {
            ruled.loadInBackground();
            Engine engine = ruled.engine().orElseThrow();
            AssistRequests built = AssistRequests.forModel(engine.folder());
            GenerationRequest abs = AssistantViewModel.generationRequest(engine,
                    built.abstractFromClaims(CLAIMS).request().orElseThrow());
            assertThat(abs.stopStrings()).containsExactly("\n");
            assertThat(((PatentAidSettings) abs.aids()).wordRules()).isEqualTo(new WordRules(List.of("said"), true));
            GenerationRequest title = AssistantViewModel.generationRequest(engine,
                    built.titleFromClaims(CLAIMS).request().orElseThrow());
            assertThat(title.stopStrings()).isEmpty();
            assertThat(((PatentAidSettings) title.aids()).wordRules()).isEqualTo(new WordRules(List.of(), true));
        } finally {
            ruled.close();
        }
    }

    @Test
    void withoutAModelTheAssistantSaysWhy() {
        ModelViewModel none = new ModelViewModel(new ModelService(null), new CurrentThreadTaskExecutor());
        AssistantViewModel noModel = new AssistantViewModel(none, new CurrentThreadTaskExecutor());
        noModel.reportUnavailable();
        assertThat(noModel.noteProperty().get()).isNotBlank();
        assertThat(noModel.runningProperty().get()).isFalse();
    }

    @Test
    void thePreviewHoldsLineBreaksAsTheEditorWill() {
        assertThat(AssistantViewModel.asEditorText("a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd");
        String plain = "no carriage return";
        assertThat(AssistantViewModel.asEditorText(plain)).isSameAs(plain);
    }
}
