package io.patentdesk.app.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where PatentDesk keeps the workspace: the platform's per-user data directory, unless overridden. */
public final class DataDirectory {
    /** System property that overrides the directory (tests, portable installs). */
    public static final String PROPERTY = "patentdesk.data.dir";
    /** Environment variable that overrides the directory. */
    public static final String ENVIRONMENT = "PATENTDESK_DATA_DIR";

    private static final String APP = "PatentDesk";

    private DataDirectory() {
    }

    /** The directory for this process: property, then environment variable, then the platform default. */
    public static Path resolve() {
        return resolve(System.getProperty(PROPERTY), System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", "."));
    }

    /** Pure form of {@link #resolve()} for tests of each platform's rule. */
    static Path resolve(String property, Map<String, String> env, String osName, String home) {
        if (notBlank(property)) {
            return Path.of(property);
        }
        if (notBlank(env.get(ENVIRONMENT))) {
            return Path.of(env.get(ENVIRONMENT));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return notBlank(appData) ? Path.of(appData, APP) : Path.of(home, "AppData", "Roaming", APP);
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return Path.of(home, "Library", "Application Support", APP);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (notBlank(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP);
        }
        return Path.of(home, ".local", "share", APP);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
