package io.patentdesk.inference;

/** What to do with a prompt that does not fit the model's context. */
public enum ContextPolicy {
    /** Cut the start of the prompt's body (never its fixed head and tail) and report what was cut. */
    TRUNCATE_LEFT,
    /** Refuse with a {@link ContextTooLongException}. */
    FAIL
}
