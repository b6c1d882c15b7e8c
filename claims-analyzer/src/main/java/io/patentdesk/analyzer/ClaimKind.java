package io.patentdesk.analyzer;

import java.util.Locale;

/** Independent, dependent on one claim, or multiple dependent (37 CFR 1.75(c)). */
public enum ClaimKind {
    INDEPENDENT, DEPENDENT, MULTIPLE_DEPENDENT;

    /** JSON id: "independent", "dependent", "multiple-dependent". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
