"""Open Hugging Face bases of the Llama family (LlamaForCausalLM, MistralForCausalLM, Qwen2ForCausalLM) as PatentGPT
modules, and as engine-ready ONNX folders:

    python3 -m patentgpt convert --base HF_DIR --out MODEL_DIR [--quantize none|int8|int4]

The weights are read from safetensors directly (safetensors_io.py) into the training module (model.PatentGPT, which
has the features these bases need: head size, untied head, q/k/v biases, Llama 3 rotary scaling), so a base can be
trained further (base_model in a pipeline configuration) and is exported by the same code as PatentGPT-mini: a genai
folder with the explicit KV cache graph (export.py), the base's tokenizer files and chat template carried over."""
import json
import os
import shutil
import tempfile
import time

import onnx

from . import quantize as quantize_mod
from .export import export_graph, genai_config_for_ids
from .model import ModelConfig, PatentGPT
from .safetensors_io import SafetensorsError, load_checkpoint

ARCHITECTURES = {"LlamaForCausalLM": "llama", "MistralForCausalLM": "mistral", "Qwen2ForCausalLM": "qwen2"}
# Files of a Hugging Face folder the engine reads (tokenizer, special tokens, chat template, generation defaults).
SIDE_FILES = ["tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "generation_config.json",
              "chat_template.jinja", "chat_template.json"]
# Above this many bytes of weights the graph keeps them in model.onnx.data: one protobuf cannot exceed 2 GB.
EXTERNAL_DATA_BYTES = 1 << 30


class ConvertError(ValueError):
    """A base this converter cannot read; the message is one line naming the file and the problem."""


def _read_json(path, required=True):
    if not os.path.exists(path):
        if required:
            raise ConvertError(f"{path} is missing")
        return None
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ConvertError(f"{path}: not valid JSON ({e})") from None


def read_base_config(base):
    return _read_json(os.path.join(base, "config.json"))


def model_config(hf, where="config.json"):
    """The ModelConfig of a Hugging Face config.json (dict); ConvertError for what the module cannot compute."""
    arch = (hf.get("architectures") or [None])[0]
    if arch not in ARCHITECTURES:
        raise ConvertError(f"{where}: architecture {arch!r} is not supported ({', '.join(ARCHITECTURES)})")
    kind = ARCHITECTURES[arch]
    if hf.get("hidden_act", "silu") != "silu":
        raise ConvertError(f"{where}: hidden_act {hf['hidden_act']!r} is not supported (silu)")
    if hf.get("mlp_bias"):
        raise ConvertError(f"{where}: mlp_bias is not supported")
    heads = hf["num_attention_heads"]
    bias = hf.get("attention_bias", False)
    rope_scaling = hf.get("rope_scaling")
    if rope_scaling:
        kind_rs = rope_scaling.get("rope_type", rope_scaling.get("type", "default"))
        if kind_rs not in ("default", "linear", "llama3"):
            raise ConvertError(f"{where}: rope_scaling type {kind_rs!r} is not supported (default, linear, llama3)")
    context = hf.get("max_position_embeddings", 4096)
    window = _sliding_window(hf, kind)
    if window and window < context:
        # The graph attends to the whole cache: the context stops where the window would start to matter, so the
        # model's math stays exactly the base's.
        context = window
    return ModelConfig(
        vocab_size=hf["vocab_size"], hidden_size=hf["hidden_size"], num_layers=hf["num_hidden_layers"],
        num_heads=heads, num_kv_heads=hf.get("num_key_value_heads") or heads,
        intermediate_size=hf["intermediate_size"], context_length=context,
        rope_theta=float(hf.get("rope_theta", 10000.0)), rms_eps=float(hf.get("rms_norm_eps", 1e-6)),
        head_size=hf.get("head_dim") or 0,
        # Llama, Mistral and Qwen2 configs default to an untied head when the key is absent.
        tie_embeddings=bool(hf.get("tie_word_embeddings", False)),
        qkv_bias=kind == "qwen2" or bool(bias), o_bias=kind != "qwen2" and bool(bias),
        rope_scaling=dict(rope_scaling) if rope_scaling else None)


def _sliding_window(hf, kind):
    if kind == "mistral":
        return hf.get("sliding_window")
    if kind == "qwen2" and hf.get("use_sliding_window"):
        return hf.get("sliding_window")
    return None


def hf_to_patentgpt_names(cfg: ModelConfig):
    """{Hugging Face tensor name: PatentGPT state_dict name} for every weight the module has."""
    names = {"model.embed_tokens.weight": "embed.weight", "model.norm.weight": "norm.weight"}
    if not cfg.tie_embeddings:
        names["lm_head.weight"] = "lm_head.weight"
    for i in range(cfg.num_layers):
        hf, pg = f"model.layers.{i}.", f"layers.{i}."
        names[hf + "input_layernorm.weight"] = pg + "attn_norm.weight"
        names[hf + "post_attention_layernorm.weight"] = pg + "ffn_norm.weight"
        for proj in "qkvo":
            names[hf + f"self_attn.{proj}_proj.weight"] = pg + f"attn.{proj}.weight"
        if cfg.qkv_bias:
            for proj in "qkv":
                names[hf + f"self_attn.{proj}_proj.bias"] = pg + f"attn.{proj}.bias"
        if cfg.o_bias:
            names[hf + "self_attn.o_proj.bias"] = pg + "attn.o.bias"
        for proj in ("gate", "up", "down"):
            names[hf + f"mlp.{proj}_proj.weight"] = pg + f"ffn.{proj}.weight"
    return names


