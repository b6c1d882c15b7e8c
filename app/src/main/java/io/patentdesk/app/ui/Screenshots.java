package io.patentdesk.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** Writes a PNG of a scene (for the smoke run and the docs). */
public final class Screenshots {
    private Screenshots() {
    }

    /** Takes the snapshot on the FX thread (call it there); returns the image to write. */
    public static WritableImage take(Scene scene) {
        return scene.snapshot(null);
    }

    /** Writes the image; call it off the FX thread. */
    public static void write(WritableImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
    }
}
