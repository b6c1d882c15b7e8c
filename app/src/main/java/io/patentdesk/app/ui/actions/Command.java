package io.patentdesk.app.ui.actions;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Something the user can do from a menu, a shortcut or a button: one small class per command, as JabRef does, bound
 * to view-model state through {@link #executableProperty()} instead of being enabled and disabled by the window.
 */
public abstract class Command {
    private final BooleanProperty executable = new SimpleBooleanProperty(this, "executable", true);

    /** Whether the command can run now; menu items built by {@link MenuItems} are disabled while it is false. */
    public BooleanProperty executableProperty() {
        return executable;
    }

    /** Runs the command; slow work goes to the task executor, never the FX thread. */
    public abstract void execute();

    /** A command that calls one method of a view or view model (Quit, Find Next...): no state of its own. */
    public static Command of(Runnable action) {
        return new Command() {
            @Override
            public void execute() {
                action.run();
            }
        };
    }

    /** Binds whether this command can run to {@code condition} (a matter is open, no generation runs...). */
    public final Command enabledWhile(ObservableBooleanValue condition) {
        executable.bind(condition);
        return this;
    }
}
