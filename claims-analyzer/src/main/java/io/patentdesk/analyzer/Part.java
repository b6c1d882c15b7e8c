package io.patentdesk.analyzer;

/** The part of a {@link Document} a claim or finding's offsets point into. */
public enum Part {
    TITLE, ABSTRACT, DESCRIPTION, CLAIMS;

    /** Lower-case id used in JSON output. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
