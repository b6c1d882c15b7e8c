package io.patentdesk.inference.tokenize;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.json.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** {@code tokenizer.json} through DJL's binding of the Hugging Face tokenizers library (bundled native code). */
public final class TextTokenizer implements AutoCloseable {

    private final HuggingFaceTokenizer tokenizer;
    private final int vocabSize;
    private final byte[][] byteLevelTokens;
    private final SentencePieces sentencePieces;
    private SpecialTokens specials = SpecialTokens.NONE;

    private TextTokenizer(HuggingFaceTokenizer tokenizer, int vocabSize, byte[][] byteLevelTokens,
            SentencePieces sentencePieces) {
        this.tokenizer = tokenizer;
        this.vocabSize = vocabSize;
        this.byteLevelTokens = byteLevelTokens;
        this.sentencePieces = sentencePieces;
    }

    /**
     * Loads {@code tokenizer.json}; the special tokens around a text follow its post-processor and, beside it,
     * {@code tokenizer_config.json}'s {@code add_bos_token} / {@code add_eos_token} ({@link SpecialTokens}).
     */
    public static TextTokenizer load(Path tokenizerJson) throws ModelException {
        JsonNode json = Json.read(tokenizerJson);
        int vocab = vocabSize(json, tokenizerJson);
        Path dir = tokenizerJson.toAbsolutePath().getParent();
        JsonNode config = dir == null ? null : Json.readIfPresent(dir.resolve("tokenizer_config.json"));
        TextTokenizer loaded;
        try {
            // No truncation or padding: the context guard decides what is cut, and reports it.
            HuggingFaceTokenizer t = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"));
            byte[][] byteLevel = ByteLevelTokens.of(json, vocab);
            loaded = new TextTokenizer(t, vocab, byteLevel, byteLevel != null ? null : SentencePieces.of(json, vocab));
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ModelException("tokenizer.json in " + tokenizerJson.getParent() + " cannot be loaded: " + why, e);
        }
        String probe = "a";
        loaded.specials = SpecialTokens.of(loaded.encode(probe, true), loaded.encode(probe, false), config,
                idsByToken(json)::applyAsInt);
        return loaded;
    }

    /** The id of each token text, added tokens first (as the tokenizers library looks them up). */
    private static java.util.function.ToIntFunction<String> idsByToken(JsonNode root) {
        Map<String, Integer> ids = new java.util.HashMap<>();
        JsonNode vocab = root.path("model").path("vocab");
        if (vocab.isObject()) {
            ((Iterable<Map.Entry<String, JsonNode>>) vocab::fields).forEach(e -> ids.put(e.getKey(), e.getValue().asInt()));
        }
        for (JsonNode added : root.path("added_tokens")) {
            ids.put(added.path("content").asText(), added.path("id").asInt(-1));
        }
        return token -> ids.getOrDefault(token, -1);
    }

    /** The byte a SentencePiece byte-fallback token ({@code <0x0A>}) stands for; -1 for other tokens and tokenizers. */
    public int sentencePieceByte(int id) {
        return sentencePieces == null || id < 0 || id >= sentencePieces.byteOf.length ? -1 : sentencePieces.byteOf[id];
    }

    /** The special tokens put around every text (a BOS token before it, where the tokenizer asks for one). */
    public SpecialTokens specials() {
        return specials;
    }

    /** Highest token id + 1 over the model vocabulary and the added tokens. */
    private static int vocabSize(JsonNode root, Path file) throws ModelException {
        int max = -1;
        JsonNode vocab = root.path("model").path("vocab");
        if (vocab.isObject()) {
            for (JsonNode id : (Iterable<JsonNode>) vocab::elements) {
                max = Math.max(max, id.asInt());
            }
        } else if (vocab.isArray()) {
            max = vocab.size() - 1; // Unigram: a list of [piece, score]
        }
        for (JsonNode added : root.path("added_tokens")) {
            max = Math.max(max, added.path("id").asInt(-1));
        }
        if (max < 0) {
            throw new ModelException("tokenizer.json in " + file.getParent() + " has no vocabulary.");
        }
        return max + 1;
    }

    public int vocabSize() {
        return vocabSize;
    }

    /** Token ids of a text; {@code special} adds what the tokenizer's post-processor adds (e.g. a BOS token). */
    public int[] encode(String text, boolean special) {
        if (text.isEmpty() && !special) {
            return new int[0];
        }
        long[] ids = tokenizer.encode(text, special, false).getIds();
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = Math.toIntExact(ids[i]);
        }
        return out;
    }

    /**
     * Token ids of a text that continues other text (a prompt's body after its head). A SentencePiece-style tokenizer
     * marks the start of every text it encodes as a word start ({@code "▁"}, Llama's Prepend normalizer, Metaspace's
     * prepend scheme), which inside a prompt would add a space that is not there; so the text is encoded after a line
     * break, whose tokens are then left out. Byte-level tokenizers add nothing and encode it as it is.
     */
    public int[] encodeAfter(String text) {
        if (sentencePieces == null || text.isEmpty()) {
            return encode(text, false);
        }
        int[] anchor = encode("\n", false);
        int[] both = encode("\n" + text, false);
        if (both.length >= anchor.length && java.util.Arrays.equals(both, 0, anchor.length, anchor, 0, anchor.length)) {
            return java.util.Arrays.copyOfRange(both, anchor.length, both.length);
        }
        return encode(text, false); // the text merged into the line break: encoded on its own after all
    }

    /** A streaming detokenizer for a whole sequence (its first token begins the text). */
    public StreamingDetokenizer streaming() {
        return streaming(new int[0]);
    }

    /**
     * A streaming detokenizer for tokens that continue {@code context} (the prompt): the pure-Java byte-level or
     * SentencePiece one when the tokenizer allows it, else the general one, which decodes a window that starts in the
     * context so that a leading space the decoder drops at the start of a sequence is kept.
     */
    public StreamingDetokenizer streaming(int[] context) {
        if (byteLevelTokens != null) {
            return new ByteLevelDetokenizer(byteLevelTokens);
        }
        if (sentencePieces != null) {
            boolean atStart = java.util.stream.IntStream.of(context)
                    .allMatch(id -> id < 0 || id >= sentencePieces.text.length || sentencePieces.text[id] == null);
            return new SentencePieceDetokenizer(sentencePieces, atStart);
        }
        return new IncrementalDetokenizer(this::decode, context);
    }

    /** The general window-decoding detokenizer, whatever the tokenizer (for tests comparing the two). */
    public StreamingDetokenizer generalStreaming() {
        return new IncrementalDetokenizer(this::decode, new int[0]);
    }

    /** The general window-decoding detokenizer for tokens that continue {@code context}. */
    public StreamingDetokenizer generalStreaming(int[] context) {
        return new IncrementalDetokenizer(this::decode, context);
    }

    /** The bytes of each token id of a byte-level BPE vocabulary; null for other tokenizers. */
    public byte[][] byteLevelTokens() {
        return byteLevelTokens;
    }

    boolean isByteLevel() {
        return byteLevelTokens != null;
    }

    /** Text of ids[from, to), without special tokens. */
    public String decode(int[] ids, int from, int to) {
        long[] l = new long[to - from];
        for (int i = from; i < to; i++) {
            l[i - from] = ids[i];
        }
        return tokenizer.decode(l, true);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
