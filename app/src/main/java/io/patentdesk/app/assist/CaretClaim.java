package io.patentdesk.app.assist;

import io.patentdesk.analyzer.Claim;
import io.patentdesk.analyzer.ClaimSet;
import java.util.List;
import java.util.Optional;

/**
 * The claim the caret is in, as the claims analyzer's parser reads the claims (its numbers and spans, not a regex of
 * the app's own): the claim whose text holds the caret, the claim before it when the caret sits in the blank lines
 * after a claim, the first claim when the caret is before the claims.
 */
public final class CaretClaim {
    private CaretClaim() {
    }

    /** The claim at {@code caret} in {@code claimsText}; empty when the text has no numbered claim. */
    public static Optional<Claim> at(String claimsText, int caret) {
        List<Claim> claims = ClaimSet.parse(claimsText).claims().stream()
                .filter(c -> c.number() > 0 && c.numberSpan().length() > 0).toList(); // written numbers only
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Claim found = claims.get(0);
        for (Claim c : claims) {
            if (c.start() <= caret) {
                found = c;
            }
        }
        return Optional.of(found);
    }

    /** The number after the highest claim of {@code claimsText} (1 when it has none): where an appended claim goes. */
    public static int nextNumber(String claimsText) {
        return ClaimSet.parse(claimsText).claims().stream().mapToInt(Claim::number).max().orElse(0) + 1;
    }
}
