"""Tiny random-weight models in the graph layouts of standard open-model exports (see layouts.py), for
local-inference's tests: each folder is a plain export (genai_config.json or config.json, tokenizer files, no
patentdesk.json), as a user would bring one. The tokenizer is the one of the tiny-genai fixture, so the folders share
its vocabulary; dims are smaller still (a few hundred KB each).

    python3 -m patentgpt layout-fixtures [--out local-inference/src/test/resources/models]
"""
import json
import os
import shutil
import time

import onnx
import torch
from onnx.external_data_helper import convert_model_to_external_data

from . import bpe, layouts, manifest, ortnode, quantize
from .export import export_graph, genai_config, tokenizer_config
from .model import ModelConfig, PatentGPT

SMALL = dict(hidden_size=32, num_layers=2, num_heads=2, num_kv_heads=1, intermediate_size=64, context_length=256)

def _dump(obj, path):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def graphs(model, scratch):
    """{name: (ModelProto, genai names kwargs, dtype)} for every layout."""
    cfg = model.cfg
    plain = export_graph(model, os.path.join(scratch, "plain.onnx"))
    gqa = layouts.gqa_graph(model)
    return {
        "tiny-combined": (layouts.combined_past(plain, cfg.num_layers), dict(combined=True), "float32"),
        "tiny-int32": (layouts.int32_io(plain), {}, "float32"),
        "tiny-bf16": (layouts.bfloat16_io(plain), {}, "bfloat16"),
        "tiny-gqa": (gqa, dict(position_ids=False), "float32"),
        "tiny-gqa-int4": (quantize.quantize_model(gqa, bits=4, block=32, min_elems=512)[0], dict(position_ids=False),
                          "int4"),
        "tiny-gqa-seqlens": (layouts.gqa_graph(model, explicit_seqlens=True),
                             dict(position_ids=False, explicit_seqlens=True), "float32"),
    }


def write_folder(out_dir, proto, names, dtype, cfg, tok, external=False, search=None):
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        os.remove(os.path.join(out_dir, f))
    path = os.path.join(out_dir, "model.onnx")
    if external:
        convert_model_to_external_data(proto, all_tensors_to_one_file=True, location="model.onnx.data",
                                       size_threshold=256)
    onnx.save(proto, path)
    config = genai_config(cfg, tok, dtype, search)
    inputs, outputs = layouts.genai_names(**names)
    config["model"]["decoder"]["inputs"] = inputs
    config["model"]["decoder"]["outputs"] = outputs
    config.pop("patentdesk")
    _dump(config, os.path.join(out_dir, "genai_config.json"))
    tok.save(os.path.join(out_dir, "tokenizer.json"))
    _dump(tokenizer_config(tok, cfg), os.path.join(out_dir, "tokenizer_config.json"))
    return path


def build(tokenizer_json, out_dir, seed=4321):
    started = time.time()
    tok = bpe.ByteLevelBPE.load(tokenizer_json)
    torch.manual_seed(seed)
    cfg = ModelConfig(vocab_size=len(tok.vocab), **SMALL)
    model = PatentGPT(cfg).eval()
    figures = {"parameters": model.num_parameters(), "seed": seed}
    scratch = os.path.join(out_dir, ".layouts-scratch")
    os.makedirs(scratch, exist_ok=True)
    # A mixture-of-experts model (4 experts, top-2), exported as the pipeline exports one: routed experts in
    # standard operators (moe_graph.routed_ffn). Its own seed, after the dense one, leaves the other folders as
    # they were.
    torch.manual_seed(seed + 1)
    moe = PatentGPT(ModelConfig(vocab_size=len(tok.vocab), **dict(SMALL, intermediate_size=32), num_experts=4)).eval()
    try:
        made = graphs(model, scratch)
        made["tiny-moe"] = (export_graph(moe, os.path.join(scratch, "moe.onnx")), {}, "float32")
    finally:
        shutil.rmtree(scratch)
    folders = []
    for name, (proto, names, dtype) in made.items():
        d = os.path.join(out_dir, name)
        # tiny-gqa-int4 also keeps its weights in external data, as large model-builder exports do.
        # The model builder exports GroupQueryAttention graphs for a KV buffer shared by past and present;
        # tiny-gqa-seqlens keeps the growing cache, so both ways of feeding the operator are tested.
        share = {"past_present_share_buffer": name in ("tiny-gqa", "tiny-gqa-int4")}
        path = write_folder(d, proto, names, dtype, cfg, tok, external=name == "tiny-gqa-int4", search=share)
        folders.append(d)
        figures[name + ".bytes"] = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
        if ortnode.available() and name not in ("tiny-gqa-seqlens", "tiny-bf16"):  # ortnode feeds no bfloat16
            figures[name + ".max_abs_diff_torch_vs_ort"] = float(parity_full_sequence(moe if name == "tiny-moe"
                                                                                      else model, path, name))
    manifest.write(os.path.join(out_dir, "layout-fixtures-manifest.json"), "layout-fixtures",
                   {"model": cfg.to_dict()}, [tokenizer_json], folders, figures, started)
    return figures


def parity_full_sequence(model, path, name, seq=12):
    """max |torch - ORT| of the logits over a whole sequence with an empty cache (layout-specific feeds)."""
    import numpy as np
    cfg = model.cfg
    ids = torch.randint(0, cfg.vocab_size, (1, seq), generator=torch.Generator().manual_seed(7))
    with torch.no_grad():
        ref = model(ids)[0].numpy()
    int_type = np.int32 if name == "tiny-int32" else np.int64
    feeds = {"input_ids": ids.numpy().astype(int_type), "attention_mask": np.ones((1, seq), dtype=int_type)}
    if "gqa" not in name:
        feeds["position_ids"] = np.arange(seq, dtype=int_type)[None, :]
    kv_type = np.float32
    empty = np.zeros((1, cfg.num_kv_heads, 0, cfg.head_dim), dtype=kv_type)
    for i in range(cfg.num_layers):
        if name == "tiny-combined":
            feeds[f"past_{i}"] = np.zeros((2, 1, cfg.num_kv_heads, 0, cfg.head_dim), dtype=kv_type)
        else:
            feeds[f"past_key_values.{i}.key"] = empty
            feeds[f"past_key_values.{i}.value"] = empty
    out = ortnode.run(path, feeds, ["logits"])["logits"].astype(np.float32)
    return np.abs(out - ref).max()
