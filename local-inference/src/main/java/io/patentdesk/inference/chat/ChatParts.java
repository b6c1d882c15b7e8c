package io.patentdesk.inference.chat;

/**
 * A rendered conversation split around the user's text: what comes before it (system turn, turn markers), the text
 * itself, and what follows (end of turn, the assistant's cue). A prompt that is too long loses part of the body only.
 * When the template changes the text (so no split holds), the whole rendering is the head and the body is empty.
 */
public record ChatParts(String head, String body, String tail) {

    public String text() {
        return head + body + tail;
    }
}
