package io.patentdesk.app.matter;

import java.util.Locale;
import java.util.Optional;

/** A choice stored in the workspace by a short key ("small", "cnipa"), read back whatever its case. */
interface StoredKey {

    /** How it is stored. */
    String key();

    /** The constant of {@code type} named by {@code key} (any case, blanks around it ignored), or empty. */
    static <E extends Enum<E> & StoredKey> Optional<E> find(Class<E> type, String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.key().equals(k)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
