package io.patentdesk.app.matter;

import java.util.Optional;

/**
 * The patent office whose rules and fees a matter is checked against: one named by the user, or {@link #AUTOMATIC},
 * guessed from the matter's text each time it is checked (Chinese claims: CNIPA; German or French: EPO; else USPTO).
 * Kept apart from the analyzer's office type so that a stored matter never depends on the analyzer's enum.
 */
public enum OfficeChoice implements StoredKey {
    AUTOMATIC("auto", "Automatic (from the text)"),
    USPTO("uspto", "USPTO"),
    EPO("epo", "EPO"),
    CNIPA("cnipa", "CNIPA"),
    JPO("jpo", "JPO");

    private final String key;
    private final String label;

    OfficeChoice(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** How it is stored and typed on the command line: "auto", "uspto", "epo", "cnipa", "jpo". */
    @Override
    public String key() {
        return key;
    }

    /** How menus and dialogs name it. */
    public String label() {
        return label;
    }

    /** The office named by {@code key} (any case), or empty for an unknown one. */
    public static Optional<OfficeChoice> ofKey(String key) {
        return StoredKey.find(OfficeChoice.class, key);
    }

    /** Like {@link #ofKey} but an unknown key (written by a newer build, or damaged) reads as {@link #AUTOMATIC}. */
    public static OfficeChoice ofStored(String key) {
        return ofKey(key).orElse(AUTOMATIC);
    }
}
