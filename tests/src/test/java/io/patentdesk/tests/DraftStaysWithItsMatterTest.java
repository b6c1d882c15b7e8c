package io.patentdesk.tests;

import static org.assertj.core.api.Assertions.assertThat;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.MatterViewModel;
import io.patentdesk.app.ui.SampleMatter;
import io.patentdesk.app.ui.assist.AcceptCheck;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.editor.ClaimsArea;
import io.patentdesk.editor.SpecArea;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A draft in the assistant's preview belongs to the matter it was made for: switching matters (the matter list, File
 * → Open Sample Matter) never lets Accept write it into the other matter, and a generation in flight is cancelled;
 * a draft of claims that have changed since is inserted only when the user says so.
 */
class DraftStaysWithItsMatterTest {
    static final String BETA_CLAIMS = "1. A cup comprising a handle and a rim.\n\n2. The cup of claim 1, wherein the rim is rolled.";

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    AppHarness app;
    MatterViewModel matters;
    AssistantViewModel assistant;
    Matter beta;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void startWithMatterBeta() throws Exception {
        app = AppHarness.start(dir.resolve("workspace"), AppHarness.TINY_MODEL);
        matters = app.get(MatterViewModel.class);
        assistant = app.get(AssistantViewModel.class);
        beta = Matter.create("Beta cup").withClaims(BETA_CLAIMS);
        WaitForAsyncUtils.asyncFx(() -> matters.add(beta)).get();
        DraftingWorkflowTest.waitFor("matter Beta", 10, () -> claims().getText().equals(BETA_CLAIMS));
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aDraftForTheSampleCannotBeAcceptedIntoAnotherMatterPickedInTheList() throws Exception {
        Matter sample = openSample();
        // Dependent claims for claim 1 of the sample, from the model: they would land at the end of the claims.
        WaitForAsyncUtils.asyncFx(() -> claims().moveTo(0)).get();
        waitForModel();
        robot.clickOn(find("#assist-SUGGEST_DEPENDENTS", Button.class));
        DraftingWorkflowTest.waitFor("the dependent claims", 60,
                () -> !assistant.runningProperty().get() && assistant.hasResultProperty().get());
        String drafted = assistant.previewProperty().get().strip();

        robot.clickOn(matterCell("Beta cup"));
        DraftingWorkflowTest.waitFor("matter Beta again", 10, () -> matters.current().id().equals(beta.id())
                && claims().getText().equals(BETA_CLAIMS));
        Button accept = find("#assistAccept", Button.class);
        assertThat(accept.isDisabled()).as("Accept for the sample's draft while Beta is open").isTrue();
        assertThat(assistant.previewProperty().get()).as("the sample's draft is not shown in Beta").isEmpty();
        robot.clickOn(accept);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claims().getText()).isEqualTo(BETA_CLAIMS);
        assertThat(assistant.noteProperty().get()).contains("Sample");
        assertStored(beta, BETA_CLAIMS);

        // Back in the sample, its draft is there again and goes where it was made for.
        robot.clickOn(matterCell(sample.title()));
        DraftingWorkflowTest.waitFor("the sample again", 10, () -> matters.current().id().equals(sample.id())
                && claims().getText().equals(sample.claims()));
        DraftingWorkflowTest.waitFor("the sample's draft", 5, () -> assistant.previewProperty().get().strip().equals(drafted)
                && !accept.isDisabled());
        // The draft was checked with the sample's claims: one that adds errors is inserted only when the user says so.
        AcceptCheck check = WaitForAsyncUtils.asyncFx(() -> assistant.checkAccept(matters.current())).get();
        robot.clickOn(accept);
        if (check.verdict() == AcceptCheck.Verdict.ASK) {
            assertThat(check.message()).as(assistant.draftFindingsProperty().get()).contains("error").endsWith("Insert it anyway?");
            DraftingWorkflowTest.waitFor("the question (findings: " + assistant.draftFindingsProperty().get() + ")", 10,
                    () -> present("Insert"));
            robot.clickOn(node("Insert"));
        }
        DraftingWorkflowTest.waitFor("the accepted claims (" + check + ")", 5, () -> claims().getText().strip().endsWith(drafted));
        assertStored(beta, BETA_CLAIMS);
    }

