package io.patentdesk.app.assist;

import io.patentdesk.analyzer.ClaimCategory;

/**
 * A claim drafted in another statutory category from an independent claim, for the user to edit.
 *
 * @param category what the new claim is directed to
 * @param from     the number of the claim it was made from
 * @param text     the claim without a number ("A method comprising:\nreceiving ...")
 */
public record ClaimSkeleton(ClaimCategory category, int from, String text) {
    /** The claim as it would stand in the claims, numbered {@code number}. */
    public String numbered(int number) {
        return number + ". " + text;
    }
}
