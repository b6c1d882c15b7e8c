"""A small numpy evaluator for the ONNX operators this exporter and quantizer emit (onnx 1.12 has no reference
evaluator). It lets the tests check the exported graph itself where ONNX Runtime (node) is not installed."""
import numpy as np
from onnx import numpy_helper
from onnx.helper import get_attribute_value
from onnx.mapping import TENSOR_TYPE_TO_NP_TYPE


def _attrs(node):
    return {a.name: get_attribute_value(a) for a in node.attribute}


def _slice(x, starts, ends, axes=None, steps=None):
    axes = range(len(starts)) if axes is None else axes
    steps = [1] * len(starts) if steps is None else steps
    idx = [slice(None)] * x.ndim
    for s, e, a, st in zip(starts, ends, axes, steps):
        idx[int(a)] = slice(int(s), int(e), int(st))
    return x[tuple(idx)]


def _softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _matmul_nbits(a, b, scales, *rest, K, N, bits, block_size, **_):
    n_blocks = b.shape[1]
    if bits == 4:
        q = np.stack([b & 0x0F, b >> 4], axis=-1).reshape(N, n_blocks, block_size)
    else:
        q = b.reshape(N, n_blocks, block_size)
    w = ((q.astype(np.float32) - 2 ** (bits - 1)) * scales.reshape(N, n_blocks, 1)).reshape(N, -1)[:, :K]
    return a @ w.T


def _topk(x, k, axis=-1, largest=1, **_):
    order = np.argsort(-x if largest else x, axis=axis, kind="stable")
    idx = np.take(order, np.arange(int(k[0])), axis=axis)
    return np.take_along_axis(x, idx, axis=axis), idx.astype(np.int64)


def _onehot(indices, depth, values, axis=-1, **_):
    d = int(np.asarray(depth).reshape(-1)[0])
    out = np.eye(d, dtype=values.dtype)[np.mod(indices, d)]
    out = np.where(out > 0, values[1], values[0])
    return np.moveaxis(out, -1, axis) if axis != -1 else out


def _moe(x, router, fc1, fc1_bias=None, fc2=None, fc2_bias=None, k=2, activation_type="swiglu",
         normalize_routing_weights=1, **_):
    """com.microsoft MoE as the exporter emits it: softmax routing, top-k (renormalized), swiglu experts with gate and
    up rows interleaved in fc1 [n, 2I, H], fc2 [n, H, I]; x [rows, H] or [b, s, H] (the output takes its shape),
    router logits [rows, n]; absent biases are None."""
    if activation_type not in ("swiglu", b"swiglu"):
        raise NotImplementedError(f"MoE activation {activation_type}")
    shape = x.shape
    x = x.reshape(-1, shape[-1])
    probs = _softmax(router, -1)
    top = np.argsort(-probs, axis=-1, kind="stable")[:, :int(k)]
    out = np.zeros_like(x)
    for r in range(x.shape[0]):
        w = probs[r, top[r]]
        if normalize_routing_weights:
            w = w / w.sum()
        for e, we in zip(top[r], w):
            h = fc1[e] @ x[r] + (fc1_bias[e] if fc1_bias is not None else 0)
            act = h[0::2] / (1 + np.exp(-h[0::2])) * h[1::2]
            out[r] += we * (fc2[e] @ act + (fc2_bias[e] if fc2_bias is not None else 0))
    return out.reshape(shape)


OPS = {
    "Add": lambda a, b: a + b, "Sub": lambda a, b: a - b, "Mul": lambda a, b: a * b,
    "Div": lambda a, b: (a // b) if np.issubdtype(a.dtype, np.integer) else a / b,
    "Pow": lambda a, b: np.power(a, b).astype(a.dtype), "Sqrt": np.sqrt, "Neg": np.negative, "Cos": np.cos,
    "Sin": np.sin, "Sigmoid": lambda x: (1 / (1 + np.exp(-x))).astype(x.dtype), "Identity": lambda x: x,
    "Reciprocal": lambda x: 1 / x, "Equal": np.equal, "Greater": np.greater, "LessOrEqual": np.less_equal,
    "And": np.logical_and, "Not": np.logical_not, "Where": np.where, "MatMul": np.matmul,
    "Shape": lambda x, **_: np.array(x.shape, dtype=np.int64),
    "Gather": lambda x, i, axis=0: np.take(x, i, axis=axis),
    "Concat": lambda *xs, axis: np.concatenate(xs, axis=axis),
    "Unsqueeze": lambda x, axes: np.expand_dims(x, tuple(int(a) for a in axes)),
    "Reshape": lambda x, s, **_: x.reshape([x.shape[i] if v == 0 else int(v) for i, v in enumerate(s)]),
    "Transpose": lambda x, perm=None: np.transpose(x, perm),
    "Expand": lambda x, s: x * np.ones(tuple(int(v) for v in s), dtype=x.dtype),
    "Range": lambda s, e, d: np.arange(s, e, d, dtype=np.asarray(s).dtype),
    "ConstantOfShape": lambda s, value=None: np.full(tuple(int(v) for v in s),
                                                     numpy_helper.to_array(value)[0] if value is not None else 0.0,
                                                     dtype=numpy_helper.to_array(value).dtype if value is not None else np.float32),
    "Cast": lambda x, to: x.astype(TENSOR_TYPE_TO_NP_TYPE[to]),
    "Slice": _slice, "Softmax": lambda x, axis=-1: _softmax(x, axis),
    "ReduceMean": lambda x, axes=None, keepdims=1: x.mean(axis=tuple(axes), keepdims=bool(keepdims)),
    "ReduceSum": lambda x, axes=None, keepdims=1, **_: x.sum(axis=tuple(int(a) for a in axes), keepdims=bool(keepdims)),
    "Split": lambda x, split, axis=0: tuple(np.split(x, np.cumsum(split)[:-1].astype(int), axis=axis)),
    "TopK": _topk, "OneHot": _onehot, "MatMulNBits": _matmul_nbits, "MoE": _moe,
}


def run(model, feeds, trace=None):
    """trace(node, inputs), if given, sees every node's input arrays before it runs."""
    env = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    env.update(feeds)
    _run_graph(model.graph, env, trace)
    return {o.name: env[o.name] for o in model.graph.output}


def _run_graph(graph, env, trace):
    """Runs graph's nodes over env (names to arrays, the outer scope's included), adding their outputs to it."""
    for node in graph.node:
        a = _attrs(node)
        if node.op_type == "Constant":
            env[node.output[0]] = numpy_helper.to_array(a["value"])
            continue
        args = [env[x] if x else None for x in node.input]
        while args and args[-1] is None:
            args.pop()
        if trace:
            trace(node, args)
        if node.op_type == "If":
            # A branch sees the outer scope and its own initializers; only its outputs come back.
            branch = a["then_branch"] if bool(np.asarray(args[0]).reshape(-1)[0]) else a["else_branch"]
            inner = dict(env, **{i.name: numpy_helper.to_array(i) for i in branch.initializer})
            _run_graph(branch, inner, trace)
            outs = tuple(inner[o.name] for o in branch.output)
        else:
            out = OPS[node.op_type](*args, **a)
            outs = out if isinstance(out, tuple) else (out,)
        for name, val in zip(node.output, outs):
            env[name] = np.asarray(val)