    @Test
    void aDraftForBetaCannotBeAcceptedIntoTheSampleOpenedFromTheFileMenu() throws Exception {
        // Claim skeletons from the Draft menu (no model): they would land at the end of the claims.
        robot.clickOn(node("Draft"));
        robot.clickOn(node("Claim skeletons"));
        DraftingWorkflowTest.waitFor("the claim skeletons", 10, () -> assistant.hasResultProperty().get());
        String drafted = assistant.previewProperty().get().strip();
        assertThat(drafted).contains("A method");

        robot.clickOn(node("File"));
        // The menu's item, in the menu's pop-up (the hint over empty editors has a button of the same name).
        robot.clickOn(AppHarness.onFx(() -> (Node) robot.lookup("Open Sample Matter")
                .match((Node n) -> n.getScene() != app.window.scene()).query()));
        DraftingWorkflowTest.waitFor("the sample", 10, () -> matters.current() != null
                && !matters.current().id().equals(beta.id()) && claims().getText().startsWith("1. A drinking lid"));
        Matter sample = matters.current();
        Button accept = find("#assistAccept", Button.class);
        assertThat(accept.isDisabled()).as("Accept for Beta's draft while the sample is open").isTrue();
        robot.clickOn(accept);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claims().getText()).isEqualTo(SampleMatter.create().claims());
        assertStored(sample, SampleMatter.create().claims());
        assertStored(beta, BETA_CLAIMS);
    }

    @Test
    void acceptAsksBeforeInsertingADraftOfClaimsThatHaveChangedSince() throws Exception {
        robot.clickOn(node("Draft"));
        robot.clickOn(node("Claim skeletons"));
        DraftingWorkflowTest.waitFor("the claim skeletons", 10, () -> assistant.hasResultProperty().get());
        String drafted = assistant.previewProperty().get().strip();
        robot.clickOn(claims()).push(KeyCode.CONTROL, KeyCode.END).write(" Extra.");
        String edited = claims().getText();
        assertThat(edited).endsWith("rolled. Extra.");

        robot.clickOn(find("#assistAccept", Button.class));
        DialogPane question = dialog();
        assertThat(question.getContentText()).isEqualTo("The claims changed since this draft was made. Insert it anyway?");
        robot.clickOn(dialogButton(question, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(claims().getText()).isEqualTo(edited);
        assertThat(assistant.hasResultProperty().get()).as("the draft stays in the preview").isTrue();

        robot.clickOn(find("#assistAccept", Button.class));
        robot.clickOn(dialogButton(dialog(), "Insert"));
        DraftingWorkflowTest.waitFor("the inserted skeletons", 5, () -> claims().getText().equals(edited + "\n\n" + drafted));
    }

    @Test
    void switchingMattersCancelsAGenerationInFlight() throws Exception {
        Matter sample = openSample();
        waitForModel();
        SpecArea abstractArea = find("#abstractArea", SpecArea.class);
        String sampleAbstract = sample.section(Section.ABSTRACT);
        AtomicBoolean switched = new AtomicBoolean();
        AtomicBoolean runningAtSwitch = new AtomicBoolean(true);
        AtomicInteger updates = new AtomicInteger();
        // Open Beta as soon as the model's first words stream in (on the UI thread, as a click would).
        assistant.previewProperty().addListener((o, a, b) -> {
            if (!switched.get() && assistant.runningProperty().get() && updates.incrementAndGet() == 1) {
                switched.set(true);
                matters.open(beta.id());
            }
        });
        matters.currentProperty().addListener((o, a, m) -> {
            if (m != null && m.id().equals(beta.id())) {
                runningAtSwitch.set(assistant.runningProperty().get());
            }
        });
        robot.clickOn(find("#assist-DRAFT_ABSTRACT", Button.class));
        DraftingWorkflowTest.waitFor("matter Beta", 30, () -> switched.get() && matters.current().id().equals(beta.id())
                && claims().getText().equals(BETA_CLAIMS));
        assertThat(runningAtSwitch.get()).as("the generation stops when the matter changes").isFalse();
        ModelViewModel models = app.get(ModelViewModel.class);
        DraftingWorkflowTest.waitFor("the engine to go idle", 30, () -> !models.engine().orElseThrow().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(assistant.previewProperty().get()).isEmpty();
        assertThat(assistant.hasResultProperty().get()).isFalse();
        assertThat(assistant.noteProperty().get()).as("the generation was still running when Beta opened").contains("cancelled");
        assertThat(abstractArea.getText()).isEmpty();
        assertStored(beta, BETA_CLAIMS);
        assertThat(app.workspace.matters().get(sample.id()).section(Section.ABSTRACT)).isEqualTo(sampleAbstract);
    }

    private DialogPane dialog() {
        DraftingWorkflowTest.waitFor("the question", 10, () -> present(".dialog-pane"));
        return AppHarness.onFx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class));
    }

    private Node dialogButton(DialogPane pane, String text) {
        return robot.from(pane).lookup(".button").match((Node n) -> n instanceof Button b && b.getText().equals(text)).query();
    }

    private Matter openSample() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> matters.add(SampleMatter.create())).get();
        DraftingWorkflowTest.waitFor("the sample", 10, () -> matters.current() != null
                && !matters.current().id().equals(beta.id()) && claims().getText().startsWith("1. A drinking lid"));
        return matters.current();
    }

    private void waitForModel() {
        ModelViewModel models = app.get(ModelViewModel.class);
        DraftingWorkflowTest.waitFor("the model", 60, () -> models.stateProperty().get().ready());
    }

    /** The matter as stored once every pending edit has been written. */
    private void assertStored(Matter m, String claims) {
        matters.flushNow();
        assertThat(app.workspace.matters().get(m.id()).claims()).as("stored claims of " + m.title()).isEqualTo(claims);
    }

    private ClaimsArea claims() {
        return find("#claimsArea", ClaimsArea.class);
    }

    private Node matterCell(String title) {
        DraftingWorkflowTest.waitFor("the list entry " + title, 10, () -> AppHarness.onFx(() -> robot.from(app.window.scene()
                .getRoot()).lookup("#matterList .list-cell").match((Node n) -> n instanceof ListCell<?> c
                        && c.getItem() instanceof MatterSummary s && s.title().equals(title)).tryQuery().isPresent()));
        return AppHarness.onFx(() -> robot.from(app.window.scene().getRoot()).lookup("#matterList .list-cell")
                .match((Node n) -> n instanceof ListCell<?> c && c.getItem() instanceof MatterSummary s
                        && s.title().equals(title)).query());
    }

    /** The node a query finds in any window (menus, dialogs), looked up on the FX thread. */
    private Node node(String query) {
        return AppHarness.onFx(() -> robot.lookup(query).query());
    }

    private boolean present(String query) {
        return AppHarness.onFx(() -> robot.lookup(query).tryQuery().isPresent());
    }

    private <T extends Node> T find(String query, Class<T> type) {
        return AppHarness.onFx(() -> robot.from(app.window.scene().getRoot()).lookup(query).queryAs(type));
    }
}
