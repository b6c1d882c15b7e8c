package io.patentdesk.app.ui;

import io.patentdesk.app.ui.actions.AboutCommand;
import io.patentdesk.app.ui.actions.AreaEditCommand;
import io.patentdesk.app.ui.actions.Command;
import io.patentdesk.app.ui.actions.DeleteClaimCommand;
import io.patentdesk.app.ui.actions.DeterministicDraftCommand;
import io.patentdesk.app.ui.actions.DocketNumberCommand;
import io.patentdesk.app.ui.actions.DuplicateMatterCommand;
import io.patentdesk.app.ui.actions.FindReplaceCommand;
import io.patentdesk.app.ui.actions.InsertClaimCommand;
import io.patentdesk.app.ui.actions.MenuItems;
import io.patentdesk.app.ui.actions.MoveClaimCommand;
import io.patentdesk.app.ui.actions.NewMatterCommand;
import io.patentdesk.app.ui.actions.OpenSampleCommand;
import io.patentdesk.app.ui.actions.RenameMatterCommand;
import io.patentdesk.app.ui.actions.RenumberClaimsCommand;
import io.patentdesk.app.ui.actions.ShortcutsCommand;
import io.patentdesk.app.ui.actions.ShowTrashCommand;
import io.patentdesk.app.ui.actions.SuppressedFindingsCommand;
import io.patentdesk.app.ui.actions.OfficeAndFeesCommand;
import io.patentdesk.app.ui.actions.TrashMatterCommand;
import io.patentdesk.app.ui.assist.AssistAction;
import io.patentdesk.app.ui.assist.AssistantViewModel;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.spell.SpellingViewModel;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.editor.AnalyzedArea;
import io.patentdesk.editor.FindReplaceBar;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;

/**
 * Builds the main window's menus from commands ({@code ui.actions}): one method per menu, each item a label, a
 * shortcut, an id for tests and a command bound to view-model state. The window passes in the commands it also uses
 * itself (import, export, the assistant's drafts); the others are made here.
 */
final class MainMenuBar {
    private final Stage stage;
    private final Dialogs dialogs;
    private final DocumentView document;
    private final MatterViewModel matters;
    private final AnalysisViewModel analysis;
    private final AssistantViewModel assistant;
    private final TaskExecutor tasks;
    private final EventBus bus;
    /** Whether a matter is open: what every command acting on the open matter or its editors is bound to. */
    private final ObservableBooleanValue matterOpen;

    MainMenuBar(Stage stage, Dialogs dialogs, DocumentView document, MatterViewModel matters,
            AnalysisViewModel analysis, AssistantViewModel assistant, TaskExecutor tasks, EventBus bus) {
        this.stage = stage;
        this.dialogs = dialogs;
        this.document = document;
        this.matters = matters;
        this.analysis = analysis;
        this.assistant = assistant;
        this.tasks = tasks;
        this.bus = bus;
        this.matterOpen = matters.loadedProperty().isNotNull();
    }

    Menu file(Command importDraft, Command openReference, Command claimChart, Command versionHistory,
            Command exportDocx, Command exportPdf, Runnable quit) {
        return menu("_File",
                MenuItems.of("New Matter\u2026", NoMatterHint.NEW_MATTER_KEYS, "file-new", new NewMatterCommand(matters, dialogs)),
                MenuItems.of("Open Sample Matter", null, "file-sample", new OpenSampleCommand(matters)),
                new SeparatorMenuItem(),
                MenuItems.of("Import Draft (Text, DOCX, USPTO XML)\u2026", "Shortcut+I", "file-import", importDraft),
                MenuItems.of("Open Reference PDF\u2026", "Shortcut+Shift+R", "file-reference", openReference),
                MenuItems.of("Claim Chart Against Prior Art\u2026", null, "file-claim-chart", claimChart),
                MenuItems.of("Version History\u2026", "Shortcut+H", "file-history", versionHistory),
                new SeparatorMenuItem(),
                MenuItems.of("Export DOCX\u2026", "Shortcut+E", "file-export-docx", exportDocx),
                MenuItems.of("Export PDF\u2026", "Shortcut+Shift+E", "file-export-pdf", exportPdf),
                new SeparatorMenuItem(),
                MenuItems.of("Quit", "Shortcut+Q", "file-quit", Command.of(quit)));
    }

    /** The open matter: rename, docket number, office and fees, duplicate, trash (restorable). */
    Menu matter() {
        return menu("_Matter",
                MenuItems.of("Rename\u2026", null, "matter-rename", new RenameMatterCommand(matters, dialogs)),
                MenuItems.of("Docket Number\u2026", null, "matter-docket", new DocketNumberCommand(matters, dialogs)),
                MenuItems.of("Office and Fees\u2026", null, "matter-office", new OfficeAndFeesCommand(stage, matters)),
                MenuItems.of("Duplicate", null, "matter-duplicate", new DuplicateMatterCommand(matters, document)),
                new SeparatorMenuItem(),
                MenuItems.of("Move to Trash", null, "matter-trash", new TrashMatterCommand(matters, document)),
                MenuItems.of("Trash\u2026", null, "matter-show-trash", new ShowTrashCommand(stage, matters)));
    }

