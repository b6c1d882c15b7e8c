package io.patentdesk.inference.generate;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import io.patentdesk.inference.model.DecoderSignature;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * The KV cache of a GroupQueryAttention graph exported with {@code past_present_share_buffer} (onnxruntime-genai's
 * model builder): one buffer per past input, [1, kv_heads, capacity, head_size], fed as the past and bound as the
 * present output of the same run, so the attention operator appends the new positions in place. A step then copies
 * nothing, where the growing layout copies the whole cache into a new present every step (and holds two copies while
 * it does). The capacity starts at what the sequence needs (at least {@link #MIN_CAPACITY}) and doubles, up to the
 * context length, when a run needs more: the model's full context is never reserved up front. The buffers are direct
 * ByteBuffers, which count against the JVM's direct-memory limit (by default the heap's maximum): {@link #affordable}
 * says whether a whole context's cache fits a quarter of it, and the engine lets the cache grow per step otherwise.
 */
final class SharedKvBuffers implements AutoCloseable {

    /** Small, so a short answer reserves little; doubling makes the copies on growth a few per generation. */
    static final int MIN_CAPACITY = 32;

    private final OrtEnvironment env;
    private final DecoderSignature sig;
    private final int maxCapacity;
    private final int valueBytes;
    private final OnnxTensor[] tensors;
    private final ByteBuffer[] buffers;
    private int capacity;

    SharedKvBuffers(OrtEnvironment env, DecoderSignature sig, int maxCapacity) {
        this.env = env;
        this.sig = sig;
        this.maxCapacity = maxCapacity;
        this.valueBytes = sig.kvType() == OnnxJavaType.FLOAT ? 4 : 2;
        int n = sig.pastNames().size();
        this.tensors = new OnnxTensor[n];
        this.buffers = new ByteBuffer[n];
    }

    /**
     * Whether the buffers for a whole context fit a quarter of the direct-memory limit (room for a second cache, as
     * context contrast runs, and the logits). The JVM's default limit is the heap's maximum.
     */
    static boolean affordable(DecoderSignature sig, int contextLength) {
        long bytes = (long) sig.pastNames().size() * sig.kvHeads() * contextLength * sig.headSize()
                * (sig.kvType() == OnnxJavaType.FLOAT ? 4 : 2);
        return bytes <= Runtime.getRuntime().maxMemory() / 4;
    }

    /** The buffer of past input {@code i} (in {@link DecoderSignature#pastNames()} order); valid until a resize. */
    OnnxTensor tensor(int i) {
        return tensors[i];
    }

    /**
     * Makes room for {@code total} positions, keeping the first {@code used}: a larger buffer takes over their values
     * head by head (each head's rows are contiguous: [kv_heads, capacity, head_size]).
     */
    void reserve(int total, int used) throws OrtException {
        if (total <= capacity) {
            return;
        }
        int grown = Math.min(maxCapacity, Math.max(total, Math.max(MIN_CAPACITY, 2 * capacity)));
        int rowBytes = sig.headSize() * valueBytes;
        for (int i = 0; i < tensors.length; i++) {
            ByteBuffer bigger = ByteBuffer.allocateDirect(sig.kvHeads() * grown * rowBytes)
                    .order(ByteOrder.nativeOrder());
            if (buffers[i] != null) {
                for (int h = 0; h < sig.kvHeads(); h++) {
                    bigger.put(h * grown * rowBytes, buffers[i], h * capacity * rowBytes, used * rowBytes);
                }
                tensors[i].close();
            }
            buffers[i] = bigger;
            tensors[i] = OnnxTensor.createTensor(env, bigger, sig.pastShape(grown), sig.kvType());
        }
        capacity = grown;
    }

    int capacity() {
        return capacity;
    }

    List<String> pastNames() {
        return sig.pastNames();
    }

    @Override
    public void close() {
        for (int i = 0; i < tensors.length; i++) {
            if (tensors[i] != null) {
                tensors[i].close();
                tensors[i] = null;
                buffers[i] = null; // freed with the ByteBuffer
            }
        }
        capacity = 0;
    }
}
