package io.patentdesk.inference.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What each token of a SentencePiece-style {@code tokenizer.json} (Llama 2, Mistral, Phi-3, Gemma) stands for, read
 * from its decoder: a piece of text with {@code "▁"} for a space, or one byte ({@code <0x0A>}, byte fallback), and
 * how many leading spaces the decoder strips at the start of a sequence ({@code Strip} after {@code Fuse}, or
 * {@code Metaspace}'s rule for the first token). Only the decoders these tokenizers use are understood
 * ({@code Replace} of a plain string, {@code ByteFallback}, {@code Fuse}, {@code Strip}, {@code Metaspace}); for any
 * other, {@link #of} gives null and the native decoder is used.
 */
final class SentencePieces {

    /** The space marker of SentencePiece. */
    static final String MARKER = "\u2581";

    /** Per id: the token's text with the decoder's replacements applied; null for special tokens (never shown). */
    final String[] text;
    /** Per id: the byte a byte-fallback token stands for, or -1. */
    final int[] byteOf;
    /** Spaces stripped from the very start of a sequence's text (a {@code Strip} decoder after {@code Fuse}). */
    final int stripAtStart;
    /** Whether the first token of a sequence loses its spaces ({@code Metaspace}'s decoder: all its markers). */
    final boolean firstTokenWithoutSpaces;

    private SentencePieces(String[] text, int[] byteOf, int stripAtStart, boolean firstTokenWithoutSpaces) {
        this.text = text;
        this.byteOf = byteOf;
        this.stripAtStart = stripAtStart;
        this.firstTokenWithoutSpaces = firstTokenWithoutSpaces;
    }

    /** The table, or null when the tokenizer is not SentencePiece-style or its decoder has parts not understood. */
    static SentencePieces of(JsonNode root, int vocabSize) {
        JsonNode model = root.path("model");
        if (!model.path("vocab").isObject() || !"BPE".equals(model.path("type").asText())) {
            return null;
        }
        Decoding d = new Decoding();
        if (!d.read(root.path("decoder")) || !(d.replacesMarker || d.metaspace)) {
            return null;
        }
        String[] text = new String[vocabSize];
        int[] byteOf = new int[vocabSize];
        java.util.Arrays.fill(byteOf, -1);
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) model.path("vocab")::fields) {
            int id = e.getValue().asInt(-1);
            if (id >= 0 && id < vocabSize) {
                text[id] = d.apply(e.getKey());
                byteOf[id] = d.byteFallback ? byteValue(e.getKey()) : -1;
            }
        }
        for (JsonNode added : root.path("added_tokens")) {
            int id = added.path("id").asInt(-1);
            if (id >= 0 && id < vocabSize) {
                boolean special = added.path("special").asBoolean(false);
                text[id] = special ? null : d.apply(added.path("content").asText());
                byteOf[id] = special || !d.byteFallback ? -1 : byteValue(added.path("content").asText());
            }
        }
        return new SentencePieces(text, byteOf, d.strip, d.metaspaceFirst);
    }

    /** The byte of a {@code <0xNN>} token, or -1 (as the tokenizers library's ByteFallback reads it). */
    static int byteValue(String token) {
        if (token.length() != 6 || !token.startsWith("<0x") || !token.endsWith(">")) {
            return -1;
        }
        try {
            return Integer.parseInt(token.substring(3, 5), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The decoder's steps, as far as they are understood. */
    private static final class Decoding {
        boolean replacesMarker;
        boolean metaspace;
        boolean metaspaceFirst;
        boolean byteFallback;
        boolean fused;
        int strip;
        private final java.util.List<String[]> replacements = new java.util.ArrayList<>();

        boolean read(JsonNode decoder) {
            String type = decoder.path("type").asText();
            switch (type) {
                case "Sequence" -> {
                    for (JsonNode d : decoder.path("decoders")) {
                        if (!read(d)) {
                            return false;
                        }
                    }
                    return true;
                }
                case "Replace" -> {
                    JsonNode pattern = decoder.path("pattern").path("String");
                    if (!pattern.isTextual() || strip > 0) {
                        return false; // a regex pattern, or a replacement after the strip: not understood
                    }
                    replacements.add(new String[] {pattern.asText(), decoder.path("content").asText()});
                    replacesMarker |= MARKER.equals(pattern.asText()) && " ".equals(decoder.path("content").asText());
                    return true;
                }
                case "ByteFallback" -> {
                    byteFallback = true;
                    return true;
                }
                case "Fuse" -> {
                    fused = true;
                    return true;
                }
                case "Strip" -> {
                    // Only a strip of leading spaces from the fused text (what Llama's decoder ends with).
                    if (!fused || !" ".equals(decoder.path("content").asText()) || decoder.path("stop").asInt(0) != 0) {
                        return false;
                    }
                    strip = Math.max(strip, decoder.path("start").asInt(0));
                    return true;
                }
                case "Metaspace" -> {
                    if (!MARKER.equals(decoder.path("replacement").asText(MARKER))) {
                        return false;
                    }
                    metaspace = true;
                    replacements.add(new String[] {MARKER, " "});
                    String scheme = decoder.path("prepend_scheme").asText("");
                    boolean prepends = scheme.isEmpty() ? decoder.path("add_prefix_space").asBoolean(true)
                            : !"never".equals(scheme);
                    metaspaceFirst = prepends;
                    return true;
                }
                default -> {
                    return false;
                }
            }
        }

        String apply(String token) {
            String t = token;
            for (String[] r : replacements) {
                t = t.replace(r[0], r[1]);
            }
            return t;
        }
    }

    /** The UTF-8 bytes of a text piece. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
