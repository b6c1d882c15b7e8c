package io.patentdesk.app.amend;

import io.patentdesk.analyzer.ClaimStatus;
import java.util.List;

/**
 * One claim of a claim listing (37 CFR 1.121(c)): its number, its status identifier and its text as the listing shows
 * it. Only a currently amended claim has ADDED and DELETED pieces; a canceled (or not entered) claim has none at all.
 */
public record ListedClaim(int number, ClaimStatus status, List<Piece> text) {

    public ListedClaim {
        text = List.copyOf(text);
    }

    /** Whether the listing shows the number and status only ("3. (Canceled)"). */
    public boolean withoutText() {
        return status == ClaimStatus.CANCELED || status == ClaimStatus.NOT_ENTERED;
    }

    /** The words inside the parentheses: "Currently amended", "Withdrawn - Currently amended". */
    public String identifier() {
        return identifier(status);
    }

    static String identifier(ClaimStatus s) {
        return switch (s) {
            case ORIGINAL, NONE -> "Original";
            case CURRENTLY_AMENDED -> "Currently amended";
            case PREVIOUSLY_PRESENTED -> "Previously presented";
            case NEW -> "New";
            case WITHDRAWN -> "Withdrawn";
            case WITHDRAWN_CURRENTLY_AMENDED -> "Withdrawn - Currently amended";
            case CANCELED -> "Canceled";
            case NOT_ENTERED -> "Not entered";
        };
    }

    /** The claim as amended: the kept and added text, without the deletions. */
    public String amendedText() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : text) {
            if (p.kind() != Piece.Kind.DELETED) {
                sb.append(p.text());
            }
        }
        return sb.toString();
    }
}
