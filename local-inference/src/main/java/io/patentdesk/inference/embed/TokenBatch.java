package io.patentdesk.inference.embed;

/**
 * Token ids of several texts in the row-major {@code [batch, length]} layout an encoder graph takes, padded with id 0
 * to the longest text; the attention mask is 1 over each text's own tokens and 0 over its padding.
 */
public record TokenBatch(int size, int length, long[] ids, long[] attentionMask, long[] typeIds) {

    static TokenBatch padded(java.util.List<EmbeddingTokenizer.Tokens> texts) {
        int length = 1;
        for (EmbeddingTokenizer.Tokens t : texts) {
            length = Math.max(length, t.length());
        }
        int n = texts.size();
        long[] flatIds = new long[n * length];
        long[] mask = new long[n * length];
        long[] types = new long[n * length];
        for (int b = 0; b < n; b++) {
            EmbeddingTokenizer.Tokens t = texts.get(b);
            System.arraycopy(t.ids(), 0, flatIds, b * length, t.length());
            System.arraycopy(t.typeIds(), 0, types, b * length, t.length());
            java.util.Arrays.fill(mask, b * length, b * length + t.length(), 1L);
        }
        return new TokenBatch(n, length, flatIds, mask, types);
    }

    /** Tokens of row {@code b} that are text, not padding. */
    public int tokens(int b) {
        int n = 0;
        for (int t = 0; t < length; t++) {
            n += (int) attentionMask[b * length + t];
        }
        return n;
    }
}
