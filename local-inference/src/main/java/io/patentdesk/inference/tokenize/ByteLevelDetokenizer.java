package io.patentdesk.inference.tokenize;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path for byte-level BPE (GPT-2 style) tokenizers: every token stands for fixed bytes, so streaming is
 * appending bytes and decoding the complete UTF-8 characters among them, in Java, without a native call per token.
 * Gives the same text as the tokenizer's own decoder (checked against it in the tests).
 */
public final class ByteLevelDetokenizer implements StreamingDetokenizer {

    private final byte[][] bytesById;
    private byte[] pending = new byte[32];
    private int length;

    /** @param bytesById the bytes of each token id; empty for special tokens, which are not shown */
    ByteLevelDetokenizer(byte[][] bytesById) {
        this.bytesById = bytesById;
    }

    @Override
    public String push(int id) {
        byte[] b = id >= 0 && id < bytesById.length ? bytesById[id] : new byte[0];
        if (length + b.length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pending.length * 2, length + b.length));
        }
        System.arraycopy(b, 0, pending, length, b.length);
        length += b.length;
        int complete = completePrefix(pending, length);
        if (complete == 0) {
            return "";
        }
        String text = new String(pending, 0, complete, StandardCharsets.UTF_8);
        System.arraycopy(pending, complete, pending, 0, length - complete);
        length -= complete;
        return text;
    }

    @Override
    public String flush() {
        length = 0; // what is left is the start of a character that never completed
        return "";
    }

    /**
     * Length of the longest prefix that does not end inside a UTF-8 sequence which later bytes could still complete.
     * Invalid bytes count as complete: they decode to U+FFFD, as in the tokenizer's own lossy decoding.
     */
    static int completePrefix(byte[] bytes, int length) {
        int continuation = 0;
        for (int i = length - 1; i >= 0 && i >= length - 4; i--) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continuation++;
                continue;
            }
            int needed = b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xC2 && b <= 0xDF ? 1 : -1;
            return needed > continuation ? i : length;
        }
        return length;
    }
}
