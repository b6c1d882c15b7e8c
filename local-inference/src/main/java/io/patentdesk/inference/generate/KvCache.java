package io.patentdesk.inference.generate;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OnnxValue;
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
 * memory stays flat.
 */
public final class KvCache implements AutoCloseable {

    private final DecoderSignature signature;
    private final Map<String, OnnxTensorLike> empty;
    private final String[] pastNames;
    private final String[] presentNames;
    private final OnnxTensorLike[] past;
    private OrtSession.Result owner;
    private int length;

    KvCache(DecoderSignature signature, Map<String, OnnxTensorLike> emptyPast) {
        this.signature = signature;
        this.empty = emptyPast;
        this.pastNames = signature.pastNames().toArray(String[]::new);
        this.presentNames = signature.presentNames().toArray(String[]::new);
        this.past = new OnnxTensorLike[pastNames.length];
        reset();
    }

    /** Tokens already in the cache (the position of the next token). */
    int length() {
        return length;
    }

    /** Puts the past tensors into a step's inputs. */
    void addInputs(Map<String, OnnxTensorLike> inputs) {
        for (int i = 0; i < pastNames.length; i++) {
            inputs.put(pastNames[i], past[i]);
        }
    }

    /** Takes the presents of a finished step as the new past, and releases the step before. */
    void advance(OrtSession.Result result, int added) {
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
    }

    List<String> pastNames() {
        return List.of(pastNames);
    }
}
