package io.patentdesk.app.store;

import io.patentdesk.app.matter.MatterId;
import java.time.Instant;

/** One stored snapshot of a matter: its id in the history, when it was taken and why ("Autosave", "Before restore"). */
public record VersionInfo(long id, MatterId matterId, Instant saved, String label) {
}
