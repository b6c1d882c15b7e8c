package io.patentdesk.inference.spi;

import io.patentdesk.inference.sampling.LogitsTransform;
import java.util.List;

/**
 * The hooks of decoding aids in one generation. The sampling chain runs, in order: {@link #beforePenalties()}, the
 * repetition penalty, the no-repeat n-gram bans, {@link #afterRepeatBans()}, then temperature, top-k, top-p, min-p and
 * the draw. A {@link Guidance} reshapes the model's logits before all of them; a {@link TokenScript} may write tokens
 * itself and end the generation after a whole line.
 */
public interface StepAids {

    /** Bonuses applied to the raw logits, before the repetition penalty. */
    default List<LogitsTransform> beforePenalties() {
        return List.of();
    }

    /** Rules applied after the no-repeat bans (a transform that is a no-repeat ban is skipped where those are). */
    default List<LogitsTransform> afterRepeatBans() {
        return List.of();
    }

    /** A second sequence whose logits reshape each step's; null for none. */
    default Guidance guidance() {
        return null;
    }

    /** Tokens written for the model; null for none. */
    default TokenScript script() {
        return null;
    }

    /**
     * A second sequence run beside the prompt and fed the same chosen tokens; each step its logits and the prompt's are
     * combined (classifier-free guidance and context-aware decoding work this way).
     */
    interface Guidance {
        /** The second sequence's prompt; empty for none (the generation then runs without guidance). */
        int[] prompt();

        /** Reshapes {@code logits} (the prompt's) in place, given the second sequence's {@code other}. */
        void apply(float[] logits, float[] other);
    }

    /** Chooses each token: writes one itself, or leaves the choice to the model through {@link ModelChoice}. */
    interface TokenScript {
        int next(ModelChoice model);

        /**
         * Called after each generated token, with how many more tokens the budget and the context still hold.
         *
         * @return true to end the generation here ({@link io.patentdesk.inference.StopReason#LINE_BUDGET})
         */
        boolean endsAfter(int token, int remaining);
    }

    /** The model's side of a step, for a {@link TokenScript}. */
    interface ModelChoice {
        /**
         * The model's token: this step's logits, {@code mask} applied before the sampling chain (null: none), with or
         * without the no-repeat bans.
         */
        int choose(boolean repeatBans, java.util.function.Consumer<float[]> mask);

        /** How many tokens after written ones the no-repeat bans would still see some of them. */
        int repeatSpan();

        /** Whether the token ends the generation (an end token, unless the request ignores them). */
        boolean ends(int token);
    }
}
