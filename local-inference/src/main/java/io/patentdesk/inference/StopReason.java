package io.patentdesk.inference;

/** Why a generation ended. */
public enum StopReason {
    /** The model produced an end-of-sequence token. */
    EOS,
    /** The text reached one of the stop strings (which is not part of the result). */
    STOP_STRING,
    /** The request's maximum number of new tokens was reached. */
    MAX_TOKENS,
    /** A decoding aid's token script (line leads) ended the draft after a whole line: another would not fit the budget. */
    LINE_BUDGET,
    /** The model's context is full. */
    CONTEXT_FULL,
    /** {@link Generation#cancel()} was called. */
    CANCELLED
}
