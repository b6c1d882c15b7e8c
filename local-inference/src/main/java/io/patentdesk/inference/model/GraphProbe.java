package io.patentdesk.inference.model;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxTensorLike;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.patentdesk.inference.ModelException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the graph once on a single token at load time, so a model that cannot run fails when it is opened rather than
 * in the middle of a user's request, and so the logits' vocabulary size is known even when the graph leaves it
 * symbolic.
 */
public final class GraphProbe {

    private GraphProbe() {
    }

    /** The logits' last dimension after one step. */
    public static int vocabulary(OrtEnvironment env, OrtSession session, DecoderSignature sig, String file)
            throws ModelException {
        List<OnnxTensor> owned = new ArrayList<>();
        try {
            Map<String, OnnxTensorLike> in = firstToken(env, sig, 0, owned);
            try (OrtSession.Result r = session.run(in)) {
                OnnxValue logits = r.get(sig.names().logits()).orElseThrow();
                long[] shape = ((TensorInfo) logits.getInfo()).getShape();
                if (shape.length != 3 || shape[0] != 1 || shape[1] != 1) {
                    throw new ModelException(file + ": for one token the logits have shape "
                            + java.util.Arrays.toString(shape) + "; the engine expects [1, 1, vocab].");
                }
                long[] expected = sig.pastShape(1);
                for (String name : sig.presentNames()) {
                    long[] p = ((TensorInfo) r.get(name).orElseThrow().getInfo()).getShape();
                    if (!java.util.Arrays.equals(p, expected)) {
                        throw new ModelException(file + ": " + name + " has shape " + java.util.Arrays.toString(p)
                                + " after one token; expected " + java.util.Arrays.toString(expected) + ".");
                    }
                }
                return Math.toIntExact(shape[2]);
            }
        } catch (OrtException e) {
            throw new ModelException(file + " does not run: " + ExecutionProviders.firstLine(e.getMessage()), e);
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    /**
     * Whether the graph can keep its KV cache in buffers shared by past and present: fed a past buffer of 4 positions
     * with one token, it gives presents of the buffer's length (GroupQueryAttention writes the token into the buffer)
     * rather than 5 (a graph that appends to its past).
     */
    public static boolean keepsPastLength(OrtEnvironment env, OrtSession session, DecoderSignature sig) {
        if (!sig.hasKvCache() || sig.combinedKv()) {
            return false;
        }
        List<OnnxTensor> owned = new ArrayList<>();
        try (OrtSession.Result r = session.run(firstToken(env, sig, 4, owned))) {
            for (String name : sig.presentNames()) {
                long[] p = ((TensorInfo) r.get(name).orElseThrow().getInfo()).getShape();
                if (!java.util.Arrays.equals(p, sig.pastShape(4))) {
                    return false;
                }
            }
            return true;
        } catch (OrtException | RuntimeException e) {
            return false; // the graph cannot run that way: the cache grows instead
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    /** Inputs for token 0 at position 0, after a past of {@code pastLength} zero positions. */
    private static Map<String, OnnxTensorLike> firstToken(OrtEnvironment env, DecoderSignature sig, int pastLength,
            List<OnnxTensor> owned) throws OrtException {
        Map<String, OnnxTensorLike> in = new HashMap<>();
        in.put(sig.names().inputIds(), own(owned, ints(env, sig.idsType(), 0)));
        if (sig.hasAttentionMask()) {
            in.put(sig.names().attentionMask(), own(owned, ints(env, sig.maskType(), 1)));
        }
        if (sig.hasSeqlens()) {
            in.put(sig.names().seqlensK(), own(owned, OnnxTensor.createTensor(env, new int[] {0})));
            in.put(sig.names().totalSequenceLength(), own(owned, OnnxTensor.createTensor(env, Integer.valueOf(1))));
        }
        if (sig.hasPositionIds()) {
            in.put(sig.names().positionIds(), own(owned, ints(env, sig.idsType(), 0)));
        }
        if (sig.hasUseCacheBranch()) {
            in.put(sig.names().useCacheBranch(), own(owned, OnnxTensor.createTensor(env, new boolean[] {false})));
        }
        long[] shape = sig.pastShape(pastLength);
        long values = java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        int bytes = Math.toIntExact(values * (sig.kvType() == OnnxJavaType.FLOAT ? 4 : 2));
        for (String name : sig.pastNames()) {
            in.put(name, own(owned, OnnxTensor.createTensor(env,
                    ByteBuffer.allocateDirect(bytes).order(java.nio.ByteOrder.nativeOrder()), shape, sig.kvType())));
        }
        return in;
    }

    private static OnnxTensor own(List<OnnxTensor> owned, OnnxTensor t) {
        owned.add(t);
        return t;
    }

    private static OnnxTensor ints(OrtEnvironment env, OnnxJavaType type, long value) throws OrtException {
        return type == OnnxJavaType.INT64 ? OnnxTensor.createTensor(env, new long[][] {{value}})
                : OnnxTensor.createTensor(env, new int[][] {{(int) value}});
    }
}
