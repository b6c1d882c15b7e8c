package io.patentdesk.app.models;

import io.patentdesk.models.BundledModel;
import io.patentdesk.models.BundledModelException;
import java.nio.file.Path;
import java.util.Optional;

/** Where the model that ships with PatentDesk lives, when this build carries one (it may extract it: call off the UI thread). */
final class BundledModelLocator {
    private BundledModelLocator() {
    }

    static Optional<Path> find() {
        if (!BundledModel.isBundled()) {
            return Optional.empty();
        }
        try {
            return Optional.of(BundledModel.locate());
        } catch (BundledModelException e) {
            // the app runs on without a model; the log line says why the bundled one is not offered
            System.err.println("patentdesk: the bundled model is unusable: " + e.getMessage() + " [" + e.getClass().getName() + "]");
            return Optional.empty();
        }
    }
}
