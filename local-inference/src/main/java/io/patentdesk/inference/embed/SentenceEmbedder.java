package io.patentdesk.inference.embed;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.EngineOptions;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.ModelException;
import io.patentdesk.inference.ProviderStatus;
import io.patentdesk.inference.model.ExecutionProviders;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sentence embeddings from a BERT-style encoder graph (all-MiniLM-L6-v2 and its kin): tokenize, run the graph on
 * batches of similar length, mean-pool the last hidden state under the attention mask, normalize to unit length.
 * Runs on the execution provider the decoder engine would use ({@link ExecutionProviders}). Safe to call from several
 * threads: ONNX Runtime sessions allow concurrent runs.
 */
public final class SentenceEmbedder implements AutoCloseable {

    static final String INPUT_IDS = "input_ids";
    static final String ATTENTION_MASK = "attention_mask";
    static final String TOKEN_TYPE_IDS = "token_type_ids";

    /**
     * Texts per graph run. One: this quantized graph picks one int8 range per activation tensor for the whole batch,
     * so a text's vector depended on its batch-mates (cosine to itself alone down to 0.987 in batches of 16 texts of
     * 40-100 words, even without padding), and on 2 CPU threads batches of 16 were slower too (5.5 s against 3.5 s
     * for 128 such texts). An unquantized encoder could batch; the grouping below keeps that open.
     */
    static final int BATCH = 1;
    /** Most padding tokens a text of a batch may carry when batches hold more than one text. */
    static final int PADDING_ALLOWED = 2;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final EmbeddingTokenizer tokenizer;
    private final boolean takesTypeIds;
    private final String output;
    private final ProviderStatus provider;

    private SentenceEmbedder(OrtEnvironment env, OrtSession session, EmbeddingTokenizer tokenizer,
            boolean takesTypeIds, String output, ProviderStatus provider) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.takesTypeIds = takesTypeIds;
        this.output = output;
        this.provider = provider;
    }

    /** Loads an encoder from files on disk (an {@code .onnx} graph and its {@code tokenizer.json}). */
    public static SentenceEmbedder load(Path graph, Path tokenizerJson, EngineOptions options) throws ModelException {
        try {
            return load(Files.readAllBytes(graph), Files.readAllBytes(tokenizerJson), graph.toString(), options);
        } catch (java.io.IOException e) {
            throw new ModelException("Cannot read the embedding model " + graph + ": " + e.getMessage(), e);
        }
    }

    /**
     * Loads an encoder held in memory (e.g. read from a jar's resources), so nothing has to be unpacked to disk.
     *
     * @param source a name for messages
     */
    public static SentenceEmbedder load(byte[] graph, byte[] tokenizerJson, String source, EngineOptions options)
            throws ModelException {
        EmbeddingTokenizer tokenizer = EmbeddingTokenizer.load(tokenizerJson, source);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try {
            ExecutionProviders.Configured configured = ExecutionProviders.configure(options);
            OrtSession session;
            try (OrtSession.SessionOptions so = configured.options()) {
                session = env.createSession(graph, so);
            }
            try {
                Map<String, NodeInfo> inputs = session.getInputInfo();
                if (!inputs.containsKey(INPUT_IDS) || !inputs.containsKey(ATTENTION_MASK)) {
                    throw new ModelException(source + " is not a sentence encoder: it takes " + inputs.keySet()
                            + ", not input_ids and attention_mask.");
                }
                String out = session.getOutputNames().contains("last_hidden_state") ? "last_hidden_state"
                        : session.getOutputNames().iterator().next();
                return new SentenceEmbedder(env, session, tokenizer, inputs.containsKey(TOKEN_TYPE_IDS), out,
                        configured.status());
            } catch (ModelException | RuntimeException e) {
                session.close();
                throw e;
            }
        } catch (OrtException e) {
            tokenizer.close();
            throw new ModelException(source + " cannot be loaded: " + ExecutionProviders.firstLine(e.getMessage()), e);
        } catch (ModelException | RuntimeException e) {
            tokenizer.close();
            throw e;
        }
    }

    /** Where the graph runs (CPU threads, or CUDA) and, on the CPU, why not CUDA. */
    public ProviderStatus provider() {
        return provider;
    }

    public EmbeddingTokenizer tokenizer() {
        return tokenizer;
    }

    /** One unit vector per text, in the texts' order; the same vector a text gets alone (see {@link #BATCH}). */
    public float[][] embed(List<String> texts) {
        return embed(texts, BATCH, PADDING_ALLOWED);
    }

    /** {@link #embed(List)} with other batching limits (for measurements). */
    float[][] embed(List<String> texts, int batchSize, int paddingAllowed) {
        float[][] out = new float[texts.size()][];
        List<EmbeddingTokenizer.Tokens> tokens = tokenizer.encode(texts);
        List<Integer> order = new ArrayList<>(IntStream.range(0, texts.size()).boxed().toList());
        order.sort(Comparator.comparingInt(i -> tokens.get(i).length()));
        int from = 0;
        while (from < order.size()) {
            int shortest = tokens.get(order.get(from)).length();
            int to = from + 1;
            while (to < order.size() && to - from < batchSize
                    && tokens.get(order.get(to)).length() <= shortest + paddingAllowed) {
                to++;
            }
            List<Integer> slice = order.subList(from, to);
            float[][] vectors = embedBatch(TokenBatch.padded(slice.stream().map(tokens::get).toList()));
            for (int i = 0; i < slice.size(); i++) {
                out[slice.get(i)] = vectors[i];
            }
            from = to;
        }
        return out;
    }

    /** The unit vector of one text. */
    public float[] embed(String text) {
        return embed(List.of(text))[0];
    }

    private float[][] embedBatch(TokenBatch batch) {
        long[] shape = {batch.size(), batch.length()};
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            feeds.put(INPUT_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(batch.ids()), shape));
            feeds.put(ATTENTION_MASK, OnnxTensor.createTensor(env, LongBuffer.wrap(batch.attentionMask()), shape));
            if (takesTypeIds) {
                feeds.put(TOKEN_TYPE_IDS, OnnxTensor.createTensor(env, LongBuffer.wrap(batch.typeIds()), shape));
            }
            try (OrtSession.Result result = session.run(feeds, java.util.Set.of(output))) {
                OnnxTensor hidden = (OnnxTensor) result.get(0);
                long[] dims = hidden.getInfo().getShape();
                if (dims.length != 3 || dims[0] != batch.size() || dims[1] != batch.length()) {
                    throw new InferenceException("The embedding model's output " + output + " has shape "
                            + java.util.Arrays.toString(dims) + ", not [batch, tokens, dim].");
                }
                FloatBuffer buffer = hidden.getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                return MeanPooling.pool(values, batch, (int) dims[2]);
            }
        } catch (OrtException e) {
            throw new InferenceException("Embedding failed: " + ExecutionProviders.firstLine(e.getMessage()), e);
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // Closing releases native memory; a failure here leaves nothing for the caller to do.
        } finally {
            tokenizer.close();
        }
    }
}
