package io.patentdesk.analyzer;

import java.util.Locale;

/**
 * How sure the analyzer is that a finding is a real problem. The checks read claims without a full parser, so some
 * findings rest on a guess (where a noun phrase ends, whether a part is inherent to a named thing); the user can hide
 * the least sure ones. An {@link Severity#ERROR} is always {@link #CERTAIN} or {@link #LIKELY}.
 */
public enum Confidence {
    /** The text shows the problem unambiguously (a missing claim, a term never introduced anywhere). */
    CERTAIN,
    /** An examiner would very probably cite it, but a reading exists under which it is fine. */
    LIKELY,
    /** Worth a look; examiners cite it sometimes (parts of a named thing, wording in a purpose phrase). */
    POSSIBLE;

    /** Lower-case id used in JSON output ("certain", "likely", "possible"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
