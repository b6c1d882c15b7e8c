package io.patentdesk.app.ui.models;

import io.patentdesk.app.models.ModelInspection;
import io.patentdesk.app.models.ModelInspector;
import io.patentdesk.app.models.SpeedTest;
import io.patentdesk.app.ui.UserMessages;
import io.patentdesk.app.ui.assist.ModelViewModel;
import io.patentdesk.app.ui.task.TaskExecutor;
import io.patentdesk.inference.Engine;
import io.patentdesk.inference.model.ModelFolder;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Models dialog: the bundled demo model and the folders the user added, each checked by loading it (whether it
 * loads and why not, size, precision, context, where it runs), a speed test, the default, and removing one. Every
 * load, test and settings write runs on the task executor; the UI thread only shows results.
 */
public final class ModelsViewModel {
    /** What the dialog says about the bundled model: it shows the app working, it does not draft usably. */
    public static final String DEMO_HINT = "The bundled PatentGPT-mini is a small demo model (7 M parameters): it shows"
            + " how the assistant works but cannot write usable drafts. For real drafts add a capable open instruct model"
            + " exported to ONNX: an onnxruntime-genai model-builder or Optimum export of Qwen2.5, Phi-4-mini or"
            + " Llama 3.x (a folder with genai_config.json or config.json, tokenizer.json and the .onnx graph).";

