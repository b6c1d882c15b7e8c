package io.patentdesk.inference;

/** Why a generation ended. */
public enum StopReason {
    /** The model produced an end-of-sequence token. */
    EOS,
    /** The text reached one of the stop strings (which is not part of the result). */
    STOP_STRING,
    /** The request's maximum number of new tokens was reached. */
    MAX_TOKENS,
    /** With line leads: a line ended and the token budget could not hold another (the draft ends after a whole line). */
    LINE_BUDGET,
    /** The model's context is full. */
    CONTEXT_FULL,
    /** {@link Generation#cancel()} was called. */
    CANCELLED
}
