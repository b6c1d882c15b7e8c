package io.patentdesk.analyzer;

/** How serious a finding is; {@link #ERROR} makes {@code patentdesk check} exit with status 1. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** Lower-case id used in JSON output ("error", "warning", "info"). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
