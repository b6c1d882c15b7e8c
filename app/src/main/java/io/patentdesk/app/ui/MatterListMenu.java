package io.patentdesk.app.ui;

import io.patentdesk.app.matter.Matter;
import io.patentdesk.app.matter.MatterSummary;
import io.patentdesk.app.ui.actions.DocketNumberCommand;
import io.patentdesk.app.ui.actions.DuplicateMatterCommand;
import io.patentdesk.app.ui.actions.MenuItems;
import io.patentdesk.app.ui.actions.OfficeAndFeesCommand;
import io.patentdesk.app.ui.actions.OpenMatterCommand;
import io.patentdesk.app.ui.actions.RenameMatterCommand;
import io.patentdesk.app.ui.actions.TrashMatterCommand;
import io.patentdesk.app.ui.actions.VersionHistoryCommand;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;

/**
 * The matter list's context menu: Open, then the Matter menu's commands (and Version History) for the matter the
 * user right-clicked. Those commands act on the open matter, and selecting a matter opens it in the background, so
 * they are enabled only once the selected matter is the one open: a right-click on another matter never renames or
 * trashes the one that was open before it.
 */
final class MatterListMenu {
    private MatterListMenu() {
    }

    static ContextMenu build(Window owner, Dialogs dialogs, DocumentView document, MatterViewModel matters,
            VersionHistoryViewModel history, ObservableObjectValue<MatterSummary> selected) {
        BooleanBinding selectedIsOpen = Bindings.createBooleanBinding(() -> {
            MatterSummary s = selected.get();
            Matter open = matters.loadedProperty().get();
            return s != null && open != null && s.id().equals(open.id());
        }, selected, matters.loadedProperty());
        ContextMenu menu = new ContextMenu(
                MenuItems.of("Open", null, "matter-list-open", new OpenMatterCommand(matters, document, selected)),
                new SeparatorMenuItem(),
                MenuItems.of("Rename\u2026", null, "matter-list-rename",
                        new RenameMatterCommand(matters, dialogs).enabledWhile(selectedIsOpen)),
                MenuItems.of("Docket Number\u2026", null, "matter-list-docket",
                        new DocketNumberCommand(matters, dialogs).enabledWhile(selectedIsOpen)),
                MenuItems.of("Office and Fees\u2026", null, "matter-list-office",
                        new OfficeAndFeesCommand(owner, matters).enabledWhile(selectedIsOpen)),
                MenuItems.of("Duplicate", null, "matter-list-duplicate",
                        new DuplicateMatterCommand(matters, document).enabledWhile(selectedIsOpen)),
                MenuItems.of("Version History\u2026", null, "matter-list-history",
                        new VersionHistoryCommand(owner, history, dialogs, document).enabledWhile(selectedIsOpen)),
                new SeparatorMenuItem(),
                MenuItems.of("Move to Trash", null, "matter-list-trash",
                        new TrashMatterCommand(matters, document).enabledWhile(selectedIsOpen)));
        menu.setId("matterListMenu");
        return menu;
    }
}
