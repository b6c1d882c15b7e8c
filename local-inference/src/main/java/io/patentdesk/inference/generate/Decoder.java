package io.patentdesk.inference.generate;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.model.DecoderSignature;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One forward pass at a time over the ONNX session: feeds token ids, positions, the attention mask (or
 * GroupQueryAttention's seqlens_k and total_sequence_length) and the KV cache, and leaves the logits in the pinned
 * {@link LogitsBuffer}. The small int inputs live in reused direct buffers, so a decode step allocates only the tensor
 * headers ONNX Runtime needs.
 */
public final class Decoder implements AutoCloseable {

    private final OrtEnvironment env;
    private final OrtSession session;
    private final DecoderSignature sig;
    private final LogitsBuffer logits;
    private final int maxChunk;
    private final int idBytes;
    private final int maskBytes;
    private final ByteBuffer ids;
    private final ByteBuffer positions;
    private final ByteBuffer ones;
    private final OnnxTensor oneId;
    private final OnnxTensor onePosition;
    private final OnnxTensor useCacheTrue;
    private final OnnxTensor useCacheFalse;
    private final Map<String, OnnxTensorLike> emptyPast = new HashMap<>();
    private final Set<String> requested;
    /** Whether caches keep their KV in buffers shared by past and present (see {@link SharedKvBuffers}). */
    private final boolean sharedKv;
    private final Map<String, OnnxTensorLike> inputs = new HashMap<>();
    private final Map<String, OnnxTensor> pinned = new HashMap<>(2);
    /** Attention masks by length, made on first use: a decode step then creates no tensor at all. */
    private final OnnxTensor[] masks;

    public Decoder(OrtEnvironment env, OrtSession session, DecoderSignature sig, int vocab, int contextLength, int maxChunk)
            throws OrtException {
        this.env = env;
        this.session = session;
        this.sig = sig;
        this.maxChunk = maxChunk;
        this.idBytes = sig.idsType() == OnnxJavaType.INT64 ? 8 : 4;
        this.maskBytes = sig.maskType() == OnnxJavaType.INT64 ? 8 : 4;
        this.ids = direct(maxChunk * idBytes);
        this.positions = direct(maxChunk * idBytes);
        this.ones = direct(contextLength * maskBytes);
        for (int i = 0; i < contextLength; i++) {
            put(ones, maskBytes, i, 1);
        }
        this.logits = new LogitsBuffer(env, sig.logitsType(), vocab, maxChunk);
        this.oneId = intTensor(ids, 1, sig.idsType());
        this.onePosition = intTensor(positions, 1, sig.idsType());
        this.useCacheTrue = OnnxTensor.createTensor(env, new boolean[] {true});
        this.useCacheFalse = OnnxTensor.createTensor(env, new boolean[] {false});
        for (String name : sig.pastNames()) {
            emptyPast.put(name, OnnxTensor.createTensor(env, direct(0), sig.pastShape(0), sig.kvType()));
        }
        // Shared KV buffers are bound as outputs; otherwise ONNX Runtime allocates each step's presents.
        this.sharedKv = sig.sharedKvBuffer() && SharedKvBuffers.affordable(sig, contextLength);
        this.requested = sharedKv ? Set.of() : new LinkedHashSet<>(sig.presentNames());
        this.masks = new OnnxTensor[contextLength + 1];
    }

    private static ByteBuffer direct(int bytes) {
        return ByteBuffer.allocateDirect(bytes).order(ByteOrder.nativeOrder());
    }

    private static void put(ByteBuffer b, int width, int index, long value) {
        if (width == 8) {
            b.putLong(index * 8, value);
        } else {
            b.putInt(index * 4, Math.toIntExact(value));
        }
    }

    private OnnxTensor intTensor(ByteBuffer buffer, int count, OnnxJavaType type) throws OrtException {
        int width = type == OnnxJavaType.INT64 ? 8 : 4;
        ByteBuffer view = buffer.slice(0, count * width).order(ByteOrder.nativeOrder());
        return OnnxTensor.createTensor(env, view, new long[] {1, count}, type);
    }

    /** Another decoder over the same session, prefilling at most {@code chunk} tokens per run. */
    Decoder withMaxChunk(int chunk) throws OrtException {
        return new Decoder(env, session, sig, logits.vocab(), masks.length - 1, chunk);
    }

    /** Whether this decoder's caches share one buffer between past and present. */
    boolean sharesKvBuffers() {
        return sharedKv;
    }

    public KvCache newCache() {
        return new KvCache(sig, emptyPast, sharedKv ? new SharedKvBuffers(env, sig, masks.length - 1) : null);
    }

    public LogitsBuffer logits() {
        return logits;
    }

    int maxChunk() {
        return maxChunk;
    }

    public DecoderSignature signature() {
        return sig;
    }

    /**
     * Runs tokens[from, to) (at most {@link #maxChunk()}) after the cache's content. Afterwards row {@code i} of the
     * logits buffer holds the prediction after tokens[from + i], and the cache includes these tokens.
     *
     * @return nanoseconds spent inside {@code OrtSession.run}
     */
    long forward(int[] tokens, int from, int to, KvCache cache, OrtSession.RunOptions runOptions) throws OrtException {
        int count = to - from;
        if (count < 1 || count > maxChunk) {
            throw new IllegalArgumentException("chunk of " + count + " tokens; allowed 1.." + maxChunk);
        }
        int past = cache.length();
        for (int i = 0; i < count; i++) {
            put(ids, idBytes, i, tokens[from + i]);
            put(positions, idBytes, i, past + i);
        }
        List<OnnxTensor> temporary = new ArrayList<>(4);
        try {
            OnnxTensor idTensor = count == 1 ? oneId : keep(temporary, intTensor(ids, count, sig.idsType()));
            inputs.clear();
            inputs.put(sig.names().inputIds(), idTensor);
            if (sig.hasAttentionMask()) {
                inputs.put(sig.names().attentionMask(), mask(past + count));
            } else {
                checkContext(past + count);
            }
            if (sig.hasSeqlens()) {
                // GroupQueryAttention's own inputs: the index of the last position, and the total length.
                inputs.put(sig.names().seqlensK(), keep(temporary, OnnxTensor.createTensor(env,
                        new int[] {past + count - 1})));
                inputs.put(sig.names().totalSequenceLength(), keep(temporary, OnnxTensor.createTensor(env,
                        Integer.valueOf(past + count))));
            }
            if (sig.hasPositionIds()) {
                inputs.put(sig.names().positionIds(),
                        count == 1 ? onePosition : keep(temporary, intTensor(positions, count, sig.idsType())));
            }
            if (sig.hasUseCacheBranch()) {
                inputs.put(sig.names().useCacheBranch(), past > 0 ? useCacheTrue : useCacheFalse);
            }
            cache.reserve(past + count);
            cache.addInputs(inputs);
            OnnxTensor out = logits.tensorFor(count);
            if (!logits.isShared(out)) {
                temporary.add(out);
            }
            pinned.clear();
            pinned.put(sig.names().logits(), out);
            cache.addPinnedOutputs(pinned);
            long start = System.nanoTime();
            OrtSession.Result result = session.run(inputs, requested, pinned, runOptions);
            long elapsed = System.nanoTime() - start;
            cache.advance(result, count);
            return elapsed;
        } finally {
            for (OnnxTensor t : temporary) {
                t.close();
            }
        }
    }

    private void checkContext(int length) {
        if (length >= masks.length) {
            throw new InferenceException("The sequence has " + length + " tokens; the model's context is "
                    + (masks.length - 1) + ".");
        }
    }

    private OnnxTensor mask(int length) throws OrtException {
        checkContext(length);
        if (masks[length] == null) {
            masks[length] = intTensor(ones, length, sig.maskType());
        }
        return masks[length];
    }

    private static OnnxTensor keep(List<OnnxTensor> temporary, OnnxTensor t) {
        temporary.add(t);
        return t;
    }

    /** Runs a whole token sequence through the cache in chunks; the logits buffer ends with the last chunk's rows. */
    public long prefill(int[] tokens, int from, int to, KvCache cache, OrtSession.RunOptions runOptions) throws OrtException {
        long runNanos = 0;
        for (int start = from; start < to; start += maxChunk) {
            runNanos += forward(tokens, start, Math.min(to, start + maxChunk), cache, runOptions);
        }
        return runNanos;
    }

    /** Row of the logits buffer that holds the prediction after the last token of a prefill of {@code count}. */
    public int lastRow(int count) {
        return (count - 1) % maxChunk;
    }

    @Override
    public void close() {
        logits.close();
        oneId.close();
        onePosition.close();
        useCacheTrue.close();
        useCacheFalse.close();
        for (OnnxTensor m : masks) {
            if (m != null) {
                m.close();
            }
        }
        for (OnnxTensorLike t : emptyPast.values()) {
            ((OnnxTensor) t).close();
        }
    }
}
