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
 * and which optional inputs exist. Anything the engine would not know how to feed is a load error.
 */
public record DecoderSignature(IoNames names, boolean hasPositionIds, boolean hasUseCacheBranch, int layers, int kvHeads,
        int headSize, OnnxJavaType kvType, OnnxJavaType idsType, OnnxJavaType maskType, OnnxJavaType logitsType,
        int logitsVocab, Set<String> outputs) {

    public boolean hasKvCache() {
        return layers > 0;
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
        while (in.containsKey(names.pastKey(layers)) && in.containsKey(names.pastValue(layers))) {
            layers++;
        }
        Set<String> known = new LinkedHashSet<>(List.of(names.inputIds(), names.attentionMask(), names.positionIds(),
                names.useCacheBranch()));
        for (int l = 0; l < layers; l++) {
            known.add(names.pastKey(l));
            known.add(names.pastValue(l));
            if (!out.containsKey(names.presentKey(l)) || !out.containsKey(names.presentValue(l))) {
                throw new ModelException(file + " takes " + names.pastKey(l) + " but gives no " + names.presentKey(l)
                        + "/" + names.presentValue(l) + " output to feed back.");
            }
        }
        Set<String> unexpected = new TreeSet<>(in.keySet());
        unexpected.removeAll(known);
        if (!unexpected.isEmpty()) {
            throw new ModelException(file + " has unexpected input names " + unexpected + " (the engine feeds "
                    + names.inputIds() + ", " + names.attentionMask() + ", " + names.positionIds() + ", "
                    + names.pastKey() + "/" + names.pastValue().replaceAll(".*\\.", ".") + ", " + names.useCacheBranch()
                    + ").");
        }
        if (!in.containsKey(names.attentionMask())) {
            throw new ModelException(file + " has no " + names.attentionMask() + " input.");
        }
        int kvHeads = 0;
        int headSize = 0;
        OnnxJavaType kvType = OnnxJavaType.FLOAT;
        if (layers > 0) {
            TensorInfo past = tensor(in.get(names.pastKey(0)), file);
            long[] shape = past.getShape();
            if (shape.length != 4) {
                throw new ModelException(file + ": " + names.pastKey(0) + " has " + shape.length
                        + " dimensions; the engine expects [batch, kv_heads, past, head_size].");
            }
            kvHeads = (int) (shape[1] > 0 ? shape[1] : config.kvHeads());
            headSize = (int) (shape[3] > 0 ? shape[3] : config.headSize());
            if (kvHeads <= 0 || headSize <= 0) {
                throw new ModelException(file + ": the KV-cache shape is symbolic and the config does not give "
                        + "num_key_value_heads and head_size.");
            }
            kvType = past.type;
            if (kvType != OnnxJavaType.FLOAT && kvType != OnnxJavaType.FLOAT16) {
                throw new ModelException(file + ": the KV cache is " + kvType + "; the engine runs float32 and float16.");
            }
            checkAgrees(file, "num_hidden_layers", config.layers(), layers);
            checkAgrees(file, "num_key_value_heads", config.kvHeads(), kvHeads);
            checkAgrees(file, "head_size", config.headSize(), headSize);
        }
        TensorInfo logits = tensor(out.get(names.logits()), file);
        if (logits.type != OnnxJavaType.FLOAT && logits.type != OnnxJavaType.FLOAT16) {
            throw new ModelException(file + ": the logits are " + logits.type + "; the engine reads float32 and float16.");
        }
        long[] ls = logits.getShape();
        int vocab = ls.length == 3 && ls[2] > 0 ? (int) ls[2] : 0;
        return new DecoderSignature(names, in.containsKey(names.positionIds()), in.containsKey(names.useCacheBranch()),
                layers, kvHeads, headSize, kvType, intType(in.get(names.inputIds()), file),
                intType(in.get(names.attentionMask()), file), logits.type, vocab, out.keySet());
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

    /** Output names ORT allocates each step: everything except the pinned logits. */
    public List<String> presentNames() {
        List<String> list = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            list.add(names.presentKey(l));
            list.add(names.presentValue(l));
        }
        return list;
    }
}
