package io.patentdesk.inference.sampling;

import java.util.SplittableRandom;

/** Picks the token from transformed logits: the most likely one, or a seeded random draw. */
public interface TokenChooser {

    int choose(float[] logits);

    /** The highest logit; the lowest index wins a tie, so greedy decoding is deterministic. */
    static TokenChooser greedy() {
        return TokenChooser::argmax;
    }

    /** A draw from softmax(logits) with a generator seeded per generation, so the same seed repeats the text. */
    static TokenChooser random(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] scratch = {new double[0]};
        return logits -> {
            if (scratch[0].length != logits.length) {
                scratch[0] = new double[logits.length];
            }
            double[] probs = Softmax.probabilities(logits, scratch[0]);
            double u = random.nextDouble();
            double cumulative = 0;
            int last = -1;
            for (int i = 0; i < probs.length; i++) {
                if (probs[i] > 0) {
                    cumulative += probs[i];
                    last = i;
                    if (u < cumulative) {
                        return i;
                    }
                }
            }
            return last; // rounding left u above the total
        };
    }

    static int argmax(float[] logits) {
        int best = 0;
        for (int i = 1; i < logits.length; i++) {
            if (logits[i] > logits[best]) {
                best = i;
            }
        }
        return best;
    }
}