    /** Editing the open matter's text: with no matter open the editors are empty and disabled, and so is all of this. */
    Menu edit(FindReplaceBar findBar, Runnable addComment) {
        return menu("_Edit",
                MenuItems.of("Undo", "Shortcut+Z", "edit-undo",
                        new AreaEditCommand(document, AnalyzedArea::undo).enabledWhile(matterOpen)),
                MenuItems.of("Redo", "Shortcut+Shift+Z", "edit-redo",
                        new AreaEditCommand(document, AnalyzedArea::redo).enabledWhile(matterOpen)),
                new SeparatorMenuItem(),
                MenuItems.of("Find / Replace\u2026", "Shortcut+F", "edit-find",
                        new FindReplaceCommand(findBar, document).enabledWhile(matterOpen)),
                MenuItems.of("Find Next", "F3", "edit-find-next", Command.of(findBar::findNext).enabledWhile(matterOpen)),
                new SeparatorMenuItem(),
                MenuItems.of("Add Comment\u2026", "Shortcut+Alt+M", "edit-add-comment",
                        Command.of(addComment).enabledWhile(matterOpen)));
    }

    /** Claims as a list: each edit renumbers the claims and their references, as one undoable edit. */
    Menu claims() {
        var area = document.claimsArea();
        var open = matters.loadedProperty();
        Menu claims = menu("_Claims",
                MenuItems.of("Insert Claim After", "Shortcut+Shift+N", "claims-insert", new InsertClaimCommand(area, open, tasks, bus)),
                MenuItems.of("Delete Claim", "Shortcut+Shift+D", "claims-delete", new DeleteClaimCommand(area, open, tasks, bus)),
                new SeparatorMenuItem(),
                MenuItems.of("Move Claim Up", "Alt+Shift+Up", "claims-up", new MoveClaimCommand(-1, area, open, tasks, bus)),
                MenuItems.of("Move Claim Down", "Alt+Shift+Down", "claims-down", new MoveClaimCommand(1, area, open, tasks, bus)),
                new SeparatorMenuItem(),
                MenuItems.of("Renumber Claims", null, "claims-renumber", new RenumberClaimsCommand(area, open, tasks, bus)));
        claims.setId("menu-claims");
        return claims;
    }

    /** Suppressed findings: the list, and taking the latest one back. */
    Menu findings() {
        return menu("F_indings",
                MenuItems.of("Suppressed Findings\u2026", null, "findings-suppressed",
                        new SuppressedFindingsCommand(stage, matters, analysis)),
                MenuItems.of("Undo Suppression", "Shortcut+Shift+U", "findings-undo-suppression",
                        Command.of(analysis::undoLastSuppression).enabledWhile(matterOpen)));
    }

    /** @param darkTheme switches the window's theme and stores the choice */
    Menu view(boolean darkPreferred, Consumer<Boolean> darkTheme, SpellingViewModel spelling) {
        CheckMenuItem dark = new CheckMenuItem("Dark Theme");
        dark.setId("view-dark");
        dark.setSelected(darkPreferred);
        dark.selectedProperty().addListener((o, a, on) -> darkTheme.accept(on));
        CheckMenuItem spell = new CheckMenuItem("Check Spelling");
        spell.setId("menu-spelling");
        spell.selectedProperty().bindBidirectional(spelling.enabledProperty());
        return menu("_View", dark, spell);
    }

    /** Deterministic drafting: text that tracks the claims exactly, offered in the preview like the model's. */
    Menu draft() {
        Menu draft = menu("_Draft");
        for (AssistAction a : AssistAction.values()) {
            if (!a.usesModel()) {
                draft.getItems().add(MenuItems.of(a.label(), null, "draft-" + a.name(),
                        new DeterministicDraftCommand(a, matters, assistant, document, dialogs, tasks, bus)));
            }
        }
        return draft;
    }

    /** @param modelDrafts the model's drafting commands, in the order of {@link AssistAction} */
    Menu assistant(Map<AssistAction, ? extends Command> modelDrafts, Runnable showModels) {
        Menu assist = menu("_Assistant");
        modelDrafts.forEach((a, command) -> assist.getItems().add(MenuItems.of(a.label(), null, "assistant-" + a.name(), command)));
        assist.getItems().addAll(new SeparatorMenuItem(),
                MenuItems.of("Cancel Generation", "Escape", "assistant-cancel", Command.of(assistant::cancel)),
                new SeparatorMenuItem(),
                MenuItems.of("Models\u2026", null, "menu-models", Command.of(showModels)));
        return assist;
    }

    /** Help: the shortcuts (read from the menus), where the data lives, the model in use, the version. */
    Menu help(MenuBar bar, ModelViewModel models) {
        return menu("_Help",
                MenuItems.of("Keyboard Shortcuts", "F1", "help-shortcuts", new ShortcutsCommand(stage, bar)),
                MenuItems.of("About PatentDesk", null, "help-about", new AboutCommand(stage, matters, models)));
    }

    private static Menu menu(String text, MenuItem... items) {
        return new Menu(text, null, items);
    }
}
