"""Stage 2: byte-level BPE on the train split, then every split encoded to packed uint16 token streams. With
"base_model" the base's own tokenizer is kept (no training; the pipeline's special tokens added where it lacks them)
and the streams are uint32 where its ids need it.

BPE merges are learned in order, so the tokenizer with the first N merges is exactly the one trained to size N: a
single training run measures validation compression (chars per token) for every candidate size."""
import json
import os
import time

import numpy as np

from . import bpe, manifest
from .prompts import EOS, SPECIAL_TOKENS
from .stages import path


def _docs(p):
    with open(p, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)["doc"]


def first_docs(docs, max_chars):
    """The leading documents up to about max_chars characters (the last one may pass it)."""
    out, n = [], 0
    for d in docs:
        out.append(d)
        n += len(d)
        if n >= max_chars:
            break
    return out


def prefix_tokenizer(big, size):
    """The tokenizer of the first merges of a larger BPE run: exactly the one trained to `size` entries."""
    merges = big.merges[:size - len(SPECIAL_TOKENS) - 256]
    return bpe.ByteLevelBPE({k: v for k, v in big.vocab.items() if v < size}, merges, SPECIAL_TOKENS)


def encode_split(tok, src, dst, dtype=np.uint16):
    eos = tok.token_id(EOS)
    ids = []
    for d in _docs(src):
        ids.extend(tok.encode(d))
        ids.append(eos)
    arr = np.asarray(ids, dtype=dtype)
    arr.tofile(dst)
    return len(arr)


def run_base(cfg):
    """The base model's tokenizer, extended with the pipeline's special tokens, and the splits encoded with it."""
    from .stage_pretrain import stream_dtype
    started = time.time()
    cdir, out = path(cfg, "corpus"), path(cfg, "tokenizer")
    os.makedirs(out, exist_ok=True)
    src = os.path.join(cfg["base_model"], "tokenizer.json")
    try:
        base = bpe.ByteLevelBPE.load(src)
    except bpe.UnsupportedTokenizer as e:
        raise SystemExit(f"base_model: {e}") from None
    tok = base.with_added_tokens(SPECIAL_TOKENS)
    tok_path = os.path.join(out, "tokenizer.json")
    tok.save(tok_path)
    dtype = stream_dtype(tok.size())
    with open(os.path.join(out, "streams.json"), "w", encoding="utf-8") as f:
        json.dump({"dtype": np.dtype(dtype).name}, f)
    counts, outputs = {}, [tok_path]
    for split in ("train", "val", "test"):
        dst = os.path.join(out, f"{split}.bin")
        counts[split] = encode_split(tok, os.path.join(cdir, f"{split}.jsonl"), dst, dtype)
        outputs.append(dst)
    val_chars = sum(len(d) for d in _docs(os.path.join(cdir, "val.jsonl")))
    figures = {"base_model": cfg["base_model"], "vocab_size": tok.size(),
               "added_tokens": [t for t in SPECIAL_TOKENS if t not in base.vocab], "tokens": counts,
               "val_chars_per_token": round(val_chars / max(1, counts["val"]), 3), "stream_dtype": np.dtype(dtype).name}
    manifest.write(os.path.join(out, "manifest.json"), "tokenizer", {"base_model": cfg["base_model"]},
                   [src, os.path.join(cdir, "train.jsonl")], outputs, figures, started)
    return figures


def run(cfg):
    if cfg.get("base_model"):
        return run_base(cfg)
    started = time.time()
    t = cfg["tokenizer"]
    cdir, out = path(cfg, "corpus"), path(cfg, "tokenizer")
    os.makedirs(out, exist_ok=True)
    texts = first_docs(_docs(os.path.join(cdir, "train.jsonl")), t["max_train_chars"])
    n = sum(map(len, texts))
    sizes = sorted(set(t.get("measure_sizes", [4096, 8192, 12288, 16384]) + [t["vocab_size"]]))
    big = bpe.train_from_texts(texts, max(sizes), SPECIAL_TOKENS, t.get("min_frequency", 2))
    val_docs = list(_docs(os.path.join(cdir, "val.jsonl")))
    val_chars = sum(len(d) for d in val_docs)
    compression = {}
    for size in sizes:
        cand = prefix_tokenizer(big, size)
        compression[size] = round(val_chars / sum(len(cand.encode(d)) for d in val_docs), 3)
        if size == t["vocab_size"]:
            tok = cand
    tok_path = os.path.join(out, "tokenizer.json")
    tok.save(tok_path)
    probe = "Claim 1 . The device of claim 1, wherein ≤ 5 °C; 专利 — naïve 🙂\n\n\tindented"
    assert tok.decode(tok.encode(probe)) == probe, "tokenizer does not round-trip"
    counts = {}
    outputs = [tok_path]
    for split in ("train", "val", "test"):
        dst = os.path.join(out, f"{split}.bin")
        counts[split] = encode_split(tok, os.path.join(cdir, f"{split}.jsonl"), dst)
        outputs.append(dst)
    figures = {"vocab_size": len(tok.vocab), "trained_on_chars": n, "val_chars_per_token_by_vocab_size": compression,
               "tokens": counts, "special_tokens": SPECIAL_TOKENS}
    manifest.write(os.path.join(out, "manifest.json"), "tokenizer", t, [os.path.join(cdir, "train.jsonl")], outputs,
                   figures, started)
    return figures
