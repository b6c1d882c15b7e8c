package io.patentdesk.app.ui.event;

/** Something the user asked for failed; the window shows {@code message} in a dialog titled {@code title}. */
public record UserError(String title, String message) {
}
