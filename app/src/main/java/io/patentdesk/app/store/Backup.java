package io.patentdesk.app.store;

import java.nio.file.Path;
import java.time.Instant;

/** A copy of the workspace database taken at {@code taken}. */
public record Backup(Path file, Instant taken, long sizeBytes) {
    /** A short label for menus, e.g. "2026-11-25 09:14 UTC". */
    public String label() {
        String iso = taken.toString();
        return iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC";
    }
}
