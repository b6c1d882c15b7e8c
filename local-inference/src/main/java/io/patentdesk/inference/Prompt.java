package io.patentdesk.inference;

import java.util.Objects;

/**
 * A prompt in three parts. The head (instructions, task marker) and tail (the cue for the answer) are always kept;
 * the body (the user's text) is what the context guard cuts when the prompt is too long: its start for text to be
 * continued (the words nearest the cue matter most), its end for drafting tasks (see {@link ContextPolicy}).
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

    /** This prompt with the answer's first words after the tail, for the model to continue. */
    public Prompt withLead(String lead) {
        return new Prompt(head, body, tail + lead);
    }

    public String text() {
        return head + body + tail;
    }
}
