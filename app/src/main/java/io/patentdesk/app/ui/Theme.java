package io.patentdesk.app.ui;

import java.util.prefs.Preferences;
import javafx.scene.Scene;

/** Light or dark theme: a style class on the scene root; the choice is remembered in the user's preferences. */
final class Theme {
    private static final String KEY = "darkTheme";

    private Theme() {
    }

    static boolean darkPreferred() {
        try {
            return Preferences.userNodeForPackage(Theme.class).getBoolean(KEY, false);
        } catch (SecurityException | IllegalStateException unavailable) {
            return false;
        }
    }

    static void apply(Scene scene, boolean dark, boolean remember) {
        scene.getRoot().getStyleClass().remove("dark");
        if (dark) {
            scene.getRoot().getStyleClass().add("dark");
        }
        if (remember) {
            try {
                Preferences.userNodeForPackage(Theme.class).putBoolean(KEY, dark);
            } catch (SecurityException | IllegalStateException unavailable) {
                // The theme still applies for this session.
            }
        }
    }
}
