package io.patentdesk.app.store;

import io.patentdesk.app.matter.MatterId;
import java.time.Instant;

/** Hears what the autosaver did, on the autosaver's thread (a UI must hop to its own thread to show it). */
public interface AutosaveListener {
    /** The content edited at or before {@code contentModified} is on disk since {@code savedAt}. */
    void saved(MatterId id, Instant contentModified, Instant savedAt);

    /** A save failed; the edit stays pending and is retried on the next edit, flush or close. */
    void failed(MatterId id, StoreException error);

    /** The edits were saved but the periodic backup could not be written; it is tried again after the next save. */
    default void backupFailed(StoreException error) {
    }

    AutosaveListener NONE = new AutosaveListener() {
        @Override
        public void saved(MatterId id, Instant contentModified, Instant savedAt) {
        }

        @Override
        public void failed(MatterId id, StoreException error) {
        }
    };
}
