package io.patentdesk.analyzer;

import java.util.Locale;

/** The patent office whose rules and fees apply. Only the USPTO for now; EPO can be added as a constant. */
public enum Office {
    USPTO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "uspto" (any case). */
    public static Office fromId(String id) {
        for (Office o : values()) {
            if (o.id().equalsIgnoreCase(id.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown office '" + id + "' (known: uspto)");
    }
}
