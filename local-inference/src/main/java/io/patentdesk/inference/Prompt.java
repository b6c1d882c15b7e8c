package io.patentdesk.inference;

import java.util.Objects;

/**
 * A prompt in three parts. The head (instructions, task marker) and tail (the cue for the answer) are always kept;
 * the body (the user's text) is what the context guard cuts from the left when the prompt is too long, because the
 * text nearest the cue matters most for what comes next.
 */
public record Prompt(String head, String body, String tail) {

    public Prompt {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(tail, "tail");
    }

    /** A prompt that is all body. */
    public static Prompt of(String text) {
        return new Prompt("", text, "");
    }

    public String text() {
        return head + body + tail;
    }
}
