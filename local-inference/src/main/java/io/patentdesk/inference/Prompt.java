package io.patentdesk.inference;

import java.util.Objects;

/**
 * A prompt in three parts. The head (instructions, task marker) and tail (the cue for the answer) are always kept;
 * the body (the user's text) is what the context guard cuts when the prompt is too long: its start for text to be
 * continued (the words nearest the cue matter most), its end for drafting tasks (see {@link ContextPolicy}).
 *
 * @param templated the text is a rendered chat template: it holds the model's special tokens (its BOS among them)
 *                  as text, so it is tokenized as it is, with nothing added in front
 */
public record Prompt(String head, String body, String tail, boolean templated) {

    public Prompt {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(tail, "tail");
    }

    public Prompt(String head, String body, String tail) {
        this(head, body, tail, false);
    }

    /** A conversation rendered by the model's chat template, split around the user's text. */
    public static Prompt templated(String head, String body, String tail) {
        return new Prompt(head, body, tail, true);
    }

    /** A prompt that is all body. */
    public static Prompt of(String text) {
        return new Prompt("", text, "");
    }

    /** This prompt with the answer's first words after the tail, for the model to continue. */
    public Prompt withLead(String lead) {
        return new Prompt(head, body, tail + lead, templated);
    }

    public String text() {
        return head + body + tail;
    }
}
