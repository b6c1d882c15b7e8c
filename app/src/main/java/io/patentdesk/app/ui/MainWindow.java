package io.patentdesk.app.ui;

import io.patentdesk.app.io.ReferenceDocument;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.actions.AcceptDraftCommand;
import io.patentdesk.app.ui.actions.ClaimChartCommand;
import io.patentdesk.app.ui.actions.ExportCommand;
import io.patentdesk.app.ui.actions.ImportDraftCommand;
import io.patentdesk.app.ui.actions.ModelDraftCommand;
import io.patentdesk.app.ui.actions.NewMatterCommand;
import io.patentdesk.app.ui.actions.OpenReferenceCommand;
import io.patentdesk.app.ui.actions.OpenSampleCommand;
import io.patentdesk.app.ui.actions.VersionHistoryCommand;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.app.ui.assist.AssistAction;
import io.patentdesk.app.ui.assist.AssistantPane;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.models.ModelsDialog;
import io.patentdesk.app.ui.models.ModelsViewModel;
import io.patentdesk.app.ui.spell.SpellingViewModel;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.AnalyzedArea;
import io.patentdesk.editor.FindReplaceBar;
import io.patentdesk.editor.FindingItem;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window (the View): matters on the left, the document in the middle with the assistant below it, findings,
 * claim tree and fees on the right, a status bar at the bottom. It only wires controls to view models; every slow
 * step (analysis, inference, files, database) runs on the task executor.
 */
public final class MainWindow {
    static final String STYLESHEET = MainWindow.class.getResource("app.css").toExternalForm();

    private final MatterViewModel matters;
    private final AnalysisViewModel analysis;
    private final AssistantViewModel assistant;
    private final ModelViewModel models;
    private final EventBus bus;
    private final TaskExecutor tasks;
    private final VersionHistoryViewModel history;
    private final ModelsViewModel modelList;
    private final SpellingViewModel spelling;
    private final ExportPreflight preflight;
    private final io.patentdesk.app.ui.comments.CommentsViewModel comments;
    private io.patentdesk.app.ui.comments.CommentCommands commentCommands;
    /** A theme chosen on the command line (smoke screenshots); null to use the user's preference. */
    private Boolean darkOverride;
    private DocumentView document;
    private InsightsPane insights;
    private AssistantPane assistantPane;
    private FindReplaceBar findBar;
    private ReferencePane reference;
    private final io.patentdesk.app.ui.prior.PriorArtViewModel priorArt;
    private SplitPane editorSplit;
    private Dialogs dialogs;
    /** Commands the window uses beyond its menus: the assistant pane's and the public methods' (tests, smoke runs). */
    private final Map<AssistAction, ModelDraftCommand> modelDrafts = new EnumMap<>(AssistAction.class);
    private ImportDraftCommand importDraftCommand;
    private OpenReferenceCommand openReferenceCommand;
    private ExportCommand exportDocxCommand;
    private ExportCommand exportPdfCommand;
    private Stage stage;
    private Scene scene;
    private boolean closing;

    @Inject
    public MainWindow(MatterViewModel matters, AnalysisViewModel analysis, AssistantViewModel assistant,
            ModelViewModel models, EventBus bus, TaskExecutor tasks, VersionHistoryViewModel history,
            ModelsViewModel modelList, SpellingViewModel spelling, io.patentdesk.app.ui.analysis.MatterAnalyzer analyzer,
            io.patentdesk.app.ui.comments.CommentsViewModel comments,
            io.patentdesk.app.ui.prior.PriorArtViewModel priorArt) {
        this.spelling = spelling;
        this.preflight = new ExportPreflight(analyzer, tasks);
        this.comments = comments;
        this.history = history;
        this.modelList = modelList;
        this.matters = matters;
        this.analysis = analysis;
        this.assistant = assistant;
        this.models = models;
        this.bus = bus;
        this.tasks = tasks;
        this.priorArt = priorArt;
    }

