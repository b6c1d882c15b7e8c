package io.patentdesk.inference.model;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import io.patentdesk.inference.ModelException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the loaded graph takes and gives, read from the session's metadata: the layer count (past inputs), KV heads,
 * head size and cache type (their shapes and element type), the vocabulary (the logits' last dimension, when fixed),
 * and which optional inputs exist (position_ids, the attention mask, GroupQueryAttention's seqlens_k and
 * total_sequence_length, Optimum's use_cache_branch). Anything the engine would not know how to feed is a load error.
 * {@code sharedKvBuffer}: the export shares one KV buffer between past and present and the graph allows it
 * ({@link GraphProbe#keepsPastLength}).
 */
public record DecoderSignature(IoNames names, boolean hasPositionIds, boolean hasUseCacheBranch, int layers,
        int kvHeads, int headSize, OnnxJavaType kvType, OnnxJavaType idsType, OnnxJavaType maskType,
        OnnxJavaType logitsType, int logitsVocab, Set<String> outputs, boolean hasAttentionMask, boolean hasSeqlens,
        boolean sharedKvBuffer) {

    /** Element types of caches and logits the engine reads and writes. */
    static final Set<OnnxJavaType> FLOAT_TYPES = Set.of(OnnxJavaType.FLOAT, OnnxJavaType.FLOAT16,
            OnnxJavaType.BFLOAT16);

    public boolean hasKvCache() {
        return layers > 0;
    }

    /** This signature with the KV cache in buffers shared by past and present, or not. */
    public DecoderSignature withSharedKvBuffer(boolean shared) {
        return new DecoderSignature(names, hasPositionIds, hasUseCacheBranch, layers, kvHeads, headSize, kvType,
                idsType, maskType, logitsType, logitsVocab, outputs, hasAttentionMask, hasSeqlens, shared);
    }

    /** Whether key and value are stacked in one tensor per layer ([2, batch, kv_heads, seq, head_size]). */
    public boolean combinedKv() {
        return names.combined();
    }

    /** The shape of one past tensor holding {@code length} positions. */
    public long[] pastShape(long length) {
        return combinedKv() ? new long[] {2, 1, kvHeads, length, headSize} : new long[] {1, kvHeads, length, headSize};
    }

    public static DecoderSignature inspect(OrtSession session, IoNames names, ModelConfig config, String file)
            throws OrtException, ModelException {
        Map<String, NodeInfo> in = session.getInputInfo();
        Map<String, NodeInfo> out = session.getOutputInfo();
        if (!in.containsKey(names.inputIds())) {
            throw new ModelException(file + " has unexpected input names " + in.keySet() + ": the engine needs "
                    + names.inputIds() + ".");
        }
        if (!out.containsKey(names.logits())) {
            throw new ModelException(file + " has unexpected output names " + out.keySet() + ": the engine needs "
                    + names.logits() + ".");
        }
        int layers = 0;
        while (in.keySet().containsAll(names.pastInputs(layers))) {
            layers++;
        }
        boolean seqlens = in.containsKey(names.seqlensK()) || in.containsKey(names.totalSequenceLength());
        Set<String> known = new LinkedHashSet<>(List.of(names.inputIds(), names.attentionMask(), names.positionIds(),
                names.useCacheBranch(), names.seqlensK(), names.totalSequenceLength()));
        for (int l = 0; l < layers; l++) {
            known.addAll(names.pastInputs(l));
            if (!out.keySet().containsAll(names.presentOutputs(l))) {
                throw new ModelException(file + " takes " + String.join("/", names.pastInputs(l)) + " but gives no "
                        + String.join("/", names.presentOutputs(l)) + " output to feed back.");
            }
        }
        Set<String> unexpected = new TreeSet<>(in.keySet());
        unexpected.removeAll(known);
        if (!unexpected.isEmpty()) {
            throw new ModelException(file + " has unexpected input names " + unexpected + " (the engine feeds "
                    + names.inputIds() + ", " + names.attentionMask() + ", " + names.positionIds() + ", "
                    + String.join("/", names.pastInputs(0)) + ", " + names.useCacheBranch() + ", "
                    + names.seqlensK() + ", " + names.totalSequenceLength() + ").");
        }
        if (seqlens && !(in.containsKey(names.seqlensK()) && in.containsKey(names.totalSequenceLength()))) {
            throw new ModelException(file + " takes only one of " + names.seqlensK() + " and "
                    + names.totalSequenceLength() + "; GroupQueryAttention needs both.");
        }
        boolean mask = in.containsKey(names.attentionMask());
        if (!mask && !seqlens) {
            throw new ModelException(file + " has no " + names.attentionMask() + " input.");
        }
        int kvHeads = 0;
        int headSize = 0;
        OnnxJavaType kvType = OnnxJavaType.FLOAT;
        if (layers > 0) {
            String first = names.pastInputs(0).get(0);
            TensorInfo past = tensor(in.get(first), file);
            long[] shape = past.getShape();
            int offset = names.combined() ? 1 : 0;
            if (shape.length != 4 + offset || (names.combined() && shape[0] != 2)) {
                throw new ModelException(file + ": " + first + " has shape " + java.util.Arrays.toString(shape)
                        + "; the engine expects " + (names.combined() ? "[2, batch, kv_heads, past, head_size]"
                                : "[batch, kv_heads, past, head_size]") + ".");
            }
            kvHeads = (int) (shape[1 + offset] > 0 ? shape[1 + offset] : config.kvHeads());
            headSize = (int) (shape[3 + offset] > 0 ? shape[3 + offset] : config.headSize());
            if (kvHeads <= 0 || headSize <= 0) {
                throw new ModelException(file + ": the KV-cache shape is symbolic and the config does not give "
                        + "num_key_value_heads and head_size.");
            }
            kvType = past.type;
            if (!FLOAT_TYPES.contains(kvType)) {
                throw new ModelException(file + ": the KV cache is " + kvType
                        + "; the engine runs float32, float16 and bfloat16.");
            }
            checkAgrees(file, "num_hidden_layers", config.layers(), layers);
            checkAgrees(file, "num_key_value_heads", config.kvHeads(), kvHeads);
            checkAgrees(file, "head_size", config.headSize(), headSize);
        }
        TensorInfo logits = tensor(out.get(names.logits()), file);
        if (!FLOAT_TYPES.contains(logits.type)) {
            throw new ModelException(file + ": the logits are " + logits.type
                    + "; the engine reads float32, float16 and bfloat16.");
        }
        if (seqlens) {
            intType(in.get(names.seqlensK()), file, OnnxJavaType.INT32);
            intType(in.get(names.totalSequenceLength()), file, OnnxJavaType.INT32);
        }
        long[] ls = logits.getShape();
        int vocab = ls.length == 3 && ls[2] > 0 ? (int) ls[2] : 0;
        OnnxJavaType idsType = intType(in.get(names.inputIds()), file);
        OnnxJavaType maskType = mask ? intType(in.get(names.attentionMask()), file) : idsType;
        if (in.containsKey(names.positionIds())) {
            intType(in.get(names.positionIds()), file, idsType);
        }
        return new DecoderSignature(names, in.containsKey(names.positionIds()), in.containsKey(names.useCacheBranch()),
                layers, kvHeads, headSize, kvType, idsType, maskType, logits.type, vocab, out.keySet(), mask, seqlens,
                false);
    }

    private static void checkAgrees(String file, String what, int fromConfig, int fromGraph) throws ModelException {
        if (fromConfig > 0 && fromConfig != fromGraph) {
            throw new ModelException(file + ": the config says " + what + " = " + fromConfig + " but the graph has "
                    + fromGraph + ".");
        }
    }

    private static TensorInfo tensor(NodeInfo node, String file) throws ModelException {
        if (!(node.getInfo() instanceof TensorInfo t)) {
            throw new ModelException(file + ": " + node.getName() + " is not a tensor.");
        }
        return t;
    }

    private static OnnxJavaType intType(NodeInfo node, String file) throws ModelException {
        OnnxJavaType t = tensor(node, file).type;
        if (t != OnnxJavaType.INT64 && t != OnnxJavaType.INT32) {
            throw new ModelException(file + ": " + node.getName() + " is " + t + "; the engine feeds int64 or int32.");
        }
        return t;
    }

    /** Checks an input has the one integer type the engine feeds it (positions share the ids' buffer type). */
    private static void intType(NodeInfo node, String file, OnnxJavaType expected) throws ModelException {
        OnnxJavaType t = tensor(node, file).type;
        if (t != expected) {
            throw new ModelException(file + ": " + node.getName() + " is " + t + "; the engine feeds it as "
                    + expected + ".");
        }
    }

    /** Past inputs in feeding order (per layer: key and value, or the combined tensor). */
    public List<String> pastNames() {
        return names.allPastInputs(layers);
    }

    /** Output names ORT allocates each step: everything except the pinned logits. */
    public List<String> presentNames() {
        return new ArrayList<>(names.allPresentOutputs(layers));
    }
}
