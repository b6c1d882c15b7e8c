package io.patentdesk.app.matter;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

/**
 * A comment on a range of a matter's text, as a reviewer leaves one in Word.
 *
 * @param id      identity, stable for the life of the comment
 * @param part    "claims" or a section's key ({@link Section#key()})
 * @param start   where the range starts in that part's text
 * @param end     where it ends (exclusive)
 * @param quote   the text commented on, as it was: it finds the range again after edits ({@link #anchoredIn})
 * @param text    what the comment says
 * @param created when it was written
 */
public record Comment(String id, String part, int start, int end, String quote, String text, Instant created) {

    /** The part key of the claims. */
    public static final String CLAIMS = "claims";

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(part, "part");
        quote = quote == null ? "" : quote;
        text = text == null ? "" : text;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        created = created.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A new comment on {@code [start, end)} of {@code partText}. */
    public static Comment on(String part, String partText, int start, int end, String text) {
        return new Comment(UUID.randomUUID().toString(), part, start, end, partText.substring(start, end), text,
                Instant.now());
    }

    public Comment withText(String newText) {
        return new Comment(id, part, start, end, quote, newText, created);
    }

    /**
     * The comment moved to where its quote now is in {@code partText}: unchanged if the text at its range is still
     * the quote, else at the occurrence of the quote nearest the old start; empty when the quote is gone (the text
     * commented on was deleted or rewritten).
     */
    public java.util.Optional<Comment> anchoredIn(String partText) {
        if (end <= partText.length() && partText.substring(start, end).equals(quote)) {
            return java.util.Optional.of(this);
        }
        if (quote.isEmpty()) {
            return java.util.Optional.empty();
        }
        int best = -1;
        for (int i = partText.indexOf(quote); i >= 0; i = partText.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - start) < Math.abs(best - start)) {
                best = i;
            }
        }
        return best < 0 ? java.util.Optional.empty()
                : java.util.Optional.of(new Comment(id, part, best, best + quote.length(), quote, text, created));
    }

    /** The text of {@code part} in {@code m}. */
    public static String partText(Matter m, String part) {
        return CLAIMS.equals(part) ? m.claims() : Section.ofKey(part).map(m::section).orElse("");
    }
}
