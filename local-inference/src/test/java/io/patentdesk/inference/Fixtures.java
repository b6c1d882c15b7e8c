package io.patentdesk.inference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The tiny random-weight models exported by onnx-models' exporter, committed as test resources. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path model(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/models/" + name + "/tokenizer.json").toURI()).getParent();
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("test model " + name + " is missing from src/test/resources/models", e);
        }
    }

    public static Path genai() {
        return model("tiny-genai");
    }

    /** A copy of a fixture in a temporary folder, to break on purpose. */
    public static Path copy(Path model, Path into) {
        try {
            Files.createDirectories(into);
            try (Stream<Path> files = Files.list(model)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.copy(f, into.resolve(f.getFileName()));
                }
            }
            return into;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
