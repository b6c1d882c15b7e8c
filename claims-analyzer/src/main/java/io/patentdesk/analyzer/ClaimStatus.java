package io.patentdesk.analyzer;

/**
 * The status identifier a claim listing in an amendment carries after the claim number, e.g. "2. (Currently amended)"
 * (37 CFR 1.121(c)). {@link #NONE} for claims written without one.
 */
public enum ClaimStatus {
    NONE, ORIGINAL, CURRENTLY_AMENDED, PREVIOUSLY_PRESENTED, NEW, WITHDRAWN, WITHDRAWN_CURRENTLY_AMENDED, CANCELED,
    NOT_ENTERED;

    /** Reads the words inside the parentheses ("Currently amended", "Cancelled"); null when not a status. */
    static ClaimStatus parse(String words) {
        String w = words.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s\\-]+", " ").strip();
        return switch (w) {
            case "original" -> ORIGINAL;
            case "currently amended", "amended" -> CURRENTLY_AMENDED;
            case "previously presented", "previously amended" -> PREVIOUSLY_PRESENTED;
            case "new" -> NEW;
            case "withdrawn" -> WITHDRAWN;
            case "withdrawn currently amended" -> WITHDRAWN_CURRENTLY_AMENDED;
            case "canceled", "cancelled" -> CANCELED;
            case "not entered" -> NOT_ENTERED;
            default -> null;
        };
    }
}
