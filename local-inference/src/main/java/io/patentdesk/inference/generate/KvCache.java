package io.patentdesk.inference.generate;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.patentdesk.inference.InferenceException;
import io.patentdesk.inference.model.DecoderSignature;
import io.patentdesk.inference.model.IoNames;
import java.util.List;
import java.util.Map;

/**
 * The key/value cache of one sequence. It holds the {@code Result} of the last step and feeds that Result's present
 * tensors back as the next step's past ones (separate key and value, or one combined tensor per layer): the values
 * stay in ONNX Runtime's memory and never pass through the Java heap. Each step closes the Result before it, so native
 * memory stays flat. With {@link SharedKvBuffers} (graphs exported with a buffer shared by past and present) the
 * same buffers are the past and the bound present of every step instead, and a step releases its Result at once.
 */
public final class KvCache implements AutoCloseable {

    private final DecoderSignature signature;
    private final Map<String, OnnxTensorLike> empty;
    private final String[] pastNames;
    private final String[] presentNames;
    private final OnnxTensorLike[] past;
    /** The shared buffers, or null when each step's presents become the next step's past. */
    private final SharedKvBuffers shared;
    private OrtSession.Result owner;
    private int length;

    KvCache(DecoderSignature signature, Map<String, OnnxTensorLike> emptyPast, SharedKvBuffers shared) {
        this.signature = signature;
        this.empty = emptyPast;
        this.shared = shared;
        this.pastNames = signature.pastNames().toArray(String[]::new);
        this.presentNames = signature.presentNames().toArray(String[]::new);
        this.past = new OnnxTensorLike[pastNames.length];
        reset();
    }

    /** Tokens already in the cache (the position of the next token). */
    int length() {
        return length;
    }

    /** Makes room for a run that brings the cache to {@code total} positions. */
    void reserve(int total) throws OrtException {
        if (shared != null) {
            shared.reserve(total, length);
        }
    }

    /** Puts the past tensors into a step's inputs. */
    void addInputs(Map<String, OnnxTensorLike> inputs) {
        for (int i = 0; i < pastNames.length; i++) {
            inputs.put(pastNames[i], shared != null ? shared.tensor(i) : past[i]);
        }
    }

    /** Binds the shared buffers as the step's present outputs (nothing when presents are allocated per step). */
    void addPinnedOutputs(Map<String, OnnxTensor> pinned) {
        if (shared != null) {
            for (int i = 0; i < presentNames.length; i++) {
                pinned.put(presentNames[i], shared.tensor(i));
            }
        }
    }

    /** Takes the presents of a finished step as the new past, and releases the step before. */
    void advance(OrtSession.Result result, int added) {
        if (shared != null) {
            result.close(); // the presents were written into the shared buffers, which the Result does not own
            length += added;
            return;
        }
        if (signature.hasKvCache()) {
            for (int i = 0; i < presentNames.length; i++) {
                String name = presentNames[i];
                OnnxValue v = result.get(name)
                        .orElseThrow(() -> new InferenceException("The model gave no " + name + " output."));
                past[i] = (OnnxTensor) v;
            }
        }
        OrtSession.Result old = owner;
        owner = result;
        length += added;
        if (old != null) {
            old.close();
        }
    }

    /** Back to an empty cache (the shared zero-length tensors), releasing what it held. */
    void reset() {
        for (int i = 0; i < pastNames.length; i++) {
            past[i] = empty.get(pastNames[i]);
        }
        length = 0;
        if (owner != null) {
            owner.close();
            owner = null;
        }
    }

    @Override
    public void close() {
        reset();
        if (shared != null) {
            shared.close();
        }
    }

    List<String> pastNames() {
        return List.of(pastNames);
    }
}
