package io.patentdesk.analyzer;

import java.util.List;
import java.util.Optional;

/**
 * The claims parsed from one claims text.
 *
 * @param text             the claims text that was parsed
 * @param origin           where {@code text} begins in the caller's source (0 unless read from a whole file)
 * @param claims           the claims in the order written
 * @param unnumberedLeader text before the first numbered claim that is not a heading and was not taken as claim 1,
 *                         or null
 */
public record ClaimSet(String text, int origin, List<Claim> claims, Span unnumberedLeader) {

    public ClaimSet {
        claims = List.copyOf(claims);
    }

    public int size() {
        return claims.size();
    }

    public boolean isEmpty() {
        return claims.isEmpty();
    }

    /** The first claim written with this number. */
    public Optional<Claim> get(int number) {
        for (Claim c : claims) {
            if (c.number() == number) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Parses a claims text that starts at offset 0 of the caller's text. */
    public static ClaimSet parse(String claimsText) {
        return ClaimParser.parse(claimsText, 0);
    }
}
