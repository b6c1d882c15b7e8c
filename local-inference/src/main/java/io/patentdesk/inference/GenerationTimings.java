package io.patentdesk.inference;

/**
 * Where the time of one generation went, in nanoseconds.
 *
 * @param prefillNanos      running the prompt through the model (all chunks), up to its last logits
 * @param firstTokenNanos   from the start of the work (after waiting in the queue) to the first token chosen
 * @param decodeNanos       wall time of the decode loop after the first token
 * @param decodeRunNanos    the part of {@code decodeNanos} spent inside {@code OrtSession.run}
 * @param decodeSteps       model runs in the decode loop
 */
public record GenerationTimings(long prefillNanos, long firstTokenNanos, long decodeNanos, long decodeRunNanos,
        int decodeSteps) {

    /** Share of decode wall time spent outside {@code OrtSession.run}: sampling, detokenizing, bookkeeping. */
    public double overheadFraction() {
        return decodeNanos == 0 ? 0 : (double) (decodeNanos - decodeRunNanos) / decodeNanos;
    }

    public double decodeTokensPerSecond() {
        return decodeNanos == 0 ? 0 : decodeSteps * 1e9 / decodeNanos;
    }
}
