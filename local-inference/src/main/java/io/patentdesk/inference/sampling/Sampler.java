package io.patentdesk.inference.sampling;

import io.patentdesk.inference.Sampling;
import java.util.ArrayList;
import java.util.List;

/**
 * The chain for one generation, in Hugging Face's order: the decoding aids' bonuses (if any), repetition penalty,
 * no-repeat n-grams, the decoding aids' rules (if any), temperature, top-k, top-p, min-p, then choice. (An aid's
 * guidance, which needs a second model run, comes before all of them, in the generation task.)
 */
public final class Sampler {

    private final List<LogitsTransform> transforms;
    private final TokenChooser chooser;
    private final boolean plainGreedy;
    private final int repeatSpan;

    private Sampler(List<LogitsTransform> transforms, TokenChooser chooser, boolean greedy) {
        this.transforms = List.copyOf(transforms);
        this.chooser = chooser;
        this.plainGreedy = greedy && transforms.isEmpty();
        this.repeatSpan = transforms.stream().filter(t -> t instanceof NoRepeatNgram)
                .mapToInt(t -> ((NoRepeatNgram) t).size() - 1).max().orElse(0);
    }

    public static Sampler of(Sampling s) {
        return of(s, 0);
    }

    /**
     * @param promptLength how many leading history tokens are the prompt (n-grams are only banned after it)
     */
    public static Sampler of(Sampling s, int promptLength) {
        return of(s, promptLength, List.of(), List.of());
    }

    /**
     * @param before transforms applied first, to the raw logits (decoding aids' bonuses)
     * @param after  transforms applied after the no-repeat bans, before temperature (decoding aids' rules)
     */
    public static Sampler of(Sampling s, int promptLength, List<LogitsTransform> before, List<LogitsTransform> after) {
        List<LogitsTransform> chain = new ArrayList<>(before);
        if (s.repetitionPenalty() != 1) {
            chain.add(new RepetitionPenalty(s.repetitionPenalty()));
        }
        if (s.noRepeatNgram() > 0) {
            chain.add(new NoRepeatNgram(s.noRepeatNgram(), promptLength));
        }
        chain.addAll(after);
        if (s.isGreedy()) {
            return new Sampler(chain, TokenChooser.greedy(), true);
        }
        if (s.temperature() != 1) {
            chain.add(new Temperature(s.temperature()));
        }
        if (s.topK() > 0) {
            chain.add(new TopK(s.topK()));
        }
        if (s.topP() < 1) {
            chain.add(new TopP(s.topP()));
        }
        if (s.minP() > 0) {
            chain.add(new MinP(s.minP()));
        }
        return new Sampler(chain, TokenChooser.random(s.seed()), false);
    }

    /** Whether the choice is the arg-max of the raw logits, which the logits buffer can find without a copy. */
    public boolean isPlainGreedy() {
        return plainGreedy;
    }

    /** Transforms the logits in place and chooses a token. */
    public int next(float[] logits, int[] history, int length) {
        return next(logits, history, length, true);
    }

    /**
     * {@link #next(float[], int[], int)}, with the no-repeat n-gram bans left out when {@code repeatBans} is false:
     * for the first tokens after words written for the model (a decoding aid's line lead), whose n-grams repeat by design
     * ("of claim 1, wherein the" begins every dependent claim).
     */
    public int next(float[] logits, int[] history, int length, boolean repeatBans) {
        for (LogitsTransform t : transforms) {
            if (repeatBans || !(t instanceof NoRepeatNgram)) {
                t.apply(logits, history, length);
            }
        }
        return chooser.choose(logits);
    }

    /** How many tokens after written words the no-repeat bans would still see some of them: n - 1 of the largest n. */
    public int repeatSpan() {
        return repeatSpan;
    }
}
