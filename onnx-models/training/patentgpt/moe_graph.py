"""A routed mixture-of-experts FFN written with standard ONNX operators, one MatMul pair per expert on the rows routed
to it, in place of ONNX Runtime's com.microsoft MoE node.

Why: ONNX Runtime 1.23's CPU MoE kernel multiplies each expert through MLAS's one-row kernel on weights it cannot
pre-pack, and its QMoE kernel dequantizes the experts' weights on every call; a MatMul whose weight is a constant
initializer is pre-packed once at load (and quantize.py can turn it into MatMulNBits). Here the rows of a step are
sorted by expert, split into one block per expert (blocks of unchosen experts have 0 rows: their MatMuls return at
once without reading the weights), run through that expert's SwiGLU, and put back in token order weighted by the
renormalized top-k router probabilities - the MoE operator's normalize_routing_weights=1 semantics."""
import numpy as np
from onnx import helper, numpy_helper


def routed_ffn(prefix, x, logits, fc1, fc2, k, out, shapes=None):
    """x: name of the [..., H] activations; logits: name of the [rows, 1, E] router logits; fc1 [E, 2I, H] float with
    gate and up rows interleaved (the MoE operator's swiglu_fusion=1 layout), fc2 [E, H, I]; out: the output name
    ([..., H] like x). shapes: names of an earlier layer's ("x_shape", "n_assigned"), the same in every layer, to
    reuse instead of computing them again (each node is a kernel call per decode step). Returns
    (nodes, initializers, shapes)."""
    n_exp, two_i, hidden = fc1.shape
    inter = two_i // 2
    p = prefix + "/"
    inits = [numpy_helper.from_array(np.array([-1, hidden], np.int64), p + "rows_shape"),
             numpy_helper.from_array(np.array([k], np.int64), p + "k"),
             numpy_helper.from_array(np.array([-1], np.int64), p + "flat"),
             numpy_helper.from_array(np.array(n_exp, np.int64), p + "n_experts"),
             numpy_helper.from_array(np.array([0, 1], np.int64), p + "one_hot_values"),
             numpy_helper.from_array(np.array([0, 1, 2], np.int64), p + "axes012"),
             numpy_helper.from_array(np.array(k, np.int64), p + "k_scalar"),
             numpy_helper.from_array(np.array([inter, inter], np.int64), p + "halves"),
             numpy_helper.from_array(np.array([-1, k, hidden], np.int64), p + "by_token")]
    mk = helper.make_node
    nodes = [
        mk("Reshape", [x, p + "rows_shape"], [p + "x2"]),
        # The top-k logits; a softmax over them equals the full softmax's top-k renormalized to sum 1.
        mk("TopK", [logits, p + "k"], [p + "top_logits", p + "top_experts"], axis=-1),
        mk("Softmax", [p + "top_logits"], [p + "top_weights"], axis=-1),
        # Assignments (token, j) in row-major order, sorted by expert.
        mk("Reshape", [p + "top_experts", p + "flat"], [p + "assigned"]),
    ]
    if shapes is None:
        shapes = (p + "x_shape", p + "n_assigned")
        nodes += [mk("Shape", [x], [shapes[0]]), mk("Shape", [p + "assigned"], [shapes[1]])]
    x_shape, n_assigned = shapes
    nodes += [
        mk("TopK", [p + "assigned", n_assigned], [p + "sorted", p + "order"], axis=0, largest=0, sorted=1),
        # Rows per expert: the split sizes.
        mk("OneHot", [p + "top_experts", p + "n_experts", p + "one_hot_values"], [p + "onehot"], axis=-1),
        mk("ReduceSum", [p + "onehot", p + "axes012"], [p + "counts"], keepdims=0),
        # The token of each sorted assignment, its row and its routing weight.
        mk("Div", [p + "order", p + "k_scalar"], [p + "token"]),
        mk("Gather", [p + "x2", p + "token"], [p + "xs"], axis=0),
        mk("Split", [p + "xs", p + "counts"], [f"{p}x_e{e}" for e in range(n_exp)], axis=0),
    ]
    w1 = fc1.reshape(n_exp, inter, 2, hidden)
    for e in range(n_exp):
        q = f"{p}e{e}/"
        # [H, 2I]: gate columns then up columns, so one pre-packed MatMul gives both.
        inits.append(numpy_helper.from_array(
            np.ascontiguousarray(np.concatenate([w1[e, :, 0, :], w1[e, :, 1, :]]).T.astype(np.float32)), q + "fc1"))
        inits.append(numpy_helper.from_array(np.ascontiguousarray(fc2[e].T.astype(np.float32)), q + "fc2"))
        nodes.append(mk("MatMul", [f"{p}x_e{e}", q + "fc1"], [q + "h"]))
    # One activation over all the assignments (per-expert nodes cost a kernel call each even on 0 rows).
    nodes += [mk("Concat", [f"{p}e{e}/h" for e in range(n_exp)], [p + "h"], axis=0),
              mk("Split", [p + "h", p + "halves"], [p + "gate", p + "up"], axis=-1),
              mk("Sigmoid", [p + "gate"], [p + "sig"]),
              mk("Mul", [p + "gate", p + "sig"], [p + "silu"]),
              mk("Mul", [p + "silu", p + "up"], [p + "act"]),
              mk("Split", [p + "act", p + "counts"], [f"{p}a_e{e}" for e in range(n_exp)], axis=0)]
    nodes += [mk("MatMul", [f"{p}a_e{e}", f"{p}e{e}/fc2"], [f"{p}e{e}/y"]) for e in range(n_exp)]
    nodes += [
        mk("Concat", [f"{p}e{e}/y" for e in range(n_exp)], [p + "ys"], axis=0),
        # Back to assignment order (the inverse of the sort), then each token's k rows weighted and summed in one
        # MatMul: [rows, 1, k] x [rows, k, H].
        mk("TopK", [p + "order", n_assigned], [p + "order_sorted", p + "unsort"], axis=0, largest=0, sorted=1),
        mk("Gather", [p + "ys", p + "unsort"], [p + "y_assigned"], axis=0),
        mk("Reshape", [p + "y_assigned", p + "by_token"], [p + "y_by_token"]),
        mk("MatMul", [p + "top_weights", p + "y_by_token"], [p + "y2"]),
        mk("Reshape", [p + "y2", x_shape], [out]),
    ]
    return nodes, inits, shapes


