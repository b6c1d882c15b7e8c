package io.patentdesk.app.matter;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** The text of each specification section; immutable, missing sections read as empty text. */
public final class Specification {
    private static final Specification EMPTY = new Specification(new EnumMap<>(Section.class));

    private final Map<Section, String> sections;

    private Specification(EnumMap<Section, String> sections) {
        this.sections = Collections.unmodifiableMap(sections);
    }

    public static Specification empty() {
        return EMPTY;
    }

    /** A specification holding a copy of {@code texts}; null texts are treated as empty. */
    public static Specification of(Map<Section, String> texts) {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        texts.forEach((section, text) -> {
            if (text != null && !text.isEmpty()) {
                copy.put(Objects.requireNonNull(section), text);
            }
        });
        return new Specification(copy);
    }

    /** The text of {@code section}, or "" when it has none. */
    public String text(Section section) {
        return sections.getOrDefault(section, "");
    }

    /** A copy with {@code section} set to {@code text}. */
    public Specification with(Section section, String text) {
        EnumMap<Section, String> copy = new EnumMap<>(Section.class);
        copy.putAll(sections);
        if (text == null || text.isEmpty()) {
            copy.remove(section);
        } else {
            copy.put(section, text);
        }
        return new Specification(copy);
    }

    /** The non-empty sections in filing order (read-only). */
    public Map<Section, String> asMap() {
        return sections;
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Specification other && sections.equals(other.sections);
    }

    @Override
    public int hashCode() {
        return sections.hashCode();
    }

    @Override
    public String toString() {
        return "Specification" + sections.keySet();
    }
}
