package io.patentdesk.app.matter;

import java.util.Objects;
import java.util.UUID;

/** Identity of a matter: a random UUID, so a matter can be created (or imported) before it is stored. */
public record MatterId(String value) {
    public MatterId {
        Objects.requireNonNull(value, "value");
        UUID.fromString(value); // rejects anything that is not a UUID
    }

    public static MatterId random() {
        return new MatterId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
