package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.app.ui.assist.AssistAction;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.models.ModelState;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import javafx.application.Platform;
import javafx.scene.image.WritableImage;

/**
 * {@code app --smoke}: the real window opens the built-in sample, waits for the analysis, runs one short generation
 * when a model is available, optionally writes a screenshot, prints what happened and exits (0 when all worked).
 */
public final class SmokeRun {
    private static final double STEP_TIMEOUT_S = 120;
    private final MatterViewModel matters;
    private final AnalysisViewModel analysis;
    private final AssistantViewModel assistant;
    private final ModelViewModel models;
    private final LaunchOptions options;
    private MainWindow window;
    private Matter sample;

    @Inject
    public SmokeRun(MatterViewModel matters, AnalysisViewModel analysis, AssistantViewModel assistant, ModelViewModel models,
            LaunchOptions options) {
        this.matters = matters;
        this.analysis = analysis;
        this.assistant = assistant;
        this.models = models;
        this.options = options;
    }

    public void start(MainWindow w) {
        this.window = w;
        long startup = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        say("window shown " + startup + " ms after JVM start");
        sample = SampleMatter.create();
        matters.add(sample);
        FxWait.until(this::analyzed, STEP_TIMEOUT_S, this::afterAnalysis, () -> fail("the analysis did not finish"));
    }

    private boolean analyzed() {
        AnalysisResult r = analysis.resultProperty().get();
        var claims = window.document().claimsArea();
        return r != null && matters.current() != null && r.analyzed() == matters.current()
                && claims.highlightedVersionProperty().get() == claims.textVersion()
                && claims.shownFindingsProperty().get().equals(r.findingsIn("claims"));
    }

    private void afterAnalysis() {
        AnalysisResult r = analysis.resultProperty().get();
        say("analysis: " + r.findings().size() + " findings (" + r.count(Severity.ERROR) + " errors, "
                + r.count(Severity.WARNING) + " warnings) in " + r.millis() + " ms");
        // Show a finding selected, as a user would after clicking it.
        r.findings().stream().filter(f -> f.part().equals("claims")).min(Comparator.comparing(FindingItem::severity))
                .ifPresent(f -> window.insights().findingsView().select(f.key()));
        FxWait.until(() -> models.stateProperty().get().status() != ModelState.Status.LOADING, STEP_TIMEOUT_S,
                this::generate, () -> fail("the model did not load"));
    }

    private void generate() {
        ModelState s = models.stateProperty().get();
        switch (s.status()) {
            case READY -> {
                say("model: " + s.name() + " on " + s.device());
                window.runAssistantForScript(AssistAction.DRAFT_ABSTRACT, 32);
                FxWait.until(() -> !assistant.runningProperty().get() && assistant.requestProperty().get() != null,
                        STEP_TIMEOUT_S, this::afterGeneration, () -> fail("the generation did not finish"));
            }
            case FAILED -> fail(s.problem());
            default -> {
                say("generation skipped: " + s.problem());
                finish();
            }
        }
    }

    private void afterGeneration() {
        String text = assistant.previewProperty().get();
        if (assistant.tokensProperty().get() == 0) {
            fail("the generation produced no text: " + assistant.noteProperty().get());
            return;
        }
        say(String.format("generation: %d tokens at %.1f tokens/s: \u201c%s\u201d", assistant.tokensProperty().get(),
                assistant.tokensPerSecondProperty().get(), text.strip().replaceAll("\\s+", " ")));
        finish();
    }

    private void finish() {
        if (options.screenshot() == null) {
            exit(0);
            return;
        }
        switch (options.tab()) {
            case "specification" -> window.document().show(window.document().sectionArea(io.patentdesk.app.matter.Section.DETAILED_DESCRIPTION));
            case "abstract" -> window.document().show(window.document().abstractArea());
            default -> { }
        }
        window.document().claimsArea().showParagraphAtTop(0); // the claim set from its start, with the finding still selected
        // Two pulses so that the last changes are laid out and painted before the snapshot.
        Platform.runLater(() -> Platform.runLater(() -> {
            WritableImage image = Screenshots.take(window.scene());
            Thread writer = new Thread(() -> {
                try {
                    Screenshots.write(image, options.screenshot());
                    say("screenshot: " + options.screenshot());
                    Platform.runLater(() -> exit(0));
                } catch (Exception e) {
                    Platform.runLater(() -> fail("cannot write the screenshot: " + UserMessages.of(e)));
                }
            }, "patentdesk-screenshot");
            writer.start();
        }));
    }

    private void fail(String why) {
        System.err.println("patentdesk: smoke run failed: " + why);
        exit(1);
    }

    private void exit(int status) {
        DesktopLauncher.exitStatus(status);
        if (status == 0) {
            say("smoke run OK");
        }
        window.shutdown();
    }

    private static void say(String line) {
        System.out.println("smoke: " + line);
    }
}
