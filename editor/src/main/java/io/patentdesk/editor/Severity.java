package io.patentdesk.editor;

/** How serious a finding is; the editor's own copy so that the controls do not depend on the analyzer's types. */
public enum Severity {
    ERROR("Errors", "finding-error"),
    WARNING("Warnings", "finding-warning"),
    INFO("Notes", "finding-info");

    private final String groupTitle;
    private final String styleClass;

    Severity(String groupTitle, String styleClass) {
        this.groupTitle = groupTitle;
        this.styleClass = styleClass;
    }

    /** Heading of this severity's group in the findings panel. */
    public String groupTitle() {
        return groupTitle;
    }

    /** CSS class that underlines a finding of this severity in a text area. */
    public String styleClass() {
        return styleClass;
    }
}
