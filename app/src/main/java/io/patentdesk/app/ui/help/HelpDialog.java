package io.patentdesk.app.ui.help;

import io.patentdesk.app.AppVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Help → Keyboard Shortcuts and Help → About PatentDesk. The shortcut list is read from the menu bar itself, so it
 * can never disagree with the menus; the editors' own keys (Ctrl+click on a claim reference) are added by hand.
 */
public final class HelpDialog {
    /** Keys the editors handle themselves, outside any menu. */
    static final List<String[]> EDITOR_KEYS = List.of(
            new String[] {"Ctrl+Click", "Jump to the claim a reference names"},
            new String[] {"Right-click", "Corrections for a misspelt word; suppress a finding"});

    private HelpDialog() {
    }

    /** Every menu command with a shortcut, in menu order: {shortcut, "Menu → Command"}. */
    public static List<String[]> shortcuts(MenuBar bar) {
        List<String[]> rows = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, m.getText().replace("_", ""), rows);
        }
        rows.addAll(EDITOR_KEYS);
        return rows;
    }

    private static void collect(Menu menu, String path, List<String[]> rows) {
        for (MenuItem mi : menu.getItems()) {
            if (mi instanceof Menu sub) {
                collect(sub, path + " \u2192 " + sub.getText(), rows);
            } else if (mi.getAccelerator() != null && mi.getText() != null) {
                rows.add(new String[] {mi.getAccelerator().getDisplayText(), path + " \u2192 " + mi.getText().replace("\u2026", "")});
            }
        }
    }

    public static Dialog<Void> showShortcuts(Window owner, MenuBar bar) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        int row = 0;
        for (String[] r : shortcuts(bar)) {
            Label key = new Label(r[0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(row++, key, new Label(r[1]));
        }
        return show(owner, "Keyboard shortcuts", grid);
    }

    /** The version, where the data lives and the model in use. */
    public static Dialog<Void> showAbout(Window owner, Path dataFolder, String model) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        grid.addRow(0, new Label("Version"), new Label(AppVersion.get()));
        Label data = new Label(dataFolder.toAbsolutePath().toString());
        data.setId("aboutDataFolder");
        data.setWrapText(true);
        grid.addRow(1, new Label("Your data"), data);
        grid.addRow(2, new Label(""), new Label("workspace.db (matters and versions), backups, models.json, "
                + "user-dictionary.txt, trash/ \u2014 readable only by you"));
        Label modelLabel = new Label(model);
        modelLabel.setId("aboutModel");
        grid.addRow(3, new Label("Model"), modelLabel);
        grid.addRow(4, new Label("Spelling"), new Label("SCOWL en_US Hunspell dictionary (Kevin Atkinson et al., SCOWL licence)"));
        return show(owner, "About PatentDesk", grid);
    }

    private static Dialog<Void> show(Window owner, String title, javafx.scene.Node content) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        VBox box = new VBox(content);
        box.setPadding(new Insets(12));
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
        return d;
    }
}
