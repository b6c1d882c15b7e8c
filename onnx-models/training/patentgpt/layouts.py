"""The graph layouts of the standard ONNX exports of open models, made from a PatentGPT so local-inference can be
tested on each without downloading a real model:

  combined_past   GPT-2-style onnxruntime-genai exports: one `past_%d` / `present_%d` per layer holding key and value
                  stacked, [2, batch, kv_heads, seq, head_size] (genai_config: past_names / present_names).
  int32_io        input_ids, attention_mask (and position_ids) as int32, as some DirectML/mobile exports take them.
  bfloat16_io     KV cache and logits in bfloat16 (computing in float32 behind Cast nodes, like to_float16_io).
  gqa_graph       onnxruntime-genai model-builder graphs: com.microsoft GroupQueryAttention with rotary inside
                  (do_rotary, cos/sin caches) and no position_ids; seqlens_k and total_sequence_length derived from the
                  attention mask in the graph, or taken as graph inputs (explicit_seqlens=True).

Each function returns a checked ModelProto; `genai_config_for` writes the matching genai_config.json names."""
import math

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def _rename_inputs(graph, old, new):
    for n in graph.node:
        n.input[:] = [new if x == old else x for x in n.input]


def _rename_outputs(graph, old, new):
    for n in graph.node:
        n.output[:] = [new if x == old else x for x in n.output]
        n.input[:] = [new if x == old else x for x in n.input]


def _copy(model):
    return onnx.ModelProto.FromString(model.SerializeToString())


def _dims(value_info):
    return [d.dim_param or d.dim_value for d in value_info.type.tensor_type.shape.dim]


def _const_i64(name, values):
    return helper.make_node("Constant", [], [name], value=helper.make_tensor(name, TensorProto.INT64, [len(values)],
                                                                               values))


def combined_past(model, num_layers, past="past_key_values.%d.%s", present="present.%d.%s"):
    """past_key_values.N.key/value inputs -> past_N [2, b, kvh, past, hd]; present.N.key/value -> present_N."""
    m = _copy(model)
    g = m.graph
    head, tail = [_const_i64("combined_axis0", [0])], []
    inputs = {i.name: i for i in g.input}
    outputs = {o.name: o for o in g.output}
    new_inputs = [i for i in g.input if not i.name.startswith(past.split("%")[0])]
    new_outputs = [o for o in g.output if not o.name.startswith(present.split("%")[0])]
    for layer in range(num_layers):
        k_in, v_in = inputs[past % (layer, "key")], inputs[past % (layer, "value")]
        dims = _dims(k_in)
        combined = f"past_{layer}"
        new_inputs.append(helper.make_tensor_value_info(combined, k_in.type.tensor_type.elem_type, [2] + dims))
        for idx, vi in enumerate((k_in, v_in)):
            index = helper.make_tensor(f"{combined}_i{idx}", TensorProto.INT64, [], [idx])
            head += [helper.make_node("Constant", [], [f"{combined}_i{idx}"], value=index),
                     helper.make_node("Gather", [combined, f"{combined}_i{idx}"], [vi.name], axis=0)]
        k_out, v_out = outputs[present % (layer, "key")], outputs[present % (layer, "value")]
        parts = []
        for vi in (k_out, v_out):
            inner = vi.name + "_single"
            _rename_outputs(g, vi.name, inner)
            tail.append(helper.make_node("Unsqueeze", [inner, "combined_axis0"], [inner + "_u"]))
            parts.append(inner + "_u")
        tail.append(helper.make_node("Concat", parts, [f"present_{layer}"], axis=0))
        new_outputs.append(helper.make_tensor_value_info(f"present_{layer}", k_out.type.tensor_type.elem_type,
                                                         [2] + _dims(k_out)))
    nodes = head + list(g.node) + tail
    del g.node[:]
    g.node.extend(nodes)
    del g.input[:]
    g.input.extend(new_inputs)
    del g.output[:]
    g.output.extend(new_outputs)
    del g.value_info[:]
    onnx.checker.check_model(m)
    return m


def int32_io(model, names=("input_ids", "attention_mask", "position_ids")):
    """The named int64 inputs become int32, cast back to int64 inside."""
    m = _copy(model)
    g = m.graph
    casts = []
    for inp in g.input:
        if inp.name in names and inp.type.tensor_type.elem_type == TensorProto.INT64:
            inner = inp.name + "_i64"
            _rename_inputs(g, inp.name, inner)
            casts.append(helper.make_node("Cast", [inp.name], [inner], to=TensorProto.INT64))
            inp.type.tensor_type.elem_type = TensorProto.INT32
    nodes = casts + list(g.node)
    del g.node[:]
    g.node.extend(nodes)
    onnx.checker.check_model(m)
    return m


