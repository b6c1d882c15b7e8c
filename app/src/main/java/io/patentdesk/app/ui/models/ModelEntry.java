package io.patentdesk.app.ui.models;

import io.patentdesk.app.models.ModelInspection;
import java.nio.file.Path;

/**
 * One row of the Models dialog.
 *
 * @param folder     the model folder
 * @param bundled    whether it is the small demo model that ships with PatentDesk (it cannot be removed)
 * @param inspection what loading it found; null while it is being checked
 */
public record ModelEntry(Path folder, boolean bundled, ModelInspection inspection) {

    public boolean checking() {
        return inspection == null;
    }

    public boolean loads() {
        return inspection != null && inspection.loads();
    }

    /** The name to list: the model's own, the folder's while checking, and what the bundled one is. */
    public String title() {
        String name = inspection != null ? inspection.name()
                : folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
        return bundled ? name + " \u2014 small demo model" : name;
    }

    /** The line under the name: its figures, why it does not load, or that it is being checked. */
    public String line() {
        return inspection == null ? "Checking whether it loads\u2026" : inspection.summary();
    }
}
