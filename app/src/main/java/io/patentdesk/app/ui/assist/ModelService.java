package io.patentdesk.app.ui.assist;

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
 * Owns the local model: finds it (the {@code --model} folder, else {@code PATENTDESK_MODEL}, else the bundled
 * model), loads it in the background and reports its state. The app works fully without a model; only the
 * assistant needs one.
 */
@Singleton
public final class ModelService {
    /** Environment variable naming a model folder, for users who keep models elsewhere. */
    public static final String MODEL_ENV = "PATENTDESK_MODEL";

    private final LaunchOptions options;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<ModelState> state = new ReadOnlyObjectWrapper<>(this, "state", ModelState.none("No model loaded yet."));
    private volatile Engine engine;

    @Inject
    public ModelService(LaunchOptions options, TaskExecutor tasks) {
        this.options = options;
        this.tasks = tasks;
    }

    public ReadOnlyObjectProperty<ModelState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public Optional<Engine> engine() {
        return Optional.ofNullable(engine);
    }

    /** Finds and loads the model off the UI thread; the state says when it is ready or why it is not. */
    public void loadInBackground() {
        state.set(new ModelState(ModelState.Status.LOADING, "", "", ""));
        tasks.submit(() -> {
            Optional<Path> folder = locate();
            return folder.isEmpty() ? null : new Loaded(folder.get(), load(folder.get()));
        }, loaded -> {
            if (loaded == null) {
                state.set(ModelState.none("No model found: start with --model FOLDER or set " + MODEL_ENV + "."));
                return;
            }
            engine = loaded.engine();
            state.set(new ModelState(ModelState.Status.READY, loaded.engine().folder().displayName(),
                    loaded.engine().providerStatus().summary(), ""));
        }, e -> {
            UserMessages.log("model failed to load", e);
            state.set(new ModelState(ModelState.Status.FAILED, "", "", "The model could not be loaded: " + UserMessages.of(e)));
        });
    }

    private record Loaded(Path folder, Engine engine) {
    }

    private static Engine load(Path folder) throws Exception {
        return Engine.load(ModelFolder.open(folder));
    }

    /** The model folder to use, if any. */
    public Optional<Path> locate() {
        if (options.model() != null) {
            return Optional.of(options.model());
        }
        String env = System.getenv(MODEL_ENV);
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env));
        }
        return BundledModelLocator.find();
    }

    public void close() {
        Engine e = engine;
        engine = null;
        if (e != null) {
            e.close();
        }
    }
}
