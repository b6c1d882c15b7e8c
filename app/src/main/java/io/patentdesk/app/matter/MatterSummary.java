package io.patentdesk.app.matter;

import java.time.Instant;

/** A row of the matter list: enough to show and sort it without loading the text. */
public record MatterSummary(MatterId id, String title, String docket, Instant created, Instant modified) {
    public MatterSummary {
        docket = docket == null ? "" : docket;
    }

    /** A row without a docket number. */
    public MatterSummary(MatterId id, String title, Instant created, Instant modified) {
        this(id, title, "", created, modified);
    }
}
