"""Dense vs sparse mixture-of-experts at equal active parameters: the same tokens, schedule and seed; quality
(validation loss) and cost (training tokens/s, ONNX decode tokens/s in ONNX Runtime)."""
import math
import os
import time

import onnx

from . import manifest, ortnode
from .bpe import ByteLevelBPE
from .export import export_graph
from .stage_pretrain import run as pretrain_run
from .stages import path


def run(cfg):
    started = time.time()
    cc = cfg["compare"]
    tc = {"seq_len": cc["seq_len"], "batch_size": cc["batch_size"], "lr": cc.get("lr", 0.003),
          "min_lr": cc.get("min_lr", 0.0003), "warmup_steps": cc.get("warmup_steps", 20), "weight_decay": 0.1,
          "max_steps": cc["steps"], "eval_every": max(1, cc["steps"] // 4), "eval_batches": cc.get("eval_batches", 4),
          "checkpoint_every": max(1, cc["steps"] // 4), "grad_clip": 1.0}
    local = dict(cfg, compare_train=tc)
    common = {"hidden_size": cc["hidden_size"], "num_layers": cc["num_layers"], "num_heads": cc.get("num_heads", 4),
              "num_kv_heads": cc.get("num_kv_heads", 2), "context_length": cfg["model"]["context_length"]}
    variants = {
        "dense": dict(common, num_experts=0, intermediate_size=cc["dense_intermediate_size"]),
        "moe": dict(common, num_experts=cc["experts"], experts_top_k=2, intermediate_size=cc["expert_intermediate_size"]),
    }
    figures = {"note": "equal active parameters: top-2 experts of width W match one dense FFN of width 2W"}
    tok = ByteLevelBPE.load(path(cfg, "tokenizer", "tokenizer.json"))
    for name, over in variants.items():
        f = pretrain_run(local, section="compare_train", model_overrides=over, out_name=f"compare/{name}")
        entry = {k: f[k] for k in ("parameters", "active_parameters", "tokens", "seconds", "tokens_per_second",
                                   "final_val_loss", "final_val_perplexity")}
        if ortnode.available():
            from .trainer import load_model
            model, _ = load_model(path(cfg, "compare", name, "model.pt"))
            p = path(cfg, "compare", name, "model.onnx")
            export_graph(model, p)
            b = ortnode.bench(p, cc.get("bench_prompt_tokens", 64), cc.get("bench_new_tokens", 64),
                              model.cfg.num_kv_heads, model.cfg.head_dim)
            entry["decode_tokens_per_second"] = round(b["decodeTokensPerSecond"], 1)
            entry["bench_runs"] = b.get("runs", 1)
            entry["onnx_bytes"] = os.path.getsize(p)
            # Float32 weights a decode step reads: all of them, of the routed experts only the top-k (the exported
            # MoE operator skips the others), i.e. the active parameters (the tied head reads the whole embedding).
            entry["weight_bytes_read_per_token"] = 4 * model.num_parameters(active=True)
        figures[name] = entry
    manifest.write(path(cfg, "compare", "manifest.json"), "compare", cc,
                   [path(cfg, "tokenizer", "train.bin")], [path(cfg, "compare", n, "log.jsonl") for n in variants],
                   figures, started)
    return figures
