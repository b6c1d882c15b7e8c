package io.patentdesk.app.ui;

import io.patentdesk.app.assist.CaretClaim;
import io.patentdesk.app.io.DocxExporter;
import io.patentdesk.app.io.ImportedMatter;
import io.patentdesk.app.io.PdfExporter;
import io.patentdesk.app.io.MatterImporter;
import io.patentdesk.app.io.ReferenceDocument;
import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.Section;
import io.patentdesk.app.ui.analysis.AnalysisResult;
import io.patentdesk.app.ui.assist.AcceptCheck;
import io.patentdesk.app.ui.assist.AssistAction;
import io.patentdesk.app.ui.assist.AssistRequest;
import io.patentdesk.app.ui.assist.AssistRequests;
import io.patentdesk.app.ui.assist.AssistantPane;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.DraftInput;
import io.patentdesk.app.ui.assist.DraftOrigin;
import io.patentdesk.app.ui.assist.ModelService;
import io.patentdesk.app.ui.models.ModelsDialog;
import io.patentdesk.app.ui.models.ModelsViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.event.StatusMessage;
import io.patentdesk.app.ui.event.UserError;
import io.patentdesk.app.ui.actions.DeleteClaimCommand;
import io.patentdesk.app.ui.actions.InsertClaimCommand;
import io.patentdesk.app.ui.actions.MenuItems;
import io.patentdesk.app.ui.actions.MoveClaimCommand;
import io.patentdesk.app.ui.actions.RenumberClaimsCommand;
import io.patentdesk.app.ui.spell.SpellingViewModel;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.AnalyzedArea;
import io.patentdesk.editor.FindReplaceBar;
import io.patentdesk.editor.FindingItem;
import io.patentdesk.editor.Severity;
import jakarta.inject.Inject;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
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
    private final ModelService models;
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
    private final io.patentdesk.app.ui.prior.PriorArtWindow priorArtWindow = new io.patentdesk.app.ui.prior.PriorArtWindow();
    private final io.patentdesk.app.ui.prior.PriorArtViewModel priorArt;
    private SplitPane editorSplit;
    private Dialogs dialogs;
    private Stage stage;
    private Scene scene;
    private boolean closing;

    @Inject
    public MainWindow(MatterViewModel matters, AnalysisViewModel analysis, AssistantViewModel assistant,
            ModelService models, EventBus bus, TaskExecutor tasks, VersionHistoryViewModel history,
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
        assistantPane = new AssistantPane(assistant, models, this::runAssistant, this::acceptAssistant);
        assistantPane.setId("assistantPane");

        editorSplit = new SplitPane(new StackPane(document, new NoMatterHint(matters, this::newMatter, this::openSample)));
        VBox center = new VBox(findBar, editorSplit);
        VBox.setVgrow(editorSplit, Priority.ALWAYS);
        SplitPane centerSplit = new SplitPane(center, assistantPane);
        centerSplit.setOrientation(Orientation.VERTICAL);
        centerSplit.setDividerPositions(0.74);
        MatterListView list = new MatterListView(matters, dialogs);
        SplitPane main = new SplitPane(list, centerSplit, insights);
        main.setDividerPositions(0.15, 0.74);
        SplitPane.setResizableWithParent(list, false);
        SplitPane.setResizableWithParent(insights, false);

        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(menuBar(), header()));
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
        Menu file = new Menu("_File");
        file.getItems().addAll(
                item("New Matter\u2026", NoMatterHint.NEW_MATTER_KEYS, this::newMatter),
                item("Open Sample Matter", null, this::openSample),
                new SeparatorMenuItem(),
                item("Import Draft (Text, DOCX, USPTO XML)\u2026", "Shortcut+I", this::importDraft),
                item("Open Reference PDF\u2026", "Shortcut+Shift+R", this::openReference),
                item("Claim Chart Against Prior Art\u2026", null, () -> priorArtWindow.show(stage, priorArt, dialogs,
                        () -> document.claimsArea().getText(), this::openReference)),
                item("Version History\u2026", "Shortcut+H", () -> {
                    document.pushAll();
                    VersionHistoryDialog.show(stage, history, dialogs);
                }),
                new SeparatorMenuItem(),
                item("Export DOCX\u2026", "Shortcut+E", () -> export("docx")),
                item("Export PDF\u2026", "Shortcut+Shift+E", () -> export("pdf")),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", this::shutdown));
        Menu edit = new Menu("_Edit");
        edit.getItems().addAll(
                item("Undo", "Shortcut+Z", () -> withArea(AnalyzedArea::undo)),
                item("Redo", "Shortcut+Shift+Z", () -> withArea(AnalyzedArea::redo)),
                new SeparatorMenuItem(),
                item("Find / Replace\u2026", "Shortcut+F", () -> findBar.open(selectedText())),
                item("Find Next", "F3", () -> findBar.findNext()),
                new SeparatorMenuItem(),
                item("Add Comment\u2026", "Shortcut+Alt+M", () -> commentCommands.add()));
        Menu assist = new Menu("_Assistant");
        for (AssistAction a : AssistAction.values()) {
            if (!a.usesModel()) {
                continue;
            }
            MenuItem mi = item(a.label(), null, () -> runAssistant(a));
            mi.disableProperty().bind(assistant.runningProperty());
            assist.getItems().add(mi);
        }
        MenuItem modelsItem = item("Models\u2026", null, this::showModels);
        modelsItem.setId("menu-models");
        assist.getItems().addAll(new SeparatorMenuItem(), item("Cancel Generation", "Escape", assistant::cancel),
                new SeparatorMenuItem(), modelsItem);
        javafx.scene.control.CheckMenuItem dark = new javafx.scene.control.CheckMenuItem("Dark Theme");
        dark.setSelected(Theme.darkPreferred());
        dark.selectedProperty().addListener((o, a, on) -> Theme.apply(scene, on, true));
        javafx.scene.control.CheckMenuItem spell = new javafx.scene.control.CheckMenuItem("Check Spelling");
        spell.setId("menu-spelling");
        spell.selectedProperty().bindBidirectional(spelling.enabledProperty());
        Menu view = new Menu("_View", null, dark, spell);
        MenuBar bar = new MenuBar(file, matterMenu(), edit, claimsMenu(), findingsMenu(), view, draftMenu(), assist);
        bar.getMenus().add(helpMenu(bar));
        bar.setId("menuBar");
        return bar;
    }

    /** The open matter: rename, docket number, duplicate, trash (restorable). */
    private Menu matterMenu() {
        Menu menu = new Menu("_Matter");
        MenuItem rename = item("Rename\u2026", null, () -> {
            Matter m = matters.current();
            if (m != null) {
                dialogs.askText("Rename matter", "New name:", m.title()).filter(t -> !t.isBlank())
                        .ifPresent(t -> matters.edit(x -> x.withTitle(t.strip())));
            }
        });
        MenuItem docket = item("Docket Number\u2026", null, () -> {
            Matter m = matters.current();
            if (m != null) {
                dialogs.askText("Docket number", "Your firm's reference for this matter:", m.docket()).ifPresent(matters::setDocket);
            }
        });
        MenuItem duplicate = item("Duplicate", null, () -> {
            document.pushAll();
            matters.duplicateCurrent();
        });
        MenuItem trash = item("Move to Trash", null, () -> {
            document.pushAll();
            matters.trashCurrent();
        });
        for (MenuItem mi : java.util.List.of(rename, docket, duplicate, trash)) {
            mi.disableProperty().bind(matters.loadedProperty().isNull());
        }
        rename.setId("matter-rename");
        docket.setId("matter-docket");
        duplicate.setId("matter-duplicate");
        trash.setId("matter-trash");
        MenuItem showTrash = item("Trash\u2026", null, () -> io.patentdesk.app.ui.trash.TrashDialog.show(stage, matters));
        showTrash.setId("matter-show-trash");
        menu.getItems().addAll(rename, docket, duplicate, new SeparatorMenuItem(), trash, showTrash);
        return menu;
    }

    /** Suppressed findings: the list, and taking the latest one back. */
    private Menu findingsMenu() {
        MenuItem list = item("Suppressed Findings\u2026", null,
                () -> io.patentdesk.app.ui.findings.SuppressedFindingsDialog.show(stage, matters, analysis));
        list.setId("findings-suppressed");
        MenuItem undo = item("Undo Suppression", "Shortcut+Shift+U", analysis::undoLastSuppression);
        undo.setId("findings-undo-suppression");
        undo.disableProperty().bind(matters.loadedProperty().isNull());
        return new Menu("F_indings", null, list, undo);
    }

    /** Help: the shortcuts (read from the menus), where the data lives, the model in use, the version. */
    private Menu helpMenu(MenuBar bar) {
        MenuItem keys = item("Keyboard Shortcuts", "F1", () -> io.patentdesk.app.ui.help.HelpDialog.showShortcuts(stage, bar));
        keys.setId("help-shortcuts");
        MenuItem about = item("About PatentDesk", null, () -> io.patentdesk.app.ui.help.HelpDialog.showAbout(stage,
                matters.dataFolder(), models.stateProperty().get().ready() ? models.stateProperty().get().name()
                        + " on " + models.stateProperty().get().device() : "none loaded (" + models.stateProperty().get().problem() + ")"));
        about.setId("help-about");
        return new Menu("_Help", null, keys, about);
    }

    /** Claims as a list: each edit renumbers the claims and their references, as one undoable edit. */
    private Menu claimsMenu() {
        var area = document.claimsArea();
        var open = matters.loadedProperty();
        Menu claims = new Menu("_Claims");
        claims.setId("menu-claims");
        claims.getItems().addAll(
                MenuItems.of("Insert Claim After", "Shortcut+Shift+N", "claims-insert", new InsertClaimCommand(area, open, tasks, bus)),
                MenuItems.of("Delete Claim", "Shortcut+Shift+D", "claims-delete", new DeleteClaimCommand(area, open, tasks, bus)),
                new SeparatorMenuItem(),
                MenuItems.of("Move Claim Up", "Alt+Shift+Up", "claims-up", new MoveClaimCommand(-1, area, open, tasks, bus)),
                MenuItems.of("Move Claim Down", "Alt+Shift+Down", "claims-down", new MoveClaimCommand(1, area, open, tasks, bus)),
                new SeparatorMenuItem(),
                MenuItems.of("Renumber Claims", null, "claims-renumber", new RenumberClaimsCommand(area, open, tasks, bus)));
        return claims;
    }

    /** Assistant → Models…: add model folders, see whether they load, test their speed, choose the default. */
    public javafx.scene.control.Dialog<Void> showModels() {
        return ModelsDialog.show(stage, modelList);
    }

    private void newMatter() {
        dialogs.askText("New matter", "Name of the new matter:", "Untitled matter").ifPresent(matters::create);
    }

    private void openSample() {
        matters.add(SampleMatter.create());
    }

    /** Deterministic drafting: text that tracks the claims exactly, offered in the preview like the model's. */
    private Menu draftMenu() {
        Menu draft = new Menu("_Draft");
        for (AssistAction a : AssistAction.values()) {
            if (!a.usesModel()) {
                MenuItem mi = item(a.label(), null, () -> draftDeterministic(a));
                mi.setId("draft-" + a.name());
                draft.getItems().add(mi);
            }
        }
        return draft;
    }

    /** Computes a deterministic draft in the background and offers it in the assistant's preview. */
    void draftDeterministic(AssistAction action) {
        if (matters.current() == null) {
            bus.publish(new StatusMessage("Open a matter first."));
            return;
        }
        document.pushAll();
        Matter m = matters.current();
        DraftOrigin origin = DraftOrigin.of(m, DraftInput.of(action));
        tasks.submit(() -> Drafts.compute(action, m), text -> assistant.offer(origin, action, text), e -> fail(action.label(), e));
    }

    private HBox header() {
        Label title = new Label();
        title.getStyleClass().add("matter-title");
        title.setId("matterTitle");
        Label subtitle = new Label();
        subtitle.getStyleClass().add("matter-subtitle");
        matters.currentProperty().addListener((o, a, m) -> {
            title.setText(m == null ? "No matter open" : m.title());
            subtitle.setText(m == null ? "Create a matter or open the sample from the File menu."
                    : m.docket().isEmpty() ? "" : "Docket " + m.docket());
        });
        title.setText("No matter open");
        subtitle.setText("Create a matter or open the sample from the File menu.");
        Label errors = badge("error");
        Label warnings = badge("warning");
        Label state = new Label();
        state.getStyleClass().add("analysis-state");
        state.setId("analysisState");
        analysis.resultProperty().addListener((o, a, r) -> {
            long e = r == null ? 0 : r.count(Severity.ERROR);
            long w = r == null ? 0 : r.count(Severity.WARNING);
            errors.setText(e + (e == 1 ? " error" : " errors"));
            warnings.setText(w + (w == 1 ? " warning" : " warnings"));
            errors.getStyleClass().setAll("label", "badge", e == 0 ? "ok" : "error");
            errors.setVisible(r != null);
            warnings.setVisible(r != null && w > 0);
            state.setText(r == null ? "" : "Checked in " + r.millis() + " ms");
        });
        analysis.runningProperty().addListener((o, a, running) -> {
            if (running) {
                state.setText("Checking\u2026");
            }
        });
        errors.setVisible(false);
        warnings.setVisible(false);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox h = new HBox(10, title, subtitle, spacer, state, errors, warnings);
        h.setAlignment(Pos.CENTER_LEFT);
        h.getStyleClass().add("app-header");
        return h;
    }

    private static Label badge(String kind) {
        Label l = new Label();
        l.getStyleClass().addAll("badge", kind);
        return l;
    }

    /** Runs an assistant action as the user would, with at most {@code maxTokens} (smoke runs and tests). */
    void runAssistantForScript(AssistAction action, int maxTokens) {
        tokenCap = maxTokens;
        try {
            runAssistant(action);
        } finally {
            tokenCap = 0;
        }
    }

    private int tokenCap;

    private void runAssistant(AssistAction action) {
        if (matters.current() == null) {
            bus.publish(new StatusMessage("Open a matter first."));
            return;
        }
        Optional<AssistRequests> builder = models.engine().map(e -> AssistRequests.forModel(e.folder()));
        if (builder.isEmpty()) {
            assistant.reportUnavailable();
            return;
        }
        AssistRequests b = builder.get();
        document.pushAll(); // the matter holds the editors' text: the draft's origin records what it is made from
        Matter m = matters.current();
        String claims = document.claimsArea().getText();
        int caret = document.claimsArea().getCaretPosition();
        AnalyzedArea area = document.activeAreaProperty().get();
        AssistRequests.Built built = switch (action) {
            case DRAFT_ABSTRACT -> b.abstractFromClaims(claims);
            case DRAFT_TITLE -> b.titleFromClaims(claims);
            case DRAFT_CLAIM -> b.claimFromAbstract(m.section(Section.ABSTRACT));
            case SUGGEST_DEPENDENTS -> b.dependentsFor(claims, caret);
            case DESCRIBE_CLAIM -> b.paragraphFor(claims, caret);
            case REWRITE_SELECTION -> area == null ? b.rewrite("", 0, 0)
                    : b.rewrite(area.getSelectedText(), area.getSelection().getStart(), area.getSelection().getEnd());
            case EXPLAIN_FINDING -> b.explain(insights.findingsView().selectedFindingProperty().get(), claims);
            default -> throw new IllegalArgumentException(action + " needs no model");
        };
        if (built.request().isEmpty()) {
            dialogs.info(action.label(), built.problem());
            return;
        }
        AssistRequest request = built.request().get();
        if (tokenCap > 0) {
            request = request.withMaxTokens(Math.min(tokenCap, request.maxTokens()));
        }
        DraftInput input = switch (action) {
            case REWRITE_SELECTION -> new DraftInput.Selection(document.partOf(area), request.start(), request.end());
            // Dependents go after the last claim and depend on the claim the caret is in (the request found it).
            case SUGGEST_DEPENDENTS -> new DraftInput.DependentsOf(CaretClaim.at(claims, caret).map(c -> c.number()).orElse(1));
            default -> DraftInput.of(action);
        };
        assistant.start(request, DraftOrigin.of(m, input));
    }

    /**
     * Inserts accepted text as one undoable edit, only into the matter the draft was made for; never replaces the
     * user's text, nor inserts a draft of text that has changed since, without asking.
     */
    private void acceptAssistant() {
        AssistRequest r = assistant.requestProperty().get();
        if (r == null) {
            return;
        }
        document.pushAll();
        AcceptCheck check = assistant.checkAccept(matters.current());
        switch (check.verdict()) {
            case REFUSE -> {
                dialogs.info(check.title(), check.message());
                return;
            }
            case ASK -> {
                if (!dialogs.confirm(check.title(), check.message(), "Insert")) {
                    return;
                }
            }
            case INSERT -> { }
        }
        String current = assistant.previewProperty().get().strip();
        switch (r.action().target()) {
            case ABSTRACT -> {
                AnalyzedArea area = document.abstractArea();
                if (!area.getText().isBlank() && !dialogs.confirm("Replace the abstract?",
                        "The abstract already has text. Replace it with the drafted abstract? (Ctrl+Z brings it back.)", "Replace")) {
                    return;
                }
                accepted().ifPresent(t -> {
                    document.show(area);
                    area.replaceAsOneEdit(0, area.getLength(), t);
                });
            }
            case TITLE -> {
                String title = document.titleField().getText();
                if (!title.isBlank() && !dialogs.confirm("Replace the title?",
                        "Replace \u201c" + title + "\u201d with \u201c" + current + "\u201d?", "Replace")) {
                    return;
                }
                accepted().ifPresent(t -> document.titleField().setText(t.lines().findFirst().orElse(t)));
            }
            case CLAIMS_END -> accepted().ifPresent(t -> appendParagraph(document.claimsArea(), t));
            case SUMMARY_END -> accepted().ifPresent(t -> appendParagraph(document.sectionArea(Section.SUMMARY), t));
            case DESCRIPTION_END -> accepted().ifPresent(t -> appendParagraph(document.sectionArea(Section.DETAILED_DESCRIPTION), t));
            case SELECTION -> {
                // The check above found the selected text still in place, in the part the selection came from.
                AnalyzedArea area = assistant.originProperty().get().input() instanceof DraftInput.Selection s
                        ? document.areaFor(s.part()) : null;
                if (area == null) {
                    return;
                }
                accepted().ifPresent(t -> {
                    document.show(area);
                    area.replaceAsOneEdit(r.start(), r.end(), t);
                });
            }
            case NONE -> { }
        }
    }

    /** The draft, taken from the preview, if it was made for the matter open now (re-checked after any dialog). */
    private Optional<String> accepted() {
        return assistant.acceptInto(matters.current());
    }

    private void appendParagraph(AnalyzedArea area, String text) {
        document.show(area);
        int end = area.getLength();
        String sep = area.getText().isBlank() ? "" : area.getText().endsWith("\n\n") ? "" : area.getText().endsWith("\n") ? "\n" : "\n\n";
        area.replaceAsOneEdit(end, end, sep + text);
        area.moveTo(area.getLength());
        area.requestFollowCaret();
    }

    private void importDraft() {
        Optional<File> chosen = dialogs.openFile("Import a draft",
                new FileChooser.ExtensionFilter("Drafts (text, DOCX, USPTO XML)", "*.txt", "*.text", "*.md", "*.docx", "*.xml"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        chosen.ifPresent(f -> importDraft(f.toPath()));
    }

    /** Imports a text, DOCX or USPTO XML draft as a new matter (in the background). */
    public void importDraft(Path file) {
        tasks.submit(() -> new MatterImporter().importDraft(file),
                (ImportedMatter imported) -> {
                    matters.add(imported.matter());
                    bus.publish(new StatusMessage("Imported " + file.getFileName()
                            + (imported.notes().isEmpty() ? "" : " \u2014 " + String.join("; ", imported.notes()))));
                },
                e -> fail("Cannot import " + file.getFileName(), e));
    }

    private void openReference() {
        dialogs.openFile("Open a prior-art PDF", new FileChooser.ExtensionFilter("PDF documents", "*.pdf"))
                .ifPresent(f -> openReference(f.toPath()));
    }

    /** Reads a PDF in the background and shows it beside the draft. */
    public void openReference(Path file) {
        openReference(file, 0);
    }

    /** As {@link #openReference(Path)}, scrolled to {@code page} when it is above 0 (a claim chart's passage). */
    public void openReference(Path file, int page) {
        tasks.submit(() -> new MatterImporter().importReference(file), (ReferenceDocument doc) -> {
            reference.show(doc);
            if (page > 0) {
                reference.showPage(page);
            }
            if (!editorSplit.getItems().contains(reference)) {
                editorSplit.getItems().add(reference);
                editorSplit.setDividerPositions(0.58);
            }
            bus.publish(new StatusMessage("Opened reference " + file.getFileName() + " (" + doc.pageCount() + " pages)"));
        }, e -> fail("Cannot open " + file.getFileName(), e));
    }

    private void closeReference() {
        editorSplit.getItems().remove(reference);
    }

    private void export(String kind) {
        document.pushAll();
        Matter m = matters.current();
        if (m == null) {
            dialogs.info("Export", "Open a matter first.");
            return;
        }
        preflight.check(m, warning -> {
            if (warning.isEmpty() || dialogs.confirm("Export with errors?", warning.get(), "Export anyway")) {
                chooseExportFile(m, kind);
            }
        }, e -> fail("Cannot check the matter before exporting", e));
    }

    private void chooseExportFile(Matter m, String kind) {
        String base = m.title().replaceAll("[\\\\/:*?\"<>|]+", "_").strip();
        dialogs.saveFile("Export " + kind.toUpperCase(Locale.ROOT), (base.isEmpty() ? "application" : base) + "." + kind,
                new FileChooser.ExtensionFilter(kind.toUpperCase(Locale.ROOT) + " documents", "*." + kind))
                .ifPresent(f -> export(f.toPath(), kind));
    }

    /** Writes the open matter (with the editors' latest text) to {@code target} in the background. */
    public void export(Path target, String kind) {
        document.pushAll();
        Matter m = matters.current();
        if (m == null) {
            return;
        }
        java.util.List<io.patentdesk.app.matter.Comment> exported = comments.forExport();
        tasks.submit(() -> {
            if (kind.equals("pdf")) {
                new PdfExporter().export(m, target);
            } else {
                new DocxExporter().export(m, exported, target);
            }
            return target;
        }, t -> bus.publish(new StatusMessage("Exported to " + t)), e -> fail("Cannot export", e));
    }

    private void fail(String what, Throwable e) {
        UserMessages.log(what, e);
        dialogs.error(what, UserMessages.of(e));
    }

    private void withArea(java.util.function.Consumer<AnalyzedArea> action) {
        AnalyzedArea a = document.activeAreaProperty().get();
        if (a != null) {
            action.accept(a);
        }
    }

    private String selectedText() {
        AnalyzedArea a = document.activeAreaProperty().get();
        return a == null ? "" : a.getSelectedText();
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(e -> action.run());
        return mi;
    }

    Dialogs dialogs() {
        return dialogs;
    }
}