    private final ModelViewModel models;
    private final TaskExecutor tasks;
    private final ObservableList<ModelEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Path> defaultFolder = new ReadOnlyObjectWrapper<>(this, "defaultFolder");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper speed = new ReadOnlyStringWrapper(this, "speed", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final ReadOnlyStringWrapper overrideNote = new ReadOnlyStringWrapper(this, "overrideNote", "");
    private volatile AtomicBoolean stopTest = new AtomicBoolean();
    private Duration testLength = SpeedTest.LENGTH;

    @Inject
    public ModelsViewModel(ModelViewModel models, TaskExecutor tasks) {
        this.models = models;
        this.tasks = tasks;
    }

    public ObservableList<ModelEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The folder chosen as the default; null for the bundled model. */
    public ReadOnlyObjectProperty<Path> defaultFolderProperty() {
        return defaultFolder.getReadOnlyProperty();
    }

    /** The last thing to tell the user: a folder already listed, a list that could not be saved ("" for nothing). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The speed test's progress or figures ("" before one runs). */
    public ReadOnlyStringProperty speedProperty() {
        return speed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** Why the default is not used this session ({@code --model}, {@code PATENTDESK_MODEL}); "" when it is. */
    public ReadOnlyStringProperty overrideNoteProperty() {
        return overrideNote.getReadOnlyProperty();
    }

    /** Whether {@code e} is the default (the bundled model when no folder is chosen). */
    public boolean isDefault(ModelEntry e) {
        return e.bundled() ? defaultFolder.get() == null : e.folder().equals(defaultFolder.get());
    }

    /** Lists the bundled model and the remembered folders, then checks each one in the background. */
    public void open() {
        entries.clear();
        message.set("");
        overrideNote.set(models.service().overrideNote());
        tasks.submit(() -> new Listed(models.service().bundledFolder(), models.service().settings().folders(),
                models.service().settings().defaultFolder().orElse(null)), listed -> {
                    listed.bundled().ifPresent(b -> entries.add(new ModelEntry(b, true, null)));
                    for (Path p : listed.folders()) {
                        entries.add(new ModelEntry(p, false, null));
                    }
                    defaultFolder.set(listed.byDefault());
                    for (ModelEntry e : List.copyOf(entries)) {
                        inspect(e);
                    }
                }, e -> message.set("The model list could not be read: " + UserMessages.of(e)));
    }

    private record Listed(Optional<Path> bundled, List<Path> folders, Path byDefault) {
    }

    /** Adds a folder the user chose and checks it at once; it is remembered even when it does not load yet. */
    public void add(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        if (entries.stream().anyMatch(e -> e.folder().toAbsolutePath().normalize().equals(f))) {
            message.set(f + " is already in the list.");
            return;
        }
        ModelEntry entry = new ModelEntry(f, false, null);
        entries.add(entry);
        message.set("");
        tasks.submit(() -> {
            models.service().settings().add(f);
            return true;
        }, saved -> { }, e -> message.set(UserMessages.of(e)));
        inspect(entry);
    }

    private void inspect(ModelEntry entry) {
        tasks.submit(() -> ModelInspector.inspect(entry.folder(), entry.bundled()), found -> replace(entry, found),
                e -> replace(entry, new ModelInspection(entry.folder(), entry.title(), false, UserMessages.of(e), 0, "",
                        0, "", entry.bundled())));
    }

    private void replace(ModelEntry entry, ModelInspection found) {
        int i = indexOf(entry.folder());
        if (i >= 0) {
            entries.set(i, new ModelEntry(entry.folder(), entry.bundled(), found));
        }
    }

    private int indexOf(Path folder) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).folder().equals(folder)) {
                return i;
            }
        }
        return -1;
    }

    /** Takes a folder off the list (the bundled model stays); if it was the default, the bundled model is again. */
    public void remove(ModelEntry e) {
        if (e == null || e.bundled()) {
            return;
        }
        entries.removeIf(x -> x.folder().equals(e.folder()));
        boolean wasDefault = e.folder().equals(defaultFolder.get());
        if (wasDefault) {
            defaultFolder.set(null);
        }
        tasks.submit(() -> {
            models.service().settings().remove(e.folder());
            return true;
        }, saved -> {
            if (wasDefault) {
                reloadIfUsed();
            }
        }, x -> message.set(UserMessages.of(x)));
    }

    /** Makes {@code e} the model the assistant uses from now on (and at the next start); a model that loads only. */
    public void makeDefault(ModelEntry e) {
        if (e == null || !e.loads() || isDefault(e)) {
            return;
        }
        Path chosen = e.bundled() ? null : e.folder();
        defaultFolder.set(chosen);
        tasks.submit(() -> {
            models.service().settings().setDefault(chosen);
            return true;
        }, saved -> reloadIfUsed(), x -> message.set(UserMessages.of(x)));
    }

    /** Loads the new default now, unless {@code --model} or {@code PATENTDESK_MODEL} names the one to use. */
    private void reloadIfUsed() {
        if (overrideNote.get().isEmpty()) {
            models.reload();
            message.set("The assistant now uses the default model.");
        } else {
            message.set("Saved as the default. " + overrideNote.get());
        }
    }

    /** Generates with {@code e} for a few seconds and reports its speed; {@link #stopSpeedTest()} ends it early. */
    public void speedTest(ModelEntry e) {
        if (e == null || !e.loads() || testing.get()) {
            return;
        }
        AtomicBoolean stop = new AtomicBoolean();
        stopTest = stop;
        testing.set(true);
        speed.set("Testing " + e.title() + " for " + testLength.toSeconds() + " s\u2026");
        Duration length = testLength;
        tasks.submit(() -> measure(e.folder(), length, stop), r -> {
            testing.set(false);
            speed.set(e.title() + ": " + r.describe());
        }, x -> {
            testing.set(false);
            speed.set("The speed test failed: " + UserMessages.of(x));
        });
    }

    /** Ends a running speed test; its figures so far are shown. */
    public void stopSpeedTest() {
        stopTest.set(true);
    }

    /** The test on a model of its own, so that the assistant's model and its queue are left alone. */
    private static SpeedTest.Result measure(Path folder, Duration length, AtomicBoolean stop) throws Exception {
        try (Engine engine = Engine.load(ModelFolder.open(folder))) {
            return SpeedTest.run(engine, length, stop::get);
        }
    }

    /** A shorter test, for tests of the dialog. */
    void testLength(Duration length) {
        testLength = length;
    }
}
