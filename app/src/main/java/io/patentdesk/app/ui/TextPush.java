package io.patentdesk.app.ui;

/**
 * The text of one area as last handed to the view model, with the area's text version at that moment. Analysis
 * results come back for a matter; findings are shown in an area only if the analyzed text is this very string
 * (identity, not equality: cheap and exact), so offsets always match the version they were computed for.
 */
record TextPush(String text, long version) {
    static final TextPush NONE = new TextPush(null, -1);

    boolean isFor(String analyzedText) {
        return text != null && (text == analyzedText || (text.isEmpty() && analyzedText.isEmpty()));
    }
}
