package io.patentdesk.app.models;

import io.patentdesk.inference.Engine;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.model.ModelFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Opens and loads a model folder the way the assistant does, to tell the user at once whether it works and what it
 * is. Blocks for as long as loading takes (seconds for a large model): call it off the UI thread.
 */
public final class ModelInspector {
    private ModelInspector() {
    }

    /** Inspects {@code folder}; the model is released again before this returns. */
    public static ModelInspection inspect(Path folder, boolean bundled) {
        long size = sizeOf(folder);
        ModelFolder opened;
        try {
            opened = ModelFolder.open(folder);
        } catch (ModelException e) {
            return failed(folder, bundled, size, e.getMessage());
        }
        String quantization = quantization(opened.onnxFile());
        try (Engine engine = Engine.load(opened)) {
            return new ModelInspection(folder, opened.displayName(), true, "", size, quantization,
                    engine.info().contextLength(), engine.providerStatus().summary(), bundled);
        } catch (ModelException e) {
            return new ModelInspection(folder, opened.displayName(), false, oneLine(e.getMessage()), size, quantization,
                    0, "", bundled);
        } catch (RuntimeException e) {
            // The engine reports what it checks as ModelException; anything else is still the folder's fault to the user.
            return new ModelInspection(folder, opened.displayName(), false, "it cannot be loaded: " + oneLine(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), size, quantization, 0, "",
                    bundled);
        }
    }

    private static ModelInspection failed(Path folder, boolean bundled, long size, String why) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return new ModelInspection(folder, name == null ? folder.toString() : name.toString(), false, oneLine(why), size,
                "", 0, "", bundled);
    }

    static String quantization(Path onnxFile) {
        try {
            GraphQuantization.Result r = GraphQuantization.of(onnxFile);
            return r.kind() == GraphQuantization.Kind.UNKNOWN ? "" : r.describe();
        } catch (IOException e) {
            return ""; // loading says what is wrong with the graph; precision is then moot
        }
    }

    /** The bytes of the folder's files (symbolic links followed: a model folder often links its weights). */
    static long sizeOf(Path folder) {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder, 4)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "it cannot be loaded.";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first;
    }
}