def bfloat16_io(model):
    """float inputs (the KV cache) and outputs (logits, presents) become bfloat16, with Casts at the boundary; the
    weights and arithmetic stay float32 (ONNX Runtime's CPU kernels have Cast, not MatMul, for bfloat16)."""
    m = _copy(model)
    g = m.graph
    head, tail = [], []
    for inp in g.input:
        if inp.type.tensor_type.elem_type == TensorProto.FLOAT:
            inner = inp.name + "_f32"
            _rename_inputs(g, inp.name, inner)
            head.append(helper.make_node("Cast", [inp.name], [inner], to=TensorProto.FLOAT))
            inp.type.tensor_type.elem_type = TensorProto.BFLOAT16
    for out in g.output:
        if out.type.tensor_type.elem_type == TensorProto.FLOAT:
            inner = out.name + "_f32"
            _rename_outputs(g, out.name, inner)
            tail.append(helper.make_node("Cast", [inner], [out.name], to=TensorProto.BFLOAT16))
            out.type.tensor_type.elem_type = TensorProto.BFLOAT16
    nodes = head + list(g.node) + tail
    del g.node[:]
    g.node.extend(nodes)
    del g.value_info[:]
    onnx.checker.check_model(m)
    return m


class _Builder:
    def __init__(self):
        self.nodes, self.inits, self.count = [], [], 0

    def init(self, name, array):
        self.inits.append(numpy_helper.from_array(np.ascontiguousarray(array), name))
        return name

    def op(self, op_type, inputs, n_out=1, domain=None, **attrs):
        self.count += 1
        outs = [f"{op_type.lower()}_{self.count}_{i}" for i in range(n_out)]
        self.nodes.append(helper.make_node(op_type, inputs, outs, name=f"{op_type}_{self.count}",
                                           **({"domain": domain} if domain else {}), **attrs))
        return outs[0] if n_out == 1 else outs

    def rms_norm(self, x, weight, eps, name):
        # x * 1/sqrt(mean(x^2) + eps) * w, the same arithmetic as model.RMSNorm.
        two = self.init(name + ".two", np.array(2.0, dtype=np.float32))
        epsilon = self.init(name + ".eps", np.array(eps, dtype=np.float32))
        mean = self.op("ReduceMean", [self.op("Pow", [x, two])], axes=[-1], keepdims=1)
        inv = self.op("Reciprocal", [self.op("Sqrt", [self.op("Add", [mean, epsilon])])])
        return self.op("Mul", [self.op("Mul", [x, inv]), self.init(name + ".weight", weight)])

    def linear(self, x, weight, name):
        return self.op("MatMul", [x, self.init(name, weight.T.astype(np.float32))])


