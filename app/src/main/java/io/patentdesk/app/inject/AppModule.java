package io.patentdesk.app.inject;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import io.patentdesk.app.models.ModelService;
import io.patentdesk.app.prior.BundledEncoder;
import io.patentdesk.app.prior.SemanticSupportService;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.app.store.ModelSettings;
import io.patentdesk.app.store.UserDictionary;
import io.patentdesk.app.store.Workspace;
import io.patentdesk.app.ui.LaunchOptions;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.event.EventBus;
import io.patentdesk.app.ui.task.TaskExecutor;
import jakarta.inject.Singleton;

/**
 * Guice wiring of the desktop app. The workspace is opened before the injector exists (opening it can fail in ways
 * the user must resolve first), so it is bound as an instance; so is the task executor, which tests replace.
 */
public final class AppModule extends AbstractModule {
    private final Workspace workspace;
    private final TaskExecutor tasks;
    private final LaunchOptions options;

    public AppModule(Workspace workspace, TaskExecutor tasks, LaunchOptions options) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.options = options;
    }

    @Override
    protected void configure() {
        bind(Workspace.class).toInstance(workspace);
        bind(TaskExecutor.class).toInstance(tasks);
        bind(LaunchOptions.class).toInstance(options);
        bind(EventBus.class).asEagerSingleton();
        // The model list lives beside the workspace, private like it; read lazily, off the UI thread.
        bind(ModelSettings.class).toInstance(ModelSettings.in(workspace.databaseFile().toAbsolutePath().getParent()));
        // So are the words the user added to the spell checker.
        bind(UserDictionary.class).toInstance(UserDictionary.in(workspace.databaseFile().toAbsolutePath().getParent()));
        // Unsupported-term warnings revisited with the bundled sentence encoder, loaded on first need off the UI
        // thread; without it (a damaged install) the analysis goes on as the analyzer alone makes it.
        bind(SemanticSupportService.class).toInstance(new SemanticSupportService(
                () -> BundledEncoder.open(EngineOptions.defaults())::embed,
                e -> UserMessages.log("semantic support is off: the sentence encoder cannot be opened", e)));
    }

    /** The model service: the {@code --model} folder of this launch, the user's model list. */
    @Provides
    @Singleton
    ModelService modelService(ModelSettings settings) {
        return new ModelService(options.model(), settings);
    }
}
