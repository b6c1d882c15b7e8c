package io.patentdesk.app.ui.event;

/** A short message for the status bar ("Saved", "Exported to ..."). */
public record StatusMessage(String text) {
}
