package io.patentdesk.app.ui.actions;

import io.patentdesk.app.ui.help.HelpDialog;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;

/** Help → Keyboard Shortcuts: read from the menus themselves, so the list cannot drift from them. */
public final class ShortcutsCommand extends Command {
    private final Window owner;
    private final MenuBar bar;

    public ShortcutsCommand(Window owner, MenuBar bar) {
        this.owner = owner;
        this.bar = bar;
    }

    @Override
    public void execute() {
        HelpDialog.showShortcuts(owner, bar);
    }
}
