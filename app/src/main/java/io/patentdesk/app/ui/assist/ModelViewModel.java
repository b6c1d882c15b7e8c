package io.patentdesk.app.ui.assist;

import io.patentdesk.app.models.ModelService;
import io.patentdesk.app.models.ModelState;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.inference.Engine;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The local model as the UI sees it: loads it through {@link ModelService} off the FX thread and shows where that
 * stands ({@link ModelState}) for the status bar, the assistant and the Models dialog. The newest load wins: a model
 * that finishes loading after another was asked for is closed unused.
 */
@Singleton
public final class ModelViewModel {
    private final ModelService service;
    private final TaskExecutor tasks;
    private final ReadOnlyObjectWrapper<ModelState> state = new ReadOnlyObjectWrapper<>(this, "state", ModelState.none("No model loaded yet."));
    private int loadId;

    @Inject
    public ModelViewModel(ModelService service, TaskExecutor tasks) {
        this.service = service;
        this.tasks = tasks;
    }

    /** Finding the model, the user's list and default, the loaded engine. */
    public ModelService service() {
        return service;
    }

    public ReadOnlyObjectProperty<ModelState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public Optional<Engine> engine() {
        return service.engine();
    }

    /** Finds and loads the model off the UI thread; the state says when it is ready or why it is not. */
    public void loadInBackground() {
        loadAfterClosing(null);
    }

    /**
     * Releases the model in use and loads the one {@link ModelService#locate()} finds now (after the default changed
     * in the Models dialog), in the background.
     */
    public void reload() {
        loadAfterClosing(service.use(null));
    }

    /** Loads the model to use in the background, after closing {@code old} there (closing waits for its worker). */
    private void loadAfterClosing(Engine old) {
        int id = ++loadId;
        state.set(new ModelState(ModelState.Status.LOADING, "", "", ""));
        tasks.submit(() -> {
            if (old != null) {
                old.close();
            }
            Optional<Path> folder = service.locate();
            return folder.isEmpty() ? null : ModelService.load(folder.get());
        }, loaded -> {
            if (id != loadId) { // a newer choice of model is loading: this one is not wanted any more
                if (loaded != null) {
                    loaded.close();
                }
                return;
            }
            if (loaded == null) {
                state.set(ModelState.none("No model found: start with --model FOLDER or set " + ModelService.MODEL_ENV + "."));
                return;
            }
            service.use(loaded);
            state.set(new ModelState(ModelState.Status.READY, loaded.folder().displayName(),
                    loaded.providerStatus().summary(), ""));
        }, e -> {
            if (id != loadId) {
                return;
            }
            UserMessages.log("model failed to load", e);
            state.set(new ModelState(ModelState.Status.FAILED, "", "", "The model could not be loaded: " + UserMessages.of(e)));
        });
    }

    public void close() {
        service.close();
    }
}
