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

    private TextTokenizer(HuggingFaceTokenizer tokenizer, int vocabSize, byte[][] byteLevelTokens) {
        this.tokenizer = tokenizer;
        this.vocabSize = vocabSize;
        this.byteLevelTokens = byteLevelTokens;
    }

    public static TextTokenizer load(Path tokenizerJson) throws ModelException {
        JsonNode json = Json.read(tokenizerJson);
        int vocab = vocabSize(json, tokenizerJson);
        try {
            // No truncation or padding: the context guard decides what is cut, and reports it.
            HuggingFaceTokenizer t = HuggingFaceTokenizer.newInstance(tokenizerJson,
                    Map.of("truncation", "false", "padding", "false", "addSpecialTokens", "true"));
            return new TextTokenizer(t, vocab, ByteLevelTokens.of(json, vocab));
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new ModelException("tokenizer.json in " + tokenizerJson.getParent() + " cannot be loaded: " + why, e);
        }
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

    /** A streaming detokenizer: the pure-Java byte-level one when the tokenizer allows it, else the general one. */
    public StreamingDetokenizer streaming() {
        return byteLevelTokens != null ? new ByteLevelDetokenizer(byteLevelTokens)
                : new IncrementalDetokenizer(this::decode);
    }

    /** The general window-decoding detokenizer, whatever the tokenizer (for tests comparing the two). */
    StreamingDetokenizer generalStreaming() {
        return new IncrementalDetokenizer(this::decode);
    }

    /** The bytes of each token id of a byte-level BPE vocabulary; null for other tokenizers. */
    public byte[][] byteLevelTokens() {
        return byteLevelTokens;
    }

    boolean isByteLevel() {
        return byteLevelTokens != null;
    }

    /** Whether the tokenizer's post-processor itself puts this token before every text (Llama-style). */
    public boolean addsPrefix(int tokenId) {
        int[] ids = encode("", true);
        return tokenId >= 0 && ids.length > 0 && ids[0] == tokenId;
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
