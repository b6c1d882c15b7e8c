"""Tiny random-weight models for local-inference's tests, in each layout the engine loads: the genai layout, the
Optimum layout and a float16 genai variant. Same exporter as the real model; small vocab and dims (< 2 MB each)."""
import glob
import json
import os
import time

import torch

from . import bpe, manifest, ortnode, parity
from .corpus import clean_text
from .export import write_model_folder
from .model import ModelConfig, PatentGPT
from .prompts import SPECIAL_TOKENS

TINY = ModelConfig(vocab_size=0, hidden_size=64, num_layers=3, num_heads=4, num_kv_heads=2, intermediate_size=128,
                   context_length=256)
# Text the fixture tokenizer must keep whole in a few tokens, beyond the corpus slice.
EXTRA = ["专利 权利要求 说明书 摘要 ≤ ≥ ° ± µm — “quoted” 10⁻³ α-β"]


def _slice_texts(corpus_dir, max_records=150):
    texts = []
    for path in sorted(glob.glob(os.path.join(corpus_dir, "us-fulltext", "*.jsonl")))[:1]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                texts.append(clean_text(r.get("title", "") + "\n" + r.get("abstract", "") + "\n" + "\n".join(r.get("claims", []))))
                if len(texts) >= max_records:
                    return texts
    return texts


def build(corpus_dir, out_dir, vocab_size=1024, seed=1234):
    started = time.time()
    texts = _slice_texts(corpus_dir) + EXTRA * 5
    tok = bpe.train_from_texts(texts, vocab_size, SPECIAL_TOKENS)
    torch.manual_seed(seed)
    cfg = ModelConfig(**{**TINY.to_dict(), "vocab_size": len(tok.vocab)})
    model = PatentGPT(cfg).eval()
    figures = {"vocab_size": len(tok.vocab), "parameters": model.num_parameters(), "seed": seed}
    folders = {"tiny-genai": ("genai", False), "tiny-optimum": ("optimum", False), "tiny-genai-fp16": ("genai", True)}
    for name, (layout, fp16) in folders.items():
        d = os.path.join(out_dir, name)
        onnx_path = write_model_folder(model, tok, d, layout=layout, fp16=fp16, display_name=f"PatentGPT {name} (random weights, tests only)")
        if ortnode.available():
            figures[name + ".max_abs_diff_torch_vs_ort"] = parity.check(model, onnx_path)
        figures[name + ".bytes"] = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
    manifest.write(os.path.join(out_dir, "fixtures-manifest.json"), "fixtures", {"model": cfg.to_dict()},
                   [], [os.path.join(out_dir, n) for n in folders], figures, started)
    return figures
