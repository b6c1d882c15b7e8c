package io.patentdesk.app.ui;

import java.io.File;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The window's dialogs in one place, so every message looks the same and tests can find them. */
public final class Dialogs {
    private final Window owner;

    public Dialogs(Window owner) {
        this.owner = owner;
    }

    /** A one-sentence error; never a stack trace. */
    public void error(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }

    /** {@code what} failed: logged with its cause's type, shown as one sentence. */
    public void failed(String what, Throwable e) {
        UserMessages.log(what, e);
        error(what, UserMessages.of(e));
    }

    public void info(String title, String message) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        a.show();
    }

    public boolean confirm(String title, String message, String action) {
        ButtonType yes = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(prompt);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    public Optional<File> openFile(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().addAll(filters);
        return Optional.ofNullable(c.showOpenDialog(owner));
    }

    public Optional<File> saveFile(String title, String suggestedName, FileChooser.ExtensionFilter filter) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(suggestedName);
        c.getExtensionFilters().add(filter);
        return Optional.ofNullable(c.showSaveDialog(owner));
    }
}