def load_base(base):
    """(PatentGPT with the base's weights in float32, Hugging Face config dict)."""
    hf = read_base_config(base)
    cfg = model_config(hf, os.path.join(base, "config.json"))
    try:
        tensors = load_checkpoint(base)
    except SafetensorsError as e:
        raise ConvertError(str(e)) from None
    names = hf_to_patentgpt_names(cfg)
    missing = [n for n in names if n not in tensors]
    if missing:
        raise ConvertError(f"{base}: the checkpoint lacks {missing[0]}" + (f" and {len(missing) - 1} more" if len(missing) > 1 else ""))
    # Tied bases may still store lm_head (a copy of the embedding); rotary buffers are recomputed from the config.
    ignorable = ("lm_head.weight", ".rotary_emb.inv_freq")
    unknown = [n for n in tensors if n not in names and not n.endswith(ignorable)]
    if unknown:
        raise ConvertError(f"{base}: tensor {unknown[0]} has no place in a {hf['architectures'][0]}")
    model = PatentGPT(cfg)
    state = {names[n]: tensors[n] for n in names}
    own = model.state_dict()
    for name, t in state.items():
        if tuple(own[name].shape) != tuple(t.shape):
            hf_name = next(k for k, v in names.items() if v == name)
            raise ConvertError(f"{base}: {hf_name} has shape {list(t.shape)}, config.json implies {list(own[name].shape)}")
    model.load_state_dict(state, strict=True)
    return model.eval(), hf


def _eos_ids(hf, gen):
    for src in (gen or {}, hf):
        e = src.get("eos_token_id")
        if e is not None:
            return e if isinstance(e, list) else [e]
    return []


def genai_config_of(hf, gen, cfg, dtype):
    """genai_config.json for a converted base: its token ids and generation defaults, the standard KV names."""
    gen = gen or {}
    eos = _eos_ids(hf, gen)
    bos = gen.get("bos_token_id", hf.get("bos_token_id"))
    pad = gen.get("pad_token_id", hf.get("pad_token_id"))
    search = {"do_sample": bool(gen.get("do_sample", False)), "temperature": gen.get("temperature", 1.0),
              "top_k": gen.get("top_k", 50), "top_p": gen.get("top_p", 1.0),
              "repetition_penalty": gen.get("repetition_penalty", 1.0)}
    config = genai_config_for_ids(cfg, bos if bos is not None else (eos[0] if eos else 0), eos,
                                  pad if pad is not None else (eos[0] if eos else 0), dtype, search,
                                  model_type=hf.get("model_type", "llama"))
    config.pop("patentdesk")
    return config


def carry_side_files(base, out):
    if not os.path.exists(os.path.join(base, "tokenizer.json")):
        raise ConvertError(f"{base}: tokenizer.json is missing (the engine reads the fast tokenizer's file)")
    copied = []
    for f in SIDE_FILES:
        src = os.path.join(base, f)
        if os.path.exists(src):
            shutil.copyfile(src, os.path.join(out, f))
            copied.append(f)
    return copied


def weight_bytes(proto):
    return sum(len(t.raw_data) for t in proto.graph.initializer)


def save_graph(proto, path, external_bytes=EXTERNAL_DATA_BYTES):
    """Saves a graph; weights beyond external_bytes go to model.onnx.data beside it (one file, as model builder
    exports do), which the engine reads."""
    data = os.path.basename(path) + ".data"
    if os.path.exists(os.path.join(os.path.dirname(path), data)):
        os.remove(os.path.join(os.path.dirname(path), data))
    if weight_bytes(proto) > external_bytes:
        onnx.save_model(proto, path, save_as_external_data=True, all_tensors_to_one_file=True, location=data,
                        size_threshold=1024)
    else:
        onnx.save_model(proto, path)


def export_model(model, hf, gen, base, out, quantize="none", external_bytes=EXTERNAL_DATA_BYTES):
    """Writes the engine folder of a PatentGPT module holding a base: graph, genai_config.json, side files."""
    os.makedirs(out, exist_ok=True)
    for stale in ("model.onnx", "model.onnx.data", "patentdesk.json"):
        if os.path.exists(os.path.join(out, stale)):
            os.remove(os.path.join(out, stale))
    with tempfile.TemporaryDirectory(dir=out) as scratch:
        # torch writes a graph over 2 GB as one file per tensor; loading gathers them and save_graph writes one.
        proto = export_graph(model, os.path.join(scratch, "model.onnx"))
    dtype = "float32"
    count = 0
    if quantize in ("int8", "int4"):
        bits = 8 if quantize == "int8" else 4
        proto, count = quantize_mod.quantize_model(proto, bits=bits, block=32)
        dtype = quantize
    elif quantize != "none":
        raise ConvertError(f"--quantize {quantize!r}: none, int8 or int4")
    save_graph(proto, os.path.join(out, "model.onnx"), external_bytes)
    with open(os.path.join(out, "genai_config.json"), "w", encoding="utf-8") as f:
        json.dump(genai_config_of(hf, gen, model.cfg, dtype), f, indent=2)
        f.write("\n")
    copied = carry_side_files(base, out)
    return {"matmuls_quantized": count, "side_files": copied, "dtype": dtype}


def convert(base, out, quantize="none", external_bytes=EXTERNAL_DATA_BYTES):
    """The `convert` command: returns figures (parameters, bytes, seconds, files carried over)."""
    started = time.time()
    if not os.path.isdir(base):
        raise ConvertError(f"{base}: not a folder")
    model, hf = load_base(base)
    gen = _read_json(os.path.join(base, "generation_config.json"), required=False)
    figures = {"architecture": hf["architectures"][0], "parameters": model.num_parameters(),
               "context_length": model.cfg.context_length}
    figures.update(export_model(model, hf, gen, base, out, quantize, external_bytes))
    figures["bytes"] = sum(os.path.getsize(os.path.join(out, f)) for f in os.listdir(out))
    figures["seconds"] = round(time.time() - started, 1)
    return figures
