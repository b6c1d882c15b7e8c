"""ONNX export with an explicit KV cache, in the onnxruntime-genai layout (genai_config.json) or the Hugging Face
Optimum layout (config.json + generation_config.json), plus patentdesk.json and tokenizer.json.

Graph contract (what local-inference expects):
  inputs  input_ids int64 [b,s], attention_mask int64 [b,past+s], position_ids int64 [b,s],
          past_key_values.N.key / .value  [b, kv_heads, past, head_dim]
  outputs logits [b,s,vocab], present.N.key / .value [b, kv_heads, past+s, head_dim]
The first step feeds past tensors with past = 0."""
import json
import os

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import TensorProto, helper, numpy_helper

from .model import PatentGPT
from .moe_graph import decode_switch, routed_ffn
from .prompts import patentdesk_json
from .word_rules import LEXICON_FILE, write_lexicon

OPSET = 14


class _KvWrapper(nn.Module):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def forward(self, input_ids, attention_mask, position_ids, *past_flat):
        past = [(past_flat[2 * i], past_flat[2 * i + 1]) for i in range(len(past_flat) // 2)]
        logits, presents = self.model(input_ids, attention_mask, position_ids, past)
        out = [logits]
        for k, v in presents:
            out += [k, v]
        return tuple(out)


def io_names(num_layers):
    past = [f"past_key_values.{i}.{kv}" for i in range(num_layers) for kv in ("key", "value")]
    present = [f"present.{i}.{kv}" for i in range(num_layers) for kv in ("key", "value")]
    return ["input_ids", "attention_mask", "position_ids"] + past, ["logits"] + present


def dummy_inputs(cfg, batch=2, seq=3, past=4, dtype=torch.float32):
    ids = torch.randint(0, cfg.vocab_size, (batch, seq))
    mask = torch.ones(batch, past + seq, dtype=torch.long)
    pos = torch.arange(past, past + seq).unsqueeze(0).expand(batch, seq).contiguous()
    kv = [torch.randn(batch, cfg.num_kv_heads, past, cfg.head_dim, dtype=dtype) for _ in range(2 * cfg.num_layers)]
    return (ids, mask, pos, *kv)


MOE_FORMS = ("routed", "ort", "gathered-decode")


def export_graph(model: PatentGPT, path, moe="routed"):
    """moe: how a mixture-of-experts layer is written - "routed": standard operators, one pre-packed MatMul pair per
    expert on the rows routed to it (moe_graph.routed_ffn; measured faster here, and quantizable to MatMulNBits);
    "ort": ONNX Runtime's com.microsoft MoE node; "gathered-decode": a one-row step gathers the top-k experts'
    stacked weights, more rows take the routed form (moe_graph.decode_switch; measured slower, kept for
    moe_bench)."""
    if moe not in MOE_FORMS:
        raise ValueError(f"moe must be one of {', '.join(MOE_FORMS)}")
    cfg = model.cfg
    model = model.eval().float()
    inputs, outputs = io_names(cfg.num_layers)
    axes = {"input_ids": {0: "batch_size", 1: "sequence_length"},
            "attention_mask": {0: "batch_size", 1: "total_sequence_length"},
            "position_ids": {0: "batch_size", 1: "sequence_length"},
            "logits": {0: "batch_size", 1: "sequence_length"}}
    for n in inputs[3:]:
        axes[n] = {0: "batch_size", 2: "past_sequence_length"}
    for n in outputs[1:]:
        axes[n] = {0: "batch_size", 2: "total_sequence_length"}
    with torch.no_grad():
        torch.onnx.export(_KvWrapper(model), dummy_inputs(cfg), path, input_names=inputs, output_names=outputs,
                          dynamic_axes=axes, opset_version=OPSET, do_constant_folding=True,
                          custom_opsets={"com.microsoft": 1} if cfg.num_experts else None)
    if cfg.num_experts:
        proto = onnx.load(path)
        changed = drop_zero_moe_biases(proto.graph)
        if moe != "ort":
            changed = expand_moe_nodes(proto, gathered_decode=moe == "gathered-decode") or changed
        if changed:
            # A graph past protobuf's 2 GB limit keeps its weights in one external file beside it.
            big = sum(len(t.raw_data) for t in _initializers(proto.graph)) >= (1 << 31) - (1 << 26)
            onnx.save(proto, path, save_as_external_data=big, all_tensors_to_one_file=True,
                      location=os.path.basename(path) + ".data")
    # Checked by path: a graph over 2 GB (weights in external files) cannot be checked as one protobuf.
    onnx.checker.check_model(path)
    return onnx.load(path)


def _initializers(graph):
    """graph's initializers and those of its If branches (decode_switch keeps the experts' weights there)."""
    yield from graph.initializer
    for n in graph.node:
        for a in n.attribute:
            if a.type == onnx.AttributeProto.GRAPH:
                yield from _initializers(a.g)


def expand_moe_nodes(model_proto, gathered_decode=False):
    """Replaces every com.microsoft MoE node (swiglu experts, no biases) by moe_graph.routed_ffn, its weights by one
    [H, 2I] and one [I, H] initializer per expert, and the router logits' [-1, E] reshape by [-1, 1, E] (the layout
    routed_ffn weighs the experts' rows with); gathered_decode: by moe_graph.decode_switch instead. Returns how
    many nodes it replaced."""
    g = model_proto.graph
    inits = {i.name: i for i in g.initializer}
    producers = {o: n for n in g.node for o in n.output}
    new_nodes, replaced, dropped, shapes = [], 0, set(), None
    for node in g.node:
        if node.op_type != "MoE" or node.domain != "com.microsoft":
            new_nodes.append(node)
            continue
        attrs = {a.name: helper.get_attribute_value(a) for a in node.attribute}
        if attrs.get("activation_type") != b"swiglu" or attrs.get("swiglu_fusion") != 1 or any(
                i < len(node.input) and node.input[i] for i in (3, 5, 6, 7)):
            raise ValueError(f"{node.name}: only bias-free swiglu experts (swiglu_fusion=1) can be expanded")
        fc1, fc2 = numpy_helper.to_array(inits[node.input[2]]), numpy_helper.to_array(inits[node.input[4]])
        reshape = producers.get(node.input[1])
        if reshape is None or reshape.op_type != "Reshape":
            raise ValueError(f"{node.name}: the router logits are expected from a Reshape")
        prefix = node.name.rsplit("/", 1)[0] + "/routed" if node.name else f"/moe{replaced}/routed"
        shape_name = prefix + "/logits_shape"
        g.initializer.append(numpy_helper.from_array(np.array([-1, 1, fc1.shape[0]], np.int64), shape_name))
        reshape.input[1] = shape_name
        if gathered_decode:
            nodes, new_inits, shapes = decode_switch(prefix, node.input[0], node.input[1], fc1, fc2, int(attrs["k"]),
                                                     node.output[0], shapes)
        else:
            nodes, new_inits, shapes = routed_ffn(prefix, node.input[0], node.input[1], fc1, fc2, int(attrs["k"]),
                                                  node.output[0], shapes)
        new_nodes += nodes
        g.initializer.extend(new_inits)
        dropped |= {node.input[2], node.input[4]}
        replaced += 1
    if not replaced:
        return 0
    del g.node[:]
    g.node.extend(new_nodes)
    used = {x for n in g.node for x in n.input}
    for name in list(dropped):
        if name not in used:
            g.initializer.remove(inits[name])
    constants = [n for n in g.node if n.op_type == "Constant" and n.output[0] not in used]
    for c in constants:
        g.node.remove(c)
    if not any(n.domain == "com.microsoft" for n in g.node):
        keep = [o for o in model_proto.opset_import if o.domain != "com.microsoft"]
        del model_proto.opset_import[:]
        model_proto.opset_import.extend(keep)
    return replaced


def drop_zero_moe_biases(graph):
    """Leaves the MoE nodes' bias inputs (3: fc1, 5: fc2) empty where they are all-zero Constants (the experts have
    no biases; torch's exporter cannot write an absent optional input): ONNX Runtime then skips the bias adds, and
    the zeros leave the file. Returns how many inputs it emptied."""
    constants = {n.output[0]: n for n in graph.node if n.op_type == "Constant"}
    dropped = 0
    for node in graph.node:
        if node.op_type != "MoE" or node.domain != "com.microsoft":
            continue
        for i in (3, 5):
            c = constants.get(node.input[i]) if i < len(node.input) else None
            if c is not None and not numpy_helper.to_array(c.attribute[0].t).any():
                node.input[i] = ""
                dropped += 1
    while node_inputs_end_empty(graph):
        pass
    used = {x for n in graph.node for x in n.input} | {o.name for o in graph.output}
    for name, c in constants.items():
        if name not in used:
            graph.node.remove(c)
    return dropped


def node_inputs_end_empty(graph):
    """Trims trailing empty inputs of MoE nodes (an optional input may be left off the end)."""
    trimmed = False
    for node in graph.node:
        if node.op_type == "MoE" and node.input and node.input[-1] == "":
            del node.input[-1]
            trimmed = True
    return trimmed


def to_float16_io(model_proto, min_weight_elems=16):
    """Stores weights, KV cache and logits as float16 while computing in float32 (Cast nodes at the boundary), so
    the model has float16 I/O like a GPU export yet runs on ONNX Runtime's CPU kernels."""
    g = model_proto.graph
    new_nodes = []
    # Weights: float16 initializers followed by a Cast back to float32 (folded once by ORT at load).
    for init in g.initializer:
        if init.data_type == TensorProto.FLOAT and int(np.prod(init.dims)) >= min_weight_elems:
            arr = numpy_helper.to_array(init).astype(np.float16)
            name = init.name
            init.CopyFrom(numpy_helper.from_array(arr, name + "_fp16"))
            new_nodes.append(helper.make_node("Cast", [name + "_fp16"], [name], to=TensorProto.FLOAT, name=name + "_cast"))
    for inp in g.input:
        if inp.type.tensor_type.elem_type == TensorProto.FLOAT:
            inner = inp.name + "_f32"
            for n in g.node:
                for i, x in enumerate(n.input):
                    if x == inp.name:
                        n.input[i] = inner
            new_nodes.append(helper.make_node("Cast", [inp.name], [inner], to=TensorProto.FLOAT, name=inner + "_cast"))
            inp.type.tensor_type.elem_type = TensorProto.FLOAT16
    tail = []
    for out in g.output:
        if out.type.tensor_type.elem_type == TensorProto.FLOAT:
            inner = out.name + "_f32"
            for n in g.node:
                for i, x in enumerate(n.output):
                    if x == out.name:
                        n.output[i] = inner
                for i, x in enumerate(n.input):
                    if x == out.name:
                        n.input[i] = inner
            tail.append(helper.make_node("Cast", [inner], [out.name], to=TensorProto.FLOAT16, name=out.name + "_cast"))
            out.type.tensor_type.elem_type = TensorProto.FLOAT16
    nodes = new_nodes + list(g.node) + tail
    del g.node[:]
    g.node.extend(nodes)
    del g.value_info[:]
    onnx.checker.check_model(model_proto)
    return model_proto


def genai_config(cfg, tok, dtype="float32", search=None):
    eos = tok.token_id("<|endoftext|>")
    return genai_config_for_ids(cfg, eos, [eos], eos, dtype, search)


def genai_config_for_ids(cfg, bos, eos_ids, pad, dtype="float32", search=None, model_type="llama"):
    """genai_config.json of the explicit-KV graph: token ids, decoder dimensions, the standard I/O names."""
    s = {"do_sample": False, "max_length": cfg.context_length, "min_length": 0, "num_beams": 1,
         "num_return_sequences": 1, "past_present_share_buffer": False, "repetition_penalty": 1.1,
         "temperature": 0.7, "top_k": 40, "top_p": 0.9, "length_penalty": 1.0, "early_stopping": True,
         "diversity_penalty": 0.0, "no_repeat_ngram_size": 0}
    if search:
        s.update(search)
    return {
        "model": {
            "bos_token_id": bos, "context_length": cfg.context_length, "eos_token_id": list(eos_ids),
            "pad_token_id": pad, "type": model_type, "vocab_size": cfg.vocab_size,
            "decoder": {
                "session_options": {"log_id": "onnxruntime-genai", "provider_options": []},
                "filename": "model.onnx", "head_size": cfg.head_dim, "hidden_size": cfg.hidden_size,
                "num_attention_heads": cfg.num_heads, "num_hidden_layers": cfg.num_layers,
                "num_key_value_heads": cfg.num_kv_heads,
                "inputs": {"input_ids": "input_ids", "attention_mask": "attention_mask", "position_ids": "position_ids",
                           "past_key_names": "past_key_values.%d.key", "past_value_names": "past_key_values.%d.value"},
                "outputs": {"logits": "logits", "present_key_names": "present.%d.key",
                            "present_value_names": "present.%d.value"},
            },
        },
        "search": s,
        "patentdesk": {"dtype": dtype, "mixture_of_experts": cfg.num_experts > 0},
    }


def optimum_config(cfg, tok, dtype="float32"):
    eos = tok.token_id("<|endoftext|>")
    return {
        "architectures": ["LlamaForCausalLM"], "model_type": "llama", "vocab_size": cfg.vocab_size,
        "hidden_size": cfg.hidden_size, "intermediate_size": cfg.intermediate_size,
        "num_hidden_layers": cfg.num_layers, "num_attention_heads": cfg.num_heads,
        "num_key_value_heads": cfg.num_kv_heads, "head_dim": cfg.head_dim, "hidden_act": "silu",
        "max_position_embeddings": cfg.context_length, "rms_norm_eps": cfg.rms_eps, "rope_theta": cfg.rope_theta,
        "tie_word_embeddings": True, "bos_token_id": eos, "eos_token_id": eos, "pad_token_id": eos,
        "torch_dtype": dtype, "use_cache": True,
    }


def generation_config(tok, cfg):
    eos = tok.token_id("<|endoftext|>")
    return {"bos_token_id": eos, "eos_token_id": [eos], "pad_token_id": eos, "max_length": cfg.context_length,
            "do_sample": False, "repetition_penalty": 1.1, "temperature": 0.7, "top_p": 0.9, "top_k": 40}


def tokenizer_config(tok, cfg):
    return {"model_max_length": cfg.context_length, "bos_token": "<|endoftext|>", "eos_token": "<|endoftext|>",
            "pad_token": "<|endoftext|>", "unk_token": None, "add_bos_token": False, "add_eos_token": False,
            "clean_up_tokenization_spaces": False, "tokenizer_class": "PreTrainedTokenizerFast",
            "additional_special_tokens": [t for t in tok.special_tokens if t != "<|endoftext|>"]}


def _dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def write_model_folder(model, tok, out_dir, layout="genai", fp16=False, display_name="PatentGPT-mini",
                       onnx_proto=None, lexicon=None):
    """Exports model (or writes the given, e.g. quantized, ONNX proto) with every side file of the layout; lexicon: the
    words of the folder's word list (word_rules.LEXICON_FILE), or None for none."""
    os.makedirs(out_dir, exist_ok=True)
    cfg = model.cfg
    onnx_path = os.path.join(out_dir, "model.onnx")
    if onnx_proto is None:
        onnx_proto = export_graph(model, onnx_path)
        if fp16:
            onnx_proto = to_float16_io(onnx_proto)
    onnx.save(onnx_proto, onnx_path)
    dtype = "float16" if fp16 else "float32"
    tok.save(os.path.join(out_dir, "tokenizer.json"))
    _dump(tokenizer_config(tok, cfg), os.path.join(out_dir, "tokenizer_config.json"))
    if layout == "genai":
        _dump(genai_config(cfg, tok, dtype), os.path.join(out_dir, "genai_config.json"))
    elif layout == "optimum":
        _dump(optimum_config(cfg, tok, dtype), os.path.join(out_dir, "config.json"))
        _dump(generation_config(tok, cfg), os.path.join(out_dir, "generation_config.json"))
    else:
        raise ValueError(f"unknown layout {layout!r} (genai or optimum)")
    if lexicon:
        write_lexicon(lexicon, os.path.join(out_dir, LEXICON_FILE))
    elif os.path.exists(os.path.join(out_dir, LEXICON_FILE)):
        os.remove(os.path.join(out_dir, LEXICON_FILE))  # an earlier export's list must not outlive it
    _dump(patentdesk_json(display_name, cfg.context_length, LEXICON_FILE if lexicon else None),
          os.path.join(out_dir, "patentdesk.json"))
    return onnx_path
