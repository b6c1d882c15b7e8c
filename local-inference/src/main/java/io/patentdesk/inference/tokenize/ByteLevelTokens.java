package io.patentdesk.inference.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The bytes each token of a byte-level BPE tokenizer stands for, read from {@code tokenizer.json}: GPT-2's table maps
 * each byte to a printable character, and the ByteLevel decoder maps them back (a token with a character outside the
 * table stands for its own UTF-8 bytes, as in the tokenizers library). Special tokens decode to nothing.
 */
public final class ByteLevelTokens {

    private ByteLevelTokens() {
    }

    /** Bytes per id, or null when the tokenizer is not plain byte-level BPE (then the native decoder is used). */
    static byte[][] of(JsonNode root, int vocabSize) {
        JsonNode decoder = root.path("decoder");
        JsonNode model = root.path("model");
        if (!"ByteLevel".equals(decoder.path("type").asText()) || !"BPE".equals(model.path("type").asText())
                || model.path("byte_fallback").asBoolean(false) || !model.path("vocab").isObject()) {
            return null;
        }
        Map<Character, Integer> charToByte = charToByte();
        byte[][] out = new byte[vocabSize][];
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) model.path("vocab")::fields) {
            int id = e.getValue().asInt(-1);
            if (id >= 0 && id < vocabSize) {
                out[id] = bytes(e.getKey(), charToByte);
            }
        }
        for (JsonNode added : root.path("added_tokens")) {
            int id = added.path("id").asInt(-1);
            if (id >= 0 && id < vocabSize) {
                out[id] = added.path("special").asBoolean(false) ? new byte[0]
                        : bytes(added.path("content").asText(), charToByte);
            }
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = new byte[0]; // an id without a token decodes to nothing, as in the tokenizers library
            }
        }
        return out;
    }

    private static byte[] bytes(String token, Map<Character, Integer> charToByte) {
        byte[] b = new byte[token.length()];
        for (int i = 0; i < token.length(); i++) {
            Integer v = charToByte.get(token.charAt(i));
            if (v == null) {
                return token.getBytes(StandardCharsets.UTF_8);
            }
            b[i] = (byte) (int) v;
        }
        return b;
    }

    /** Whether a token byte is an ASCII letter: what the word rules count as part of a word. */
    public static boolean isLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** GPT-2's bytes_to_unicode, inverted. */
    static Map<Character, Integer> charToByte() {
        Map<Character, Integer> m = new HashMap<>();
        int n = 0;
        for (int b = 0; b < 256; b++) {
            boolean printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
            m.put((char) (printable ? b : 256 + n++), b);
        }
        return m;
    }
}
