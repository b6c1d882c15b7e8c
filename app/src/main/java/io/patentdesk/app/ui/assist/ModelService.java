package io.patentdesk.app.ui.assist;

import io.patentdesk.app.store.ModelSettings;
import io.patentdesk.app.ui.LaunchOptions;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.model.ModelFolder;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Owns the local model: finds it (the {@code --model} folder, else {@code PATENTDESK_MODEL}, else the default chosen in
 * the Models dialog, else the bundled model), loads it in the background and reports its state. The app works fully
 * without a model; only the assistant needs one.
 */
@Singleton
public final class ModelService {
    /** Environment variable naming a model folder, for users who keep models elsewhere. */
    public static final String MODEL_ENV = "PATENTDESK_MODEL";

    private final LaunchOptions options;
    private final TaskExecutor tasks;
    private final ModelSettings settings;
    private final ReadOnlyObjectWrapper<ModelState> state = new ReadOnlyObjectWrapper<>(this, "state", ModelState.none("No model loaded yet."));
    private volatile Engine engine;
    private int loadId;

    /** A service without remembered models (tests, tools): the launch options or the bundled model. */
    public ModelService(LaunchOptions options, TaskExecutor tasks) {
        this(options, tasks, ModelSettings.inMemory());
    }

    @Inject
    public ModelService(LaunchOptions options, TaskExecutor tasks, ModelSettings settings) {
        this.options = options;
        this.tasks = tasks;
        this.settings = settings;
    }

    /** The user's model list and default (read and written off the UI thread). */
    public ModelSettings settings() {
        return settings;
    }

    public ReadOnlyObjectProperty<ModelState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public Optional<Engine> engine() {
        return Optional.ofNullable(engine);
    }

    /** Finds and loads the model off the UI thread; the state says when it is ready or why it is not. */
    public void loadInBackground() {
        loadAfterClosing(null);
    }

    /** Loads the model to use in the background, after closing {@code old} there (closing waits for its worker). */
    private void loadAfterClosing(Engine old) {
        int id = ++loadId;
        state.set(new ModelState(ModelState.Status.LOADING, "", "", ""));
        tasks.submit(() -> {
            if (old != null) {
                old.close();
            }
            Optional<Path> folder = locate();
            return folder.isEmpty() ? null : new Loaded(folder.get(), load(folder.get()));
        }, loaded -> {
            if (id != loadId) { // a newer choice of model is loading: this one is not wanted any more
                if (loaded != null) {
                    loaded.engine().close();
                }
                return;
            }
            if (loaded == null) {
                state.set(ModelState.none("No model found: start with --model FOLDER or set " + MODEL_ENV + "."));
                return;
            }
            engine = loaded.engine();
            state.set(new ModelState(ModelState.Status.READY, loaded.engine().folder().displayName(),
                    loaded.engine().providerStatus().summary(), ""));
        }, e -> {
            if (id != loadId) {
                return;
            }
            UserMessages.log("model failed to load", e);
            state.set(new ModelState(ModelState.Status.FAILED, "", "", "The model could not be loaded: " + UserMessages.of(e)));
        });
    }

    private record Loaded(Path folder, Engine engine) {
    }

    private static Engine load(Path folder) throws Exception {
        return Engine.load(ModelFolder.open(folder));
    }

    /**
     * Releases the model in use and loads the one {@link #locate()} finds now (after the default changed in the Models
     * dialog), in the background.
     */
    public void reload() {
        Engine old = engine;
        engine = null;
        loadAfterClosing(old);
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
        if (options.model() != null) {
            return Optional.of(options.model());
        }
        String env = System.getenv(MODEL_ENV);
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        return Optional.empty();
    }

    /** Why the default is not what runs, for the Models dialog ("" when nothing overrides it). */
    public String overrideNote() {
        if (options.model() != null) {
            return "This session uses " + options.model() + ", given with --model; the default applies when you start"
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

    public void close() {
        Engine e = engine;
        engine = null;
        if (e != null) {
            e.close();
        }
    }
}
