package io.patentdesk.analyzer;

import java.util.Locale;

/** The statutory kind of subject matter a claim is directed to, judged from its preamble. */
public enum ClaimCategory {
    APPARATUS, SYSTEM, METHOD, COMPOSITION, COMPUTER_READABLE_MEDIUM, DESIGN,
    /** "Use of X as Y" (EPO: an activity like a process; not a statutory US category). */
    USE, UNKNOWN;

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
