package io.patentdesk.app.matter;

import java.util.Optional;

/**
 * The applicant's USPTO entity size (37 CFR 1.27, 1.29), which sets the fee amounts: small entities pay 40 % and
 * micro entities 20 % of the large-entity fees. The other offices have one fee scale and ignore it.
 */
public enum EntitySize implements StoredKey {
    LARGE("large", "Large"),
    SMALL("small", "Small"),
    MICRO("micro", "Micro");

    private final String key;
    private final String label;

    EntitySize(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** How it is stored and how the analyzer's fee tables name it: "large", "small", "micro". */
    @Override
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The entity size named by {@code key} (any case), or empty for an unknown one. */
    public static Optional<EntitySize> ofKey(String key) {
        return StoredKey.find(EntitySize.class, key);
    }

    /** Like {@link #ofKey} but an unknown key reads as {@link #LARGE}, the size whose fees are never too low. */
    public static EntitySize ofStored(String key) {
        return ofKey(key).orElse(LARGE);
    }
}
