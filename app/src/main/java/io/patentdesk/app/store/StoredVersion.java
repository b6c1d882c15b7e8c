package io.patentdesk.app.store;

import io.patentdesk.app.matter.MatterId;
import java.time.Instant;

/** A version snapshot as stored: carried over whole when a workspace is salvaged or rebuilt. */
record StoredVersion(MatterId matterId, Instant saved, String label, String content) {
}
