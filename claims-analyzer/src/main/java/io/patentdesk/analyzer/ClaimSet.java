package io.patentdesk.analyzer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims parsed from one claims text. Immutable.
 *
 * <p>{@code text} is the claims text that was parsed; {@code origin} is where it begins in the caller's source (0
 * unless read from a whole file); {@code claims} are the claims in the order written; {@code unnumberedLeader} is text
 * before the first numbered claim that is not a heading and was not taken as claim 1, or null; {@code inputQuality}
 * is what the parser found wrong with the text itself (OCR debris, claims cut off in copying).
 */
public final class ClaimSet {

    private final String text;
    private final int origin;
    private final List<Claim> claims;
    private final Span unnumberedLeader;
    private final InputQuality inputQuality;
    private final Map<Integer, Claim> byNumber = new HashMap<>();

    public ClaimSet(String text, int origin, List<Claim> claims, Span unnumberedLeader) {
        this(text, origin, claims, unnumberedLeader, InputQuality.none());
    }

    public ClaimSet(String text, int origin, List<Claim> claims, Span unnumberedLeader, InputQuality inputQuality) {
        this.text = Objects.requireNonNull(text, "text");
        this.origin = origin;
        this.claims = List.copyOf(claims);
        this.unnumberedLeader = unnumberedLeader;
        this.inputQuality = Objects.requireNonNull(inputQuality, "inputQuality");
        for (Claim c : this.claims) {
            byNumber.putIfAbsent(c.number(), c);
        }
    }

    public String text() {
        return text;
    }

    public int origin() {
        return origin;
    }

    public List<Claim> claims() {
        return claims;
    }

    public Span unnumberedLeader() {
        return unnumberedLeader;
    }

    /** What is wrong with the text itself; {@link InputQuality#isEmpty()} for a clean text. */
    public InputQuality inputQuality() {
        return inputQuality;
    }

    public int size() {
        return claims.size();
    }

    public boolean isEmpty() {
        return claims.isEmpty();
    }

    /** The first claim written with this number. */
    public Optional<Claim> get(int number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** Parses a claims text that starts at offset 0 of the caller's text. */
    public static ClaimSet parse(String claimsText) {
        return ClaimParser.parse(claimsText, 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClaimSet s && s.origin == origin && s.text.equals(text) && s.claims.equals(claims)
                && Objects.equals(s.unnumberedLeader, unnumberedLeader);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, origin, claims, unnumberedLeader);
    }

    @Override
    public String toString() {
        return "ClaimSet[" + claims.size() + " claims, origin " + origin + "]";
    }
}
