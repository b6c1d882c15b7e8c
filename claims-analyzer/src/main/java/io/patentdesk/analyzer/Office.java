package io.patentdesk.analyzer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The patent office whose rules and fees apply; what each office requires is in its {@link OfficePack}. */
public enum Office {
    USPTO, EPO, JPO, CNIPA;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This office's rules, citations and fee table. */
    public OfficePack pack() {
        return OfficePack.of(this);
    }

    /** Parses "uspto", "epo", "jpo" or "cnipa" (any case). */
    public static Office fromId(String id) {
        for (Office o : values()) {
            if (o.id().equalsIgnoreCase(id.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown office '" + id + "' (known: "
                + Arrays.stream(values()).map(Office::id).collect(Collectors.joining(", ")) + ")");
    }
}
