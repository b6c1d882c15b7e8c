package io.patentdesk.inference;

/** What to do with a prompt that does not fit the model's context. */
public enum ContextPolicy {
    /** Cut the start of the prompt's body (never its fixed head and tail) and report what was cut: for text to be
     *  continued, where the words nearest the cue matter most. */
    TRUNCATE_LEFT,
    /** Cut the end of the prompt's body and report what was cut: for drafting tasks, whose input leads with what
     *  matters most (claim 1 of a claim set, an instruction before its text), as the model was trained. */
    TRUNCATE_RIGHT,
    /** Refuse with a {@link ContextTooLongException}. */
    FAIL;

    /** Whether the cut text is the end of the body rather than its start. */
    public boolean cutsTheEnd() {
        return this == TRUNCATE_RIGHT;
    }
}
