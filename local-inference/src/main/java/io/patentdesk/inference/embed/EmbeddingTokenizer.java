package io.patentdesk.inference.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.patentdesk.inference.ModelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * An encoder model's {@code tokenizer.json} (BERT WordPiece and the like) through DJL's binding of the Hugging Face
 * tokenizers library, as the decoder's tokenizer is loaded. Texts are cut at the length the file's own truncation
 * names (the length the model was trained on); padding is left to {@link TokenBatch}, which pads a batch only to
 * its longest text instead of the file's fixed length.
 */
public final class EmbeddingTokenizer implements AutoCloseable {

    /** BERT's position table; used when the file names no truncation. */
    static final int DEFAULT_MAX_LENGTH = 512;

    private final HuggingFaceTokenizer tokenizer;
    private final int maxLength;

    private EmbeddingTokenizer(HuggingFaceTokenizer tokenizer, int maxLength) {
        this.tokenizer = tokenizer;
        this.maxLength = maxLength;
    }

    public static EmbeddingTokenizer load(byte[] tokenizerJson, String source) throws ModelException {
        int maxLength;
        try {
            JsonNode root = new ObjectMapper().readTree(tokenizerJson);
            maxLength = root.path("truncation").path("max_length").asInt(DEFAULT_MAX_LENGTH);
        } catch (IOException e) {
            throw new ModelException(source + " is not a readable tokenizer.json: " + firstLine(e), e);
        }
        try {
            HuggingFaceTokenizer t = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(tokenizerJson),
                    Map.of("truncation", "true", "maxLength", Integer.toString(maxLength), "padding", "false",
                            "addSpecialTokens", "true"));
            return new EmbeddingTokenizer(t, maxLength);
        } catch (IOException | RuntimeException e) {
            throw new ModelException(source + " cannot be loaded as a tokenizer: " + firstLine(e), e);
        }
    }

    /** Longest token sequence a text is cut to, special tokens included. */
    public int maxLength() {
        return maxLength;
    }

    /** Token ids of one text with the special tokens the post-processor adds ([CLS] ... [SEP]). */
    public long[] ids(String text) {
        return tokenizer.encode(text, true, false).getIds();
    }

    /** The texts' token ids and type ids, each cut to {@link #maxLength()}, unpadded. */
    public List<Tokens> encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts, true, false);
        List<Tokens> out = new java.util.ArrayList<>(encodings.length);
        for (Encoding e : encodings) {
            out.add(new Tokens(e.getIds(), e.getTypeIds()));
        }
        return out;
    }

    /** The texts' tokens padded to the longest of them. */
    public TokenBatch batch(List<String> texts) {
        return TokenBatch.padded(encode(texts));
    }

    /** One text's token ids and token type ids (segment A or B). */
    public record Tokens(long[] ids, long[] typeIds) {
        public int length() {
            return ids.length;
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
