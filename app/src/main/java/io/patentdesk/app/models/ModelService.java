package io.patentdesk.app.models;

import io.patentdesk.app.store.ModelSettings;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.model.ModelFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the local model and holds the engine loaded from it: the {@code --model} folder, else {@code PATENTDESK_MODEL},
 * else the default chosen in the Models dialog, else the bundled model. Plain Java and thread-safe: the UI's
 * {@code ui.assist.ModelViewModel} loads through it off the FX thread and reports the state. The app works fully
 * without a model; only the assistant needs one.
 */
public final class ModelService {
    /** Environment variable naming a model folder, for users who keep models elsewhere. */
    public static final String MODEL_ENV = "PATENTDESK_MODEL";

    private final Path modelOption;
    private final ModelSettings settings;
    private volatile Engine engine;

    /** A service without remembered models (tests, tools): {@code modelOption} (may be null) or the bundled model. */
    public ModelService(Path modelOption) {
        this(modelOption, ModelSettings.inMemory());
    }

    /**
     * @param modelOption the folder given with {@code --model}, or null
     * @param settings    the user's model list and default
     */
    public ModelService(Path modelOption, ModelSettings settings) {
        this.modelOption = modelOption;
        this.settings = settings;
    }

    /** The user's model list and default (read and written off the UI thread). */
    public ModelSettings settings() {
        return settings;
    }

    /** The engine in use, if one is loaded. */
    public Optional<Engine> engine() {
        return Optional.ofNullable(engine);
    }

    /** Opens and loads the model in {@code folder}: slow (reads the graph), never on the UI thread. */
    public static Engine load(Path folder) throws ModelException {
        return Engine.load(ModelFolder.open(folder));
    }

    /** Makes {@code loaded} the engine in use (null: none) and returns the one it replaces, for the caller to close. */
    public Engine use(Engine loaded) {
        Engine old = engine;
        engine = loaded;
        return old;
    }

    /** The model folder to use, if any. Reads the settings and may extract the bundled model: off the UI thread. */
    public Optional<Path> locate() {
        Optional<Path> chosen = override();
        if (chosen.isPresent()) {
            return chosen;
        }
        Optional<Path> byDefault = settings.defaultFolder().filter(Files::isDirectory);
        return byDefault.isPresent() ? byDefault : BundledModelLocator.find();
    }

    /** The folder named by {@code --model}, else by {@code PATENTDESK_MODEL}: either wins over the chosen default. */
    public Optional<Path> override() {
        if (modelOption != null) {
            return Optional.of(modelOption);
        }
        String env = System.getenv(MODEL_ENV);
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        return Optional.empty();
    }

    /** Why the default is not what runs, for the Models dialog ("" when nothing overrides it). */
    public String overrideNote() {
        if (modelOption != null) {
            return "This session uses " + modelOption + ", given with --model; the default applies when you start"
                    + " PatentDesk without it.";
        }
        return override().map(p -> "This session uses " + p + ", named by " + MODEL_ENV + "; the default applies"
                + " when it is not set.").orElse("");
    }

    /** The bundled demo model's folder, if this build has one (may extract it: off the UI thread). */
    public Optional<Path> bundledFolder() {
        return BundledModelLocator.find();
    }

    /** The folder of the model loaded now, if one is. */
    public Optional<Path> loadedFolder() {
        Engine e = engine;
        return e == null ? Optional.empty() : Optional.of(e.folder().dir());
    }

    /** Closes the engine in use, if any. */
    public void close() {
        Engine e = use(null);
        if (e != null) {
            e.close();
        }
    }
}
