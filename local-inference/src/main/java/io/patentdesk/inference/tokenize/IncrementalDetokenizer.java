package io.patentdesk.inference.tokenize;

import java.util.Arrays;

/**
 * Turns tokens into text one token at a time without ever showing half a character. Byte-level BPE tokens may end
 * inside a UTF-8 sequence, and some decoders change a token's text depending on what precedes it (leading spaces),
 * so each step decodes a short window twice — up to the last emitted point, and through the new token — and emits the
 * difference once it no longer ends in U+FFFD (the decoder's mark for an incomplete byte sequence).
 */
public final class IncrementalDetokenizer implements StreamingDetokenizer {

    private static final char REPLACEMENT = '\uFFFD';

    /** Decodes ids[from, to) to text. */
    interface Decoder {
        String decode(int[] ids, int from, int to);
    }

    private final Decoder decoder;
    private int[] ids = new int[64];
    private int size;
    private int prefixOffset;
    private int readOffset;

    /** How many context tokens the first window starts with: enough for a decoder's start-of-text rules. */
    static final int CONTEXT = 4;

    /**
     * @param context the tokens the stream continues (the prompt), of which the last few start the first window, so
     *                that a decoder that drops a leading space at the start of a sequence keeps the stream's first
     */
    IncrementalDetokenizer(Decoder decoder, int[] context) {
        this.decoder = decoder;
        int keep = Math.min(CONTEXT, context.length);
        ids = Arrays.copyOf(Arrays.copyOfRange(context, context.length - keep, context.length), Math.max(64, keep * 2));
        size = keep;
        readOffset = keep;
    }

    @Override
    public String push(int id) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
        }
        ids[size++] = id;
        String prefix = decoder.decode(ids, prefixOffset, readOffset);
        String full = decoder.decode(ids, prefixOffset, size);
        if (full.length() > prefix.length() && full.charAt(full.length() - 1) != REPLACEMENT
                && full.startsWith(prefix)) {
            prefixOffset = readOffset;
            readOffset = size;
            return full.substring(prefix.length());
        }
        return "";
    }

    @Override
    public String flush() {
        String prefix = decoder.decode(ids, prefixOffset, readOffset);
        String full = decoder.decode(ids, prefixOffset, size);
        prefixOffset = readOffset = size;
        if (full.length() <= prefix.length() || !full.startsWith(prefix)) {
            return "";
        }
        String rest = full.substring(prefix.length());
        int end = rest.length();
        while (end > 0 && rest.charAt(end - 1) == REPLACEMENT) {
            end--;
        }
        return rest.substring(0, end);
    }
}
