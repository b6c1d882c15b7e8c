"""Weight-only quantization of every MatMul with a constant weight into ONNX Runtime's MatMulNBits (com.microsoft;
bits 4 or 8, blocks of 32 along K, one float scale per block, symmetric with the operator's default zero point
2^(bits-1)). Written with the plain `onnx` package: ONNX Runtime's Python quantizer cannot be installed here."""
import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def quantize_weight(w, bits, block):
    """w: float [K, N]. Returns (packed uint8 [N, n_blocks, block*bits/8], scales float [N, n_blocks],
    dequantized float [K, N]) - the last for reference checks."""
    k, n = w.shape
    n_blocks = (k + block - 1) // block
    pad = n_blocks * block - k
    wt = np.pad(w.T.astype(np.float32), ((0, 0), (0, pad)))             # [N, K_padded]
    blocks = wt.reshape(n, n_blocks, block)
    qmax = 2 ** (bits - 1) - 1
    scales = np.abs(blocks).max(axis=2) / qmax
    scales = np.where(scales == 0, 1.0, scales).astype(np.float32)
    q = np.clip(np.rint(blocks / scales[:, :, None]), -qmax - 1, qmax).astype(np.int32) + 2 ** (bits - 1)
    q = q.astype(np.uint8)
    if bits == 8:
        packed = q
    elif bits == 4:
        packed = (q[:, :, 0::2] | (q[:, :, 1::2] << 4)).astype(np.uint8)
    else:
        raise ValueError("bits must be 4 or 8")
    deq = ((q.astype(np.float32) - 2 ** (bits - 1)) * scales[:, :, None]).reshape(n, -1)[:, :k].T
    return packed, scales, deq


def quantize_experts(w, bits, block=0):
    """Stacked expert weights w [E, N, K] (each row one output, along K its inputs) as ONNX Runtime's QMoE reads
    them: uint8 [E, N, K*bits/8] (4-bit: the even input in the low nibble), symmetric around 2^(bits-1);
    one float scale per row (block 0: scales [E, N]) or per block of K (scales [E, N, K/block]). Returns
    (packed, scales, dequantized float [E, N, K])."""
    e, n, k = w.shape
    blocks = w.reshape(e, n, k // block, block) if block else w.reshape(e, n, 1, k)
    qmax = 2 ** (bits - 1) - 1
    scales = np.abs(blocks).max(axis=-1) / qmax
    scales = np.where(scales == 0, 1.0, scales).astype(np.float32)
    q = np.clip(np.rint(blocks / scales[..., None]), -qmax - 1, qmax)
    deq = (q * scales[..., None]).reshape(e, n, k).astype(np.float32)
    u = (q.reshape(e, n, k) + 2 ** (bits - 1)).astype(np.uint8)
    if bits == 4:
        u = (u[..., 0::2] | (u[..., 1::2] << 4)).astype(np.uint8)
    elif bits != 8:
        raise ValueError("bits must be 4 or 8")
    return u, (scales if block else scales[..., 0]), deq


def quantize_model(model, bits=8, block=32, min_elems=1024, accuracy_level=4):
    """Returns a new ModelProto with MatMul(x, W) -> MatMulNBits for every 2-D float initializer W.
    accuracy_level 4 lets ONNX Runtime multiply in int8: measured here, 8-bit MatMulNBits decodes about 6x slower
    at level 0/1 (a dequantize-then-float fallback) than at level 4."""
    copy = onnx.ModelProto()
    copy.CopyFrom(model)  # not a serialized round trip: a large base's graph exceeds protobuf's 2 GB limit
    model = copy
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    consumers = {}
    for node in g.node:
        for x in node.input:
            consumers[x] = consumers.get(x, 0) + 1
    new_nodes, replaced, count = [], set(), 0
    for node in g.node:
        w = inits.get(node.input[1]) if node.op_type == "MatMul" and len(node.input) == 2 else None
        if w is None or w.data_type != TensorProto.FLOAT or len(w.dims) != 2 or w.dims[0] * w.dims[1] < min_elems:
            new_nodes.append(node)
            continue
        arr = numpy_helper.to_array(w)
        k, n = arr.shape
        packed, scales, _ = quantize_weight(arr, bits, block)
        base = f"{w.name}_q{bits}"
        g.initializer.extend([numpy_helper.from_array(packed, base), numpy_helper.from_array(scales, base + "_scales")])
        new_nodes.append(helper.make_node("MatMulNBits", [node.input[0], base, base + "_scales"], list(node.output),
                                          name=(node.name or base) + f"_nbits{bits}", domain="com.microsoft",
                                          K=k, N=n, bits=bits, block_size=block,
                                          accuracy_level=accuracy_level))
        consumers[w.name] -= 1
        if consumers[w.name] == 0:
            replaced.add(w.name)
        count += 1
    del g.node[:]
    g.node.extend(new_nodes)
    keep = [i for i in g.initializer if i.name not in replaced]
    del g.initializer[:]
    g.initializer.extend(keep)
    if not any(o.domain == "com.microsoft" for o in model.opset_import):
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    if sum(len(t.raw_data) for t in g.initializer) < (1 << 31) - (1 << 26):
        onnx.checker.check_model(model)  # the in-memory checker serializes; larger graphs are checked when saved
    return model, count
