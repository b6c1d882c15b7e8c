package io.patentdesk.app.ui;

import java.nio.file.Path;

/**
 * How the desktop app was started.
 *
 * @param smoke      open the sample, analyze, generate once, exit (scripted checks)
 * @param screenshot where to write a PNG of the window, or null
 * @param model      model folder given on the command line, or null (then the bundled model)
 * @param dataDir    workspace folder, or null for the user's data directory (smoke runs use a temporary one)
 * @param benchUi    run the UI benchmarks and exit
 * @param json       print results as JSON
 * @param benchSizeBytes size of the synthetic specification the benchmark opens
 * @param tab        the document tab in front for a smoke screenshot: claims, specification or abstract
 * @param dark       scripted runs: dark theme instead of light (interactive runs use the user's choice)
 */
public record LaunchOptions(boolean smoke, Path screenshot, Path model, Path dataDir, boolean benchUi, boolean json,
        int benchSizeBytes, String tab, boolean dark) {

    public LaunchOptions(boolean smoke, Path screenshot, Path model, Path dataDir, boolean benchUi, boolean json,
            int benchSizeBytes, String tab) {
        this(smoke, screenshot, model, dataDir, benchUi, json, benchSizeBytes, tab, false);
    }

    public LaunchOptions(boolean smoke, Path screenshot, Path model, Path dataDir, boolean benchUi, boolean json,
            int benchSizeBytes) {
        this(smoke, screenshot, model, dataDir, benchUi, json, benchSizeBytes, "claims");
    }

    public static LaunchOptions interactive() {
        return new LaunchOptions(false, null, null, null, false, false, 0);
    }

    public boolean scripted() {
        return smoke || benchUi;
    }
}
