package io.patentdesk.app.ui.assist;

import java.nio.file.Path;
import java.util.Optional;

/** Where the model that ships with PatentDesk lives, when this build has one. */
final class BundledModelLocator {
    private BundledModelLocator() {
    }

    static Optional<Path> find() {
        return Optional.empty();
    }
}