    /** Builds the window's content into {@code stage} and shows it. */
    public void show(Stage stage) {
        this.stage = stage;
        this.dialogs = new Dialogs(stage);
        document = new DocumentView(matters);
        insights = new InsightsPane();
        commentCommands = new io.patentdesk.app.ui.comments.CommentCommands(comments, document, dialogs);
        insights.addSection("COMMENTS", new io.patentdesk.app.ui.comments.CommentsPane(comments, commentCommands::open));
        findBar = new FindReplaceBar();
        findBar.setVisible(false);
        findBar.targetProperty().bind(document.activeAreaProperty());
        reference = new ReferencePane(this::closeReference);
        makeCommands();
        AcceptDraftCommand accept = new AcceptDraftCommand(assistant, matters, document, dialogs);
        assistantPane = new AssistantPane(assistant, models, a -> modelDrafts.get(a).execute(),
                a -> modelDrafts.get(a).executableProperty(), accept::execute);
        assistantPane.setId("assistantPane");

        NoMatterHint hint = new NoMatterHint(matters, new NewMatterCommand(matters, dialogs)::execute,
                new OpenSampleCommand(matters)::execute);
        editorSplit = new SplitPane(new StackPane(document, hint));
        VBox center = new VBox(findBar, editorSplit);
        VBox.setVgrow(editorSplit, Priority.ALWAYS);
        SplitPane centerSplit = new SplitPane(center, assistantPane);
        centerSplit.setOrientation(Orientation.VERTICAL);
        centerSplit.setDividerPositions(0.74);
        MatterListView list = new MatterListView(matters, dialogs);
        list.setMatterMenu(MatterListMenu.build(stage, dialogs, document, matters, history, list.selectedProperty()));
        SplitPane main = new SplitPane(list, centerSplit, insights);
        main.setDividerPositions(0.15, 0.74);
        SplitPane.setResizableWithParent(list, false);
        SplitPane.setResizableWithParent(insights, false);

        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(menuBar(), new MatterHeader(matters, analysis)));
        root.setBottom(new StatusBar(bus, matters, models, assistant));
        root.setId("mainRoot");
        // 1500 x 940 where the screen allows; never larger than the screen (small laptops, headless test screens).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(root, Math.min(1500, screen.getWidth()), Math.min(940, screen.getHeight()));
        scene.getStylesheets().add(STYLESHEET);
        Theme.apply(scene, darkOverride != null ? darkOverride : Theme.darkPreferred(), false);

