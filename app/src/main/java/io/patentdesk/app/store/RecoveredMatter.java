package io.patentdesk.app.store;

import io.patentdesk.app.matter.MatterId;
import java.time.Duration;
import java.time.Instant;

/**
 * One matter as a salvage would bring it back.
 *
 * @param lastEdit when the recovered content was last edited
 * @param source   where it came from, in words: "the workspace", "its version of 2026-12-07 10:40 UTC", "the
 *                 backup of 2026-12-07 10:30 UTC"
 * @param current  whether this is provably the matter as last saved: the damaged workspace's own row for it survived
 *                 and is no newer than what came back
 * @param behind   how much newer the damaged workspace says the matter was: the edits that could not be read back
 *                 (zero when the newest content came back, or when the matter's own row was lost and no one knows)
 */
public record RecoveredMatter(MatterId id, String title, Instant lastEdit, String source, boolean current,
        Duration behind) {
    /** Whether the matter came back exactly as last saved. */
    public boolean intact() {
        return current;
    }
}
