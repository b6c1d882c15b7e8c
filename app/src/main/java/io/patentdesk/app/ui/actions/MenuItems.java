package io.patentdesk.app.ui.actions;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;

/** Menu items for commands: the label, the shortcut, an id for tests, disabled while the command cannot run. */
public final class MenuItems {
    private MenuItems() {
    }

    public static MenuItem of(String text, String accelerator, String id, Command command) {
        MenuItem mi = new MenuItem(text);
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setId(id);
        mi.disableProperty().bind(command.executableProperty().not());
        mi.setOnAction(e -> command.execute());
        return mi;
    }
}
