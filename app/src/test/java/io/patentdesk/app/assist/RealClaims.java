package io.patentdesk.app.assist;

/** Claims quoted from US 8,090,168 B2 (public US patent text), a method/system/medium family. */
final class RealClaims {
    private RealClaims() {
    }

    static final String METHOD = "1. A method for visualizing a registered image, the method comprising: receiving a "
            + "first image data set and at least one other image data set; displaying at least a portion of the first "
            + "image data set on a first portion of a display; displaying at least a portion of the at least one "
            + "other image data set on a second portion of the display; and selectively adjusting display of the at "
            + "least a portion of the at least one other image data to provide a context to the first image data set.";

    static final String MEDIUM = "20. A computer readable medium comprising one or more tangible media, wherein the "
            + "one or more tangible media comprise: code adapted to receive a first image data set and at least one "
            + "other image data set; code adapted to display at least a portion of the first image data set on a "
            + "first portion of a display; code adapted to display at least a portion of the at least one other "
            + "image data set on a second portion of the display; and code adapted to selectively adjusting display "
            + "of the at least a portion of the at least one other image data to provide a context to the first "
            + "image data set.";

    static final String SYSTEM = "22. A system, comprising: at least one imaging system configured to obtain a first "
            + "image data set and at least one other image data set; a processing sub-system operationally coupled "
            + "to the at least one imaging system and comprising a visualization platform configured to: display at "
            + "least a portion of the first image data set on a first portion of a display; display at least a "
            + "portion of the at least one other image data set on a second portion of the display; and selectively "
            + "adjust display of the at least a portion of the at least one other image data to provide a context "
            + "to the first image data set.";

    /** US 8,088,364 B2 claim 1: a composition, structural. */
    static final String COMPOSITION = "1. A personal-care composition in the form of a water-in-oil emulsion "
            + "comprising: a) at least about 10% of a non-polar silicone oil; b) from about 0.1% to about 10% "
            + "oxybenzone; and c) from about 1% to about 5% avobenzone; wherein the weight ratio of oxybenzone to "
            + "avobenzone is from 1.0 to 1.5.";

    static final String STEPS = "receiving a first image data set and at least one other image data set;\n"
            + "displaying at least a portion of the first image data set on a first portion of a display;\n"
            + "displaying at least a portion of the at least one other image data set on a second portion of the "
            + "display; and\n"
            + "selectively adjusting display of the at least a portion of the at least one other image data to "
            + "provide a context to the first image data set.";
}
