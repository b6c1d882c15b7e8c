"""Stage 6: int8 and int4 (MatMulNBits) variants of the exported model; size, decode speed and validation
perplexity before and after, all measured in ONNX Runtime (onnxruntime-node). The shipped variant is copied to
the repository's model folder."""
import json
import os
import shutil
import time

import numpy as np
import onnx

from . import manifest, ortnode, ship
from .quantize import quantize_model
from .stage_pretrain import load_tokens
from .stages import path
from .word_rules import LEXICON_FILE

SIDE_FILES = ["genai_config.json", "patentdesk.json", "tokenizer.json", "tokenizer_config.json"]


def val_sequences(cfg, n, window):
    t = load_tokens(path(cfg, "tokenizer", "val.bin"))
    stride = max(window + 1, (len(t) - window - 1) // max(1, n))
    return [t[s:s + window + 1].tolist() for s in range(0, len(t) - window - 1, stride)][:n]


def folder_bytes(d):
    return sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))


def measure(cfg, onnx_path, seqs, window):
    qc, mc = cfg["quantize"], onnx.load(onnx_path, load_external_data=False)
    kvh = mc.graph.input[3].type.tensor_type.shape.dim[1].dim_value
    hd = mc.graph.input[3].type.tensor_type.shape.dim[3].dim_value
    ppl = ortnode.perplexity(onnx_path, seqs, window, kvh, hd)
    bench = ortnode.bench(onnx_path, qc["bench_prompt_tokens"], qc["bench_new_tokens"], kvh, hd)
    return {"val_perplexity": round(ppl["perplexity"], 3), "val_tokens": ppl["tokens"],
            "decode_tokens_per_second": round(bench["decodeTokensPerSecond"], 1),
            "prefill_tokens_per_second": round(bench["prefillTokensPerSecond"], 1),
            "time_to_first_token_ms": round(bench["timeToFirstTokenMs"], 1), "bench_runs": bench.get("runs", 1)}


def _drop_stale_lexicon(folder, kept):
    """An earlier run's word list must not stay in a folder whose patentdesk.json no longer names it."""
    if not kept and os.path.exists(os.path.join(folder, LEXICON_FILE)):
        os.remove(os.path.join(folder, LEXICON_FILE))


def run(cfg):
    started = time.time()
    qc = cfg["quantize"]
    src_dir = path(cfg, "export", "fp32")
    src = os.path.join(src_dir, "model.onnx")
    base = onnx.load(src)
    figures = {"fp32": {"bytes": folder_bytes(src_dir)}}
    outputs = []
    for bits in qc["bits"]:
        d = path(cfg, "quantize", f"int{bits}")
        os.makedirs(d, exist_ok=True)
        q, count = quantize_model(base, bits=bits, block=qc["block_size"], accuracy_level=qc.get("accuracy_level", 4))
        onnx.save(q, os.path.join(d, "model.onnx"))
        with open(os.path.join(src_dir, "patentdesk.json"), encoding="utf-8") as f:
            lexicon = [LEXICON_FILE] if json.load(f).get("lexicon") == LEXICON_FILE else []
        for f in SIDE_FILES + lexicon:
            shutil.copyfile(os.path.join(src_dir, f), os.path.join(d, f))
        _drop_stale_lexicon(d, lexicon)
        figures[f"int{bits}"] = {"bytes": folder_bytes(d), "matmuls_quantized": count}
        outputs.append(d)
    if ortnode.available():
        seqs = val_sequences(cfg, qc["ppl_sequences"], qc["ppl_window"])
        for name in ["fp32"] + [f"int{b}" for b in qc["bits"]]:
            p = src if name == "fp32" else path(cfg, "quantize", name, "model.onnx")
            figures[name].update(measure(cfg, p, seqs, qc["ppl_window"]))
    else:
        figures["note"] = "perplexity and speed not measured: onnxruntime-node missing (npm install in training/parity)"
    dst = ship.folder(cfg)
    if dst:
        os.makedirs(dst, exist_ok=True)
        src_ship = path(cfg, "quantize", f"int{qc['ship_bits']}")
        for f in os.listdir(src_ship):
            shutil.copyfile(os.path.join(src_ship, f), os.path.join(dst, f))
        _drop_stale_lexicon(dst, [f for f in os.listdir(src_ship) if f == LEXICON_FILE])
        chosen, per_task = ship.chosen_sampling(cfg)
        if chosen:  # quantize run again after decoding: keep the sampling it chose
            ship.write_sampling(dst, chosen, per_task)
        ship.write_sha256sums(dst)
        figures["shipped_to"] = os.path.relpath(dst, os.path.dirname(cfg["_config_path"]))
        figures["shipped_bytes"] = folder_bytes(dst)
    manifest.write(path(cfg, "quantize", "manifest.json"), "quantize", qc, [src], outputs, figures, started)
    return figures
