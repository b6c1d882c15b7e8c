package io.patentdesk.analyzer;

/**
 * The status identifier a claim listing in an amendment carries after the claim number, e.g. "2. (Currently amended)"
 * (37 CFR 1.121(c)). {@link #NONE} for claims written without one.
 */
public enum ClaimStatus {
    NONE, ORIGINAL, CURRENTLY_AMENDED, PREVIOUSLY_PRESENTED, NEW, WITHDRAWN, WITHDRAWN_CURRENTLY_AMENDED, CANCELED,
    NOT_ENTERED;

    /**
     * Reads the words inside the parentheses ("Currently amended", "Cancelled", "canceled without prejudice",
     * "Withdrawn - Currently Amended", "Newly added"); null when they are no status.
     */
    static ClaimStatus parse(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-\\u2010-\\u2015,/:.]+", " ").strip();
        if (w.startsWith("claim ")) {
            w = w.substring(6); // "(Claim canceled)"
        }
        if (w.startsWith("canceled") || w.startsWith("cancelled")) {
            return CANCELED; // "canceled without prejudice or disclaimer", "cancelled herein"
        }
        return switch (w) {
            case "original", "original claim" -> ORIGINAL;
            case "currently amended", "presently amended", "amended", "currently amended claim" -> CURRENTLY_AMENDED;
            case "previously presented", "previously amended", "previously added", "previously submitted" ->
                    PREVIOUSLY_PRESENTED;
            case "new", "newly added", "added", "new claim" -> NEW;
            case "withdrawn", "previously withdrawn", "withdrawn previously presented", "withdrawn original",
                    "withdrawn new" -> WITHDRAWN;
            case "withdrawn currently amended", "currently amended withdrawn", "withdrawn amended" ->
                    WITHDRAWN_CURRENTLY_AMENDED;
            case "not entered" -> NOT_ENTERED;
            default -> null;
        };
    }
}