        wire();
        stage.setScene(scene);
        stage.setTitle("PatentDesk");
        stage.setOnCloseRequest(e -> {
            e.consume();
            shutdown();
        });
        stage.show();
        matters.refresh();
        matters.reopenLast();
        models.loadInBackground();
        spelling.start();
    }

    private void makeCommands() {
        for (AssistAction a : AssistAction.values()) {
            if (a.usesModel()) {
                modelDrafts.put(a, new ModelDraftCommand(a, matters, models, assistant, document, insights, dialogs, bus));
            }
        }
        importDraftCommand = new ImportDraftCommand(matters, dialogs, tasks, bus);
        openReferenceCommand = new OpenReferenceCommand(dialogs, tasks, bus, this::showReference);
        exportDocxCommand = new ExportCommand("docx", matters, document, comments, preflight, dialogs, tasks, bus);
        exportPdfCommand = new ExportCommand("pdf", matters, document, comments, preflight, dialogs, tasks, bus);
    }

    /** Forces the dark (true) or light (false) theme for this window, without storing it as the user's choice. */
    public void forceTheme(boolean dark) {
        darkOverride = dark;
    }

    public Scene scene() {
        return scene;
    }

    public DocumentView document() {
        return document;
    }

    public InsightsPane insights() {
        return insights;
    }

    public ReferencePane reference() {
        return reference;
    }

    /** Pushes the editors' text, saves what is pending in the background, then exits. */
    public void shutdown() {
        close(Platform::exit);
    }

    /**
     * Closes the window: the editors' text is pushed and input stops; then, once the event that asked to close is
     * over, the window is hidden, the editors disposed, and pending edits written, the model released and the workers
     * stopped on a background thread; {@code afterSaved} runs on the UI thread once everything is on disk.
     */
    public void close(Runnable afterSaved) {
        if (closing) {
            return; // Ctrl+Q again, or the close button, while closing
        }
        closing = true;
        document.pushAll();
        assistant.cancel();
        var editors = QuitSequence.editorsOf(document, reference);
        QuitSequence.stopInput(scene, editors);
        // Not from inside the key event (Ctrl+Q): JavaFX 21's GTK glass goes on using the window after the key
        // handler returns, so a window closed in the handler can be used after it was freed (JDK-8301219, fixed
        // in JavaFX 22): an intermittent SIGSEGV in libglassgtk3 on quit.
        Platform.runLater(() -> {
            stage.hide();
            QuitSequence.disposeEditors(editors);
            Thread closer = new Thread(() -> {
                try {
                    matters.close();
                    models.close();
                } catch (RuntimeException e) {
                    UserMessages.log("closing", e);
                } finally {
                    // No worker may hand a result to the toolkit while it exits.
                    tasks.shutdownAndWait(java.time.Duration.ofSeconds(5));
                    Platform.runLater(afterSaved);
                }
            }, "patentdesk-shutdown");
            closer.start();
        });
    }

    private void wire() {
        bus.subscribe(UserError.class, e -> tasks.runOnUi(() -> dialogs.error(e.title(), e.message())));
        analysis.resultProperty().addListener((o, a, r) -> showAnalysis(r));
        insights.findingsView().onFindingSelectedProperty().set(this::revealFinding);
        insights.findingsView().onSuppressFindingProperty().set(analysis::suppress);
        insights.claimTreeView().onClaimSelectedProperty().set(n -> {
            document.show(document.claimsArea());
            document.claimsArea().goToClaim(n);
        });
        for (AnalyzedArea area : document.areas()) {
            area.onSuppressFindingProperty().set(analysis::suppress);
            area.spellCheckerProperty().bind(spelling.checkerProperty());
            area.onAddToDictionaryProperty().set(spelling::addWord);
        }
        // The matter's own terms (names before reference numerals, defined terms) count as spelt right.
        matters.loadedProperty().addListener((o, a, m) -> spelling.matterChanged(m));
        analysis.resultProperty().addListener((o, a, r) -> spelling.matterChanged(r == null ? null : r.analyzed()));
        matters.currentProperty().addListener((o, a, m) -> {
            stage.setTitle(m == null ? "PatentDesk" : m.title() + " \u2014 PatentDesk");
            if (m == null) {
                insights.show(null);
            }
            assistant.matterOpened(m == null ? null : m.id());
        });
    }

    /** Shows findings in each area whose text is still the text analyzed; stale areas wait for the next result. */
    private void showAnalysis(AnalysisResult r) {
        insights.show(r);
        if (r == null) {
            return;
        }
        Matter m = r.analyzed();
        apply(document.claimsArea(), m.claims(), r, "claims");
        apply(document.abstractArea(), m.section(Section.ABSTRACT), r, Section.ABSTRACT.key());
        for (Section s : DocumentView.SPEC_SECTIONS) {
            apply(document.sectionArea(s), m.section(s), r, s.key());
        }
    }

    private void apply(AnalyzedArea area, String analyzedText, AnalysisResult r, String part) {
        TextPush pushed = document.pushed(area);
        if (pushed.isFor(analyzedText)) {
            area.setFindings(r.findingsIn(part), pushed.version());
        }
    }

    /** Selects a finding's text in its area, using the area's copy (its offsets follow edits made since). */
    private void revealFinding(FindingItem f) {
        AnalyzedArea area = document.areaFor(f.part());
        if (area == null) {
            if (f.part().equals(Section.TITLE.key())) {
                document.show(document.sectionArea(Section.TECHNICAL_FIELD));
                document.titleField().requestFocus();
            }
            return;
        }
        FindingItem current = area.findings().stream().filter(x -> x.key().equals(f.key())).findFirst().orElse(f);
        document.show(area);
        area.reveal(current.start(), current.end());
    }

    private MenuBar menuBar() {
        MainMenuBar menus = new MainMenuBar(stage, dialogs, document, matters, analysis, assistant, tasks, bus);
        MenuBar bar = new MenuBar(
                menus.file(importDraftCommand, openReferenceCommand,
                        new ClaimChartCommand(stage, priorArt, dialogs, document, this::openReference)
                                .enabledWhile(matters.loadedProperty().isNotNull()),
                        new VersionHistoryCommand(stage, history, dialogs, document)
                                .enabledWhile(matters.loadedProperty().isNotNull()),
                        exportDocxCommand, exportPdfCommand,
                        this::shutdown),
                menus.matter(), menus.edit(findBar, commentCommands::add), menus.claims(), menus.findings(),
                menus.view(Theme.darkPreferred(), on -> Theme.apply(scene, on, true), spelling), menus.draft(),
                menus.assistant(modelDrafts, this::showModels));
        bar.getMenus().add(menus.help(bar, models));
        bar.setId("menuBar");
        return bar;
    }

    /** Assistant → Models…: add model folders, see whether they load, test their speed, choose the default. */
    public javafx.scene.control.Dialog<Void> showModels() {
        return ModelsDialog.show(stage, modelList);
    }

    /** Runs an assistant action as the user would, with at most {@code maxTokens} (smoke runs and tests). */
    void runAssistantForScript(AssistAction action, int maxTokens) {
        modelDrafts.get(action).run(maxTokens);
    }

    /** Imports a text, DOCX or USPTO XML draft as a new matter (in the background). */
    public void importDraft(Path file) {
        importDraftCommand.importFile(file);
    }

    /** Reads a PDF in the background and shows it beside the draft. */
    public void openReference(Path file) {
        openReference(file, 0);
    }

    /** As {@link #openReference(Path)}, scrolled to {@code page} when it is above 0 (a claim chart's passage). */
    public void openReference(Path file, int page) {
        openReferenceCommand.open(file, page);
    }

    /** Shows a read reference beside the draft, at {@code page} when it is above 0. */
    private void showReference(ReferenceDocument doc, int page) {
        reference.show(doc);
        if (page > 0) {
            reference.showPage(page);
        }
        if (!editorSplit.getItems().contains(reference)) {
            editorSplit.getItems().add(reference);
            editorSplit.setDividerPositions(0.58);
        }
    }

    private void closeReference() {
        editorSplit.getItems().remove(reference);
    }

    /** Writes the open matter (with the editors' latest text) to {@code target} in the background. */
    public void export(Path target, String kind) {
        (kind.equals("pdf") ? exportPdfCommand : exportDocxCommand).exportTo(target);
    }

    Dialogs dialogs() {
        return dialogs;
    }
}
