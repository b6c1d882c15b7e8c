package io.patentdesk.app.prior;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a chart cell is about, independent of where it stands in one chart: a passage (by the SHA-256 of its text) of
 * a reference (by the SHA-256 of its file, or {@link #SPECIFICATION}) against an element of a claim (number and
 * text). A reviewer's mark stored under this key comes back when the same references are charted again, whether
 * they were indexed anew or read from the cache, and whatever other references were added or removed.
 */
public record ChartCellKey(String referenceSha, int claim, String element, String passageSha) {
    /** The reference key of the matter's own specification (its text changes with every edit; its passages less). */
    public static final String SPECIFICATION = "specification";

    /** The key of passage {@code match} of element {@code row}; {@code referenceKeys} in the chart's reference order. */
    public static ChartCellKey of(ClaimChart chart, List<String> referenceKeys, int row, int match) {
        ClaimChart.Row r = chart.elements().get(row);
        ClaimChart.Match m = r.matches().get(match);
        return new ChartCellKey(referenceKeys.get(m.reference()), r.claim(), r.text(), sha256(m.text()));
    }

    /** SHA-256 of a text's UTF-8 bytes, in hex. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
