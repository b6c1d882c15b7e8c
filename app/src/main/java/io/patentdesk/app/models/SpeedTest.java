package io.patentdesk.app.models;

import io.patentdesk.inference.Engine;
import io.patentdesk.inference.Generation;
import io.patentdesk.inference.GenerationRequest;
import io.patentdesk.inference.GenerationResult;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * A short generation to tell the user how fast a model drafts on this machine: greedy, past end tokens, from a claim
 * opening, stopped after a few seconds. Blocks for that long: call it off the UI thread.
 */
public final class SpeedTest {
    /** How long the test generates. */
    public static final Duration LENGTH = Duration.ofSeconds(5);
    static final String PROMPT = "1. A bicycle lock comprising a shackle, a lock body receiving the shackle, and";

    /**
     * What the test measured.
     *
     * @param tokens          tokens generated
     * @param tokensPerSecond decode speed after the first token
     * @param firstTokenMillis from the start to the first token (the prompt read)
     * @param stoppedByUser   whether the user cancelled it (the figures are then from a shorter run)
     */
    public record Result(int tokens, double tokensPerSecond, double firstTokenMillis, boolean stoppedByUser) {
        public String describe() {
            String figures = String.format(java.util.Locale.ROOT, "%.1f tokens/s, first token in %.0f ms (%d tokens)",
                    tokensPerSecond, firstTokenMillis, tokens);
            return stoppedByUser ? figures + "; stopped early" : figures;
        }
    }

    private SpeedTest() {
    }

    /**
     * Generates on {@code engine} for {@code length} or until {@code stop} says so.
     *
     * @throws InterruptedException when the calling thread is interrupted (the generation is cancelled)
     */
    public static Result run(Engine engine, Duration length, BooleanSupplier stop) throws InterruptedException {
        int budget = Math.max(1, engine.info().contextLength() - 64); // the prompt is about 20 tokens
        Generation g = engine.generate(GenerationRequest.of(PROMPT).withMaxNewTokens(budget).withIgnoreEos(true),
                piece -> { });
        long deadline = System.nanoTime() + length.toNanos();
        boolean stoppedByUser = false;
        try {
            while (!g.isDone()) {
                if (stop.getAsBoolean()) {
                    stoppedByUser = true;
                    g.cancel();
                } else if (System.nanoTime() >= deadline) {
                    g.cancel();
                }
                try {
                    GenerationResult r = g.await(50, TimeUnit.MILLISECONDS);
                    return result(r, stoppedByUser);
                } catch (TimeoutException notYet) {
                    // keep watching the clock
                }
            }
            return result(g.await(), stoppedByUser);
        } catch (InterruptedException e) {
            g.cancel();
            throw e;
        }
    }

    private static Result result(GenerationResult r, boolean stoppedByUser) {
        return new Result(r.newTokens(), r.timings().decodeTokensPerSecond(), r.timings().firstTokenNanos() / 1e6,
                stoppedByUser);
    }
}