def stacked_experts(fc1, fc2):
    """The experts' weights stacked for gathering by expert index: [E, H, 2I] (each expert's gate columns, then its
    up columns, as routed_ffn's per-expert fc1) and [E, I, H]."""
    n_exp, two_i, hidden = fc1.shape
    w1 = fc1.reshape(n_exp, two_i // 2, 2, hidden)
    w13 = np.concatenate([w1[:, :, 0, :], w1[:, :, 1, :]], axis=1).transpose(0, 2, 1)
    return (np.ascontiguousarray(w13.astype(np.float32)),
            np.ascontiguousarray(fc2.transpose(0, 2, 1).astype(np.float32)))


def gathered_ffn(prefix, x, logits, w13, w2, k, hidden, inter, out):
    """The MoE of one row (x [1, 1, H], logits [1, 1, E]: a decode step of batch 1) in 12 nodes: the top-k experts'
    stacked weights gathered by the router's indices (w13 [E, H, 2I], w2 [E, I, H], names of stacked_experts'
    tensors) and multiplied as one batched MatMul each, the k outputs weighted and summed in a MatMul.
    Measured slower than routed_ffn on ONNX Runtime 1.23's CPU (moe_bench --kernels, docs/onnx-models.md): the
    Gather copies k experts' weights every step, and a MatMul on a weight that is not a constant initializer is not
    pre-packed (and MatMulNBits on it dequantizes to float on every call). Returns (nodes, initializers)."""
    p = prefix + "/"
    inits = [numpy_helper.from_array(np.array([k], np.int64), p + "k"),
             numpy_helper.from_array(np.array([1, k, hidden], np.int64), p + "by_expert"),
             numpy_helper.from_array(np.array([inter, inter], np.int64), p + "halves")]
    mk = helper.make_node
    nodes = [
        mk("TopK", [logits, p + "k"], [p + "top_logits", p + "top_experts"], axis=-1),
        mk("Softmax", [p + "top_logits"], [p + "top_weights"], axis=-1),
        mk("Gather", [w13, p + "top_experts"], [p + "w13"], axis=0),          # [1, 1, k, H, 2I]
        mk("MatMul", [x, p + "w13"], [p + "h"]),                                # [1, 1, k, 1, 2I]
        mk("Split", [p + "h", p + "halves"], [p + "gate", p + "up"], axis=-1),
        mk("Sigmoid", [p + "gate"], [p + "sig"]),
        mk("Mul", [p + "gate", p + "sig"], [p + "silu"]),
        mk("Mul", [p + "silu", p + "up"], [p + "act"]),
        mk("Gather", [w2, p + "top_experts"], [p + "w2"], axis=0),            # [1, 1, k, I, H]
        mk("MatMul", [p + "act", p + "w2"], [p + "y"]),                         # [1, 1, k, 1, H]
        mk("Reshape", [p + "y", p + "by_expert"], [p + "y_by_expert"]),        # [1, k, H]
        mk("MatMul", [p + "top_weights", p + "y_by_expert"], [out]),            # [1, 1, H]
    ]
    return nodes, inits


def decode_switch(prefix, x, logits, fc1, fc2, k, out, one_row=None):
    """One If per layer: a single row (a batch-1 decode step) goes through gathered_ffn, more rows (prefill)
    through routed_ffn. Each branch holds its own weights as initializers of the branch graph: ONNX Runtime 1.23
    pre-packs a subgraph's MatMul weight only when it is the subgraph's own initializer (an outer-scope one made
    the routed branch 2.3x slower, measured), so the file holds the experts twice (stacked and per expert).
    one_row: the name of an earlier layer's "rows == 1" condition to reuse. Returns (nodes, initializers,
    one_row)."""
    from onnx import TensorProto
    p = prefix + "/"
    hidden, inter = fc1.shape[2], fc1.shape[1] // 2
    w13, w2 = stacked_experts(fc1, fc2)
    g_nodes, g_inits = gathered_ffn(p + "gathered", x, logits, p + "w13_stacked", p + "w2_stacked", k, hidden, inter,
                                    p + "y_gathered")
    g_inits += [numpy_helper.from_array(w13, p + "w13_stacked"), numpy_helper.from_array(w2, p + "w2_stacked")]
    r_nodes, r_inits, _ = routed_ffn(prefix, x, logits, fc1, fc2, k, p + "y_routed")
    branch = lambda name, nodes, inits, y: helper.make_graph(
        nodes, name, [], [helper.make_tensor_value_info(y, TensorProto.FLOAT, None)], inits)
    nodes, inits = [], []
    if one_row is None:
        one_row = p + "one_row"
        inits += [numpy_helper.from_array(np.array(0, np.int64), p + "zero"),
                  numpy_helper.from_array(np.array(1, np.int64), p + "one")]
        nodes += [helper.make_node("Shape", [logits], [p + "rows_of_logits"]),
                  helper.make_node("Gather", [p + "rows_of_logits", p + "zero"], [p + "rows"], axis=0),
                  helper.make_node("Equal", [p + "rows", p + "one"], [one_row])]
    nodes.append(helper.make_node("If", [one_row], [out], name=p + "if_one_row",
                                  then_branch=branch(p + "one_row", g_nodes, g_inits, p + "y_gathered"),
                                  else_branch=branch(p + "rows", r_nodes, r_inits, p + "y_routed")))
    return nodes, inits, one_row
