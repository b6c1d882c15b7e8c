package io.patentdesk.analyzer;

/** How a claim's references to other claims are joined. */
public enum ReferenceMode {
    /** No reference: an independent claim. */
    NONE,
    /** One claim. */
    SINGLE,
    /** In the alternative: "claim 1 or 2", "any one of claims 1 to 3", "any preceding claim". */
    ALTERNATIVE,
    /** Cumulative: "claims 1 and 2", "claims 1-3" without "any"; improper for a multiple dependent claim. */
    CUMULATIVE
}
