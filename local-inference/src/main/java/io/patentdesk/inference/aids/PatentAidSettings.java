package io.patentdesk.inference.aids;

import io.patentdesk.inference.sampling.NoRepeatNgram;
import io.patentdesk.inference.spi.AidSettings;
import java.util.Objects;

/**
 * The settings of PatentGPT-mini's decoding aids for one request, as a folder's {@code patentdesk.json} gives them
 * (the aid keys of its {@code "sampling"} objects, its word rules) plus the line leads the app writes.
 *
 * @param wordRules        banned words, article agreement, known words, banned openings ({@link WordRules#NONE}: none)
 * @param contextContrast  alpha of context-aware decoding ({@link ContextContrast}): above 0, each step also asks the
 *                         model what it would say without the user's text and leans away from that by alpha (0 = off;
 *                         prompts from a template only, since only they say which part is the user's)
 * @param plausibility     with context contrast, tokens whose probability given the input is below this fraction of
 *                         the most likely token's are only chosen when nothing else is allowed (0 = no limit)
 * @param nearRepeatWindow 3 or more: no 3-token phrase among the last this many generated tokens repeats (tight loops
 *                         such as "a layer, a layer and a layer"); 0 = off
 * @param copyBoost        above 0, a token that continues in the prompt the last two generated tokens gets this added
 *                         to its logit ({@link InputCopy}); 0 = off
 * @param inputWordBoost   above 0, each token of the prompt that begins a word gets this added to its logit
 *                         ({@link InputWords}); 0 = off
 * @param lineLeads        the first words of each further line ({@link LineLeads#NONE}: none)
 */
public record PatentAidSettings(WordRules wordRules, double contextContrast, double plausibility, int nearRepeatWindow,
        double copyBoost, double inputWordBoost, LineLeads lineLeads) implements AidSettings {

    /** The limit used when contrast is asked for without naming one: contrastive decoding's usual 0.1. */
    public static final double DEFAULT_PLAUSIBILITY = 0.1;

    /** No aid at all (what a task of a folder whose {@code patentdesk.json} names none gets). */
    public static final PatentAidSettings NONE = new PatentAidSettings(WordRules.NONE, 0, 0, 0, 0, 0, LineLeads.NONE);

    public PatentAidSettings {
        Objects.requireNonNull(wordRules, "wordRules");
        Objects.requireNonNull(lineLeads, "lineLeads");
        if (!(contextContrast >= 0 && contextContrast <= ContextContrast.MAX_ALPHA)) {
            throw new IllegalArgumentException("context contrast must be in [0, " + (int) ContextContrast.MAX_ALPHA
                    + "], was " + contextContrast);
        }
        if (!(plausibility >= 0 && plausibility < 1)) {
            throw new IllegalArgumentException("plausibility must be in [0, 1), was " + plausibility);
        }
        if (nearRepeatWindow < 0 || (nearRepeatWindow > 0 && nearRepeatWindow < NoRepeatNgram.NEAR_N)) {
            throw new IllegalArgumentException("near-repeat window must be 0 (off) or at least " + NoRepeatNgram.NEAR_N
                    + " tokens, was " + nearRepeatWindow);
        }
        if (!(copyBoost >= 0 && copyBoost <= InputCopy.MAX_BOOST)) {
            throw new IllegalArgumentException("copy boost must be in [0, " + (int) InputCopy.MAX_BOOST + "], was "
                    + copyBoost);
        }
        if (!(inputWordBoost >= 0 && inputWordBoost <= InputCopy.MAX_BOOST)) {
            throw new IllegalArgumentException("input-word boost must be in [0, " + (int) InputCopy.MAX_BOOST
                    + "], was " + inputWordBoost);
        }
    }

    /** Only word rules. */
    public static PatentAidSettings of(WordRules rules) {
        return NONE.withWordRules(rules);
    }

    /**
     * {@code settings} with line leads, when they are these aids' settings; other settings (a folder without these
     * aids, the plain path) are returned as they are: there the model writes every line itself.
     */
    public static AidSettings withLineLeads(AidSettings settings, LineLeads leads) {
        return settings instanceof PatentAidSettings p ? p.withLineLeads(leads) : settings;
    }

    /** Whether nothing is switched on. */
    public boolean isEmpty() {
        return equals(NONE);
    }

    public PatentAidSettings withWordRules(WordRules rules) {
        return new PatentAidSettings(rules, contextContrast, plausibility, nearRepeatWindow, copyBoost, inputWordBoost,
                lineLeads);
    }

    public PatentAidSettings withContextContrast(double alpha) {
        return new PatentAidSettings(wordRules, alpha, plausibility, nearRepeatWindow, copyBoost, inputWordBoost,
                lineLeads);
    }

    public PatentAidSettings withPlausibility(double beta) {
        return new PatentAidSettings(wordRules, contextContrast, beta, nearRepeatWindow, copyBoost, inputWordBoost,
                lineLeads);
    }

    public PatentAidSettings withNearRepeatWindow(int tokens) {
        return new PatentAidSettings(wordRules, contextContrast, plausibility, tokens, copyBoost, inputWordBoost,
                lineLeads);
    }

    public PatentAidSettings withCopyBoost(double boost) {
        return new PatentAidSettings(wordRules, contextContrast, plausibility, nearRepeatWindow, boost, inputWordBoost,
                lineLeads);
    }

    public PatentAidSettings withInputWordBoost(double boost) {
        return new PatentAidSettings(wordRules, contextContrast, plausibility, nearRepeatWindow, copyBoost, boost,
                lineLeads);
    }

    public PatentAidSettings withLineLeads(LineLeads leads) {
        return new PatentAidSettings(wordRules, contextContrast, plausibility, nearRepeatWindow, copyBoost,
                inputWordBoost, leads);
    }
}