def gqa_graph(model, explicit_seqlens=False):
    """A model-builder-style graph of the PatentGPT `model` (dense FFN): GroupQueryAttention with rotary inside,
    no position_ids. Inputs input_ids, attention_mask (or, with explicit_seqlens, seqlens_k int32 [b] and
    total_sequence_length int32 scalar instead of the mask), past_key_values.N.key/value [b, kvh, past, hd]; outputs
    logits, present.N.key/value. The same weights and arithmetic as the torch model, so its logits match it."""
    cfg = model.cfg
    if cfg.num_experts:
        raise ValueError("gqa_graph exports dense models only")
    if cfg.head_dim % 16:
        raise ValueError("ONNX Runtime's CPU GroupQueryAttention needs a head size that is a multiple of 16")
    sd = {k: v.detach().float().numpy() for k, v in model.state_dict().items()}
    b = _Builder()
    hd, kvh = cfg.head_dim, cfg.num_kv_heads
    inputs = [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch_size", "sequence_length"])]
    if explicit_seqlens:
        inputs += [helper.make_tensor_value_info("seqlens_k", TensorProto.INT32, ["batch_size"]),
                   helper.make_tensor_value_info("total_sequence_length", TensorProto.INT32, [])]
        seqlens, total = "seqlens_k", "total_sequence_length"
    else:
        inputs.append(helper.make_tensor_value_info("attention_mask", TensorProto.INT64,
                                                    ["batch_size", "total_sequence_length"]))
        # As the model builder does: seqlens_k = sum(mask) - 1, total = mask's second dimension, both int32.
        one = b.init("mask.one", np.array(1, dtype=np.int64))
        summed = b.op("ReduceSum", ["attention_mask", b.init("mask.axes", np.array([1], dtype=np.int64))], keepdims=0)
        seqlens = b.op("Cast", [b.op("Sub", [summed, one])], to=TensorProto.INT32)
        shape = b.op("Shape", ["attention_mask"])
        total = b.op("Cast", [b.op("Gather", [shape, one], axis=0)], to=TensorProto.INT32)
    # Rotary tables for every position the model reads: [context, hd/2].
    inv_freq = 1.0 / (cfg.rope_theta ** (np.arange(0, hd, 2, dtype=np.float32) / hd))
    freqs = np.outer(np.arange(cfg.context_length, dtype=np.float32), inv_freq)
    cos = b.init("cos_cache", np.cos(freqs).astype(np.float32))
    sin = b.init("sin_cache", np.sin(freqs).astype(np.float32))
    embed = b.init("embed.weight", sd["embed.weight"])
    x = b.op("Gather", [embed, "input_ids"], axis=0)
    outputs_kv = []
    for i in range(cfg.num_layers):
        p = f"layers.{i}."
        h = b.rms_norm(x, sd[p + "attn_norm.weight"], cfg.rms_eps, p + "attn_norm")
        q = b.linear(h, sd[p + "attn.q.weight"], p + "attn.q.weight_t")
        k = b.linear(h, sd[p + "attn.k.weight"], p + "attn.k.weight_t")
        v = b.linear(h, sd[p + "attn.v.weight"], p + "attn.v.weight_t")
        attn, pk, pv = b.op("GroupQueryAttention", [q, k, v, f"past_key_values.{i}.key", f"past_key_values.{i}.value",
                                                   seqlens, total, cos, sin], n_out=3, domain="com.microsoft",
                            num_heads=cfg.num_heads, kv_num_heads=kvh, scale=1.0 / math.sqrt(hd), do_rotary=1,
                            rotary_interleaved=0)
        b.nodes.append(helper.make_node("Identity", [pk], [f"present.{i}.key"]))
        b.nodes.append(helper.make_node("Identity", [pv], [f"present.{i}.value"]))
        outputs_kv += [f"present.{i}.key", f"present.{i}.value"]
        x = b.op("Add", [x, b.linear(attn, sd[p + "attn.o.weight"], p + "attn.o.weight_t")])
        h = b.rms_norm(x, sd[p + "ffn_norm.weight"], cfg.rms_eps, p + "ffn_norm")
        gate = b.linear(h, sd[p + "ffn.gate.weight"], p + "ffn.gate.weight_t")
        silu = b.op("Mul", [gate, b.op("Sigmoid", [gate])])
        up = b.linear(h, sd[p + "ffn.up.weight"], p + "ffn.up.weight_t")
        x = b.op("Add", [x, b.linear(b.op("Mul", [silu, up]), sd[p + "ffn.down.weight"], p + "ffn.down.weight_t")])
    x = b.rms_norm(x, sd["norm.weight"], cfg.rms_eps, "norm")
    # Tied embeddings: the head reads the embedding table transposed (folded once when ONNX Runtime loads the graph).
    b.nodes.append(helper.make_node("MatMul", [x, b.op("Transpose", [embed], perm=[1, 0])], ["logits"]))
    for i in range(cfg.num_layers):
        for kv in ("key", "value"):
            inputs.append(helper.make_tensor_value_info(f"past_key_values.{i}.{kv}", TensorProto.FLOAT,
                                                        ["batch_size", kvh, "past_sequence_length", hd]))
    outputs = [helper.make_tensor_value_info("logits", TensorProto.FLOAT,
                                             ["batch_size", "sequence_length", cfg.vocab_size])]
    outputs += [helper.make_tensor_value_info(n, TensorProto.FLOAT, ["batch_size", kvh, "total_sequence_length", hd])
                for n in outputs_kv]
    graph = helper.make_graph(b.nodes, "patentgpt_gqa", inputs, outputs, initializer=b.inits)
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14), helper.make_opsetid("com.microsoft", 1)],
                          producer_name="patentgpt-layouts")
    m.ir_version = 8
    onnx.checker.check_model(m)
    return m


def genai_names(combined=False, position_ids=True, explicit_seqlens=False):
    """The inputs/outputs sections of genai_config.json's model.decoder for a layout."""
    inputs = {"input_ids": "input_ids"}
    if explicit_seqlens:
        inputs.update({"seqlens_k": "seqlens_k", "total_sequence_length": "total_sequence_length"})
    else:
        inputs["attention_mask"] = "attention_mask"
    if position_ids:
        inputs["position_ids"] = "position_ids"
    outputs = {"logits": "logits"}
    if combined:
        inputs["past_names"] = "past_%d"
        outputs["present_names"] = "present_%d"
    else:
        inputs.update({"past_key_names": "past_key_values.%d.key", "past_value_names": "past_key_values.%d.value"})
        outputs.update({"present_key_names": "present.%d.key", "present_value_names": "present.%d.value"})
    return inputs, outputs
