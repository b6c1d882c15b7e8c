"""Stage 3: next-token pretraining on packed sequences of the train split (documents separated by EOS)."""
import json
import os
import shutil
import time

import numpy as np
import torch

from . import distributed, manifest
from .bpe import ByteLevelBPE
from .model import ModelConfig, PatentGPT
from .stages import path
from .trainer import evaluate, train


def stream_dtype(vocab_rows):
    """Token streams are uint16 while every id fits (this project's tokenizers), uint32 for a base's larger
    vocabulary (Llama 3: 128,256 ids)."""
    return np.uint16 if vocab_rows <= 1 << 16 else np.uint32


def _stream_dtype_of(p):
    meta = os.path.join(os.path.dirname(p), "streams.json")
    if os.path.exists(meta):
        with open(meta, encoding="utf-8") as f:
            return np.dtype(json.load(f)["dtype"])
    return np.dtype(np.uint16)


def open_tokens(p):
    """A packed token stream as a read-only memory map: a rank reads only the windows of its shards."""
    return np.memmap(p, dtype=_stream_dtype_of(p), mode="r")


def load_tokens(p):
    """A packed token stream of the tokenizer stage; its dtype is in streams.json beside it (absent: uint16)."""
    return np.fromfile(p, dtype=_stream_dtype_of(p)).astype(np.int64)


class PackedBatches:
    """Random windows of seq_len+1 tokens from the packed stream; seeded per step, so a resumed run sees the same
    batches it would have seen. With long_seq_len, the last part of the schedule (from long_from of max_steps) uses
    windows of that length and proportionally fewer rows: most steps stay cheap (attention grows with the window)
    while every position up to the model's context is trained.

    shards: the stream is cut into that many contiguous shards and each step draws an equal share of its rows from
    each (seeded per step and shard). Under torchrun rank r reads only shards r, r + world, ...: its own part of the
    data; a single process with the same shards draws the very same global batch (the DDP test compares the two).
    With one shard the windows are those of earlier runs."""

    rank_aware = True

    def __init__(self, tokens, seq_len, batch_size, seed, long_seq_len=None, long_from=1.0, shards=1, rank=0, world=1):
        if shards % world:
            raise SystemExit(f"data_shards {shards} must be a multiple of the {world} ranks")
        if batch_size % shards:
            raise SystemExit(f"batch_size {batch_size} must be a multiple of data_shards {shards}")
        self.t, self.L, self.B, self.seed = tokens, seq_len, batch_size, seed
        self.long_L, self.long_from = long_seq_len, long_from
        self.shards, self.mine = shards, list(range(rank, shards, world))
        n = len(tokens)
        self.bounds = [(k * n // shards, (k + 1) * n // shards) for k in range(shards)]

    def shape_at(self, step, max_steps=None):
        if self.long_L and max_steps and step >= self.long_from * max_steps:
            return self.long_L, max(1, self.B * self.L // self.long_L)
        return self.L, self.B

    def _window(self, s, L):
        return torch.from_numpy(np.asarray(self.t[s:s + L + 1], dtype=np.int64))

    def __call__(self, step, max_steps=None):
        L, B = self.shape_at(step, max_steps)
        per_shard = max(1, B // self.shards)
        rows = []
        for k in self.mine:
            lo, hi = self.bounds[k]
            g = torch.Generator().manual_seed(self.seed * 1_000_003 + step + 7919 * k)
            starts = torch.randint(0, hi - lo - L - 1, (per_shard,), generator=g)
            rows += [self._window(lo + s, L) for s in starts.tolist()]
        w = torch.stack(rows)
        return w[:, :-1], w[:, 1:]


def fixed_batches(tokens, seq_len, batch_size, n, seed=99):
    """Evenly spaced, non-overlapping windows: the same validation set at every evaluation."""
    t = torch.from_numpy(tokens)
    count = min(n * batch_size, (len(t) - 1) // seq_len)
    step = (len(t) - 1 - seq_len) // max(1, count)
    starts = [i * step for i in range(count)]
    out = []
    for i in range(0, len(starts), batch_size):
        w = torch.stack([t[s:s + seq_len + 1] for s in starts[i:i + batch_size]])
        out.append((w[:, :-1], w[:, 1:]))
    return out


def build_model(cfg, vocab_size, overrides=None):
    d = dict(cfg["model"], **(overrides or {}))
    d["vocab_size"] = vocab_size
    return PatentGPT(ModelConfig.from_dict(d))


def continue_from(model, checkpoint):
    """Continued pretraining: start from an earlier run's weights (same architecture and tokenizer) with a fresh
    optimizer and schedule. Returns what the card needs to tell the whole history: the earlier run's tokens."""
    ck = torch.load(checkpoint, map_location="cpu")
    if ck["config"] != model.cfg.to_dict():
        raise SystemExit(f"init_from {checkpoint}: its model configuration differs from this run's")
    model.load_state_dict(ck["model"])
    earlier = os.path.join(os.path.dirname(checkpoint), "manifest.json")
    info = {"checkpoint": checkpoint, "sha256": manifest.sha256(checkpoint), "tokens": ck["state"]["tokens"],
            "steps": ck["state"]["step"], "seconds": round(ck["state"]["elapsed"], 1)}
    if os.path.exists(earlier):
        with open(earlier, encoding="utf-8") as f:
            m = json.load(f)
        info.update(tokens_per_second=m["figures"].get("tokens_per_second"), precision=m["figures"].get("precision", "fp32"),
                    initialized_from=m["figures"].get("initialized_from"))
    return info


def from_base(cfg, tok):
    """The base model's weights (base_model: a Hugging Face folder) with rows for the tokens the tokenizer stage
    added; the configuration's "model" section does not apply (the base defines the architecture)."""
    from .hf_convert import ConvertError, load_base
    try:
        model, hf = load_base(cfg["base_model"])
    except ConvertError as e:
        raise SystemExit(f"base_model: {e}") from None
    base_rows = model.cfg.vocab_size
    model.resize_vocab(tok.size())
    return model, {"path": cfg["base_model"], "architecture": hf["architectures"][0], "vocab_rows": base_rows,
                   "added_rows": model.cfg.vocab_size - base_rows}


def run(cfg, section="pretrain", model_overrides=None, out_name="pretrain"):
    started = time.time()
    tc = dict(cfg[section], device=cfg.get("device", "cpu"))
    tdir, out = path(cfg, "tokenizer"), path(cfg, out_name)
    tok = ByteLevelBPE.load(os.path.join(tdir, "tokenizer.json"))
    train_tokens = open_tokens(os.path.join(tdir, "train.bin"))
    val_tokens = load_tokens(os.path.join(tdir, "val.bin"))
    torch.manual_seed(cfg["seed"])
    base = None
    if cfg.get("base_model"):
        model, base = from_base(cfg, tok)
    else:
        model = build_model(cfg, len(tok.vocab), model_overrides)
    init_from = tc.get("init_from")
    if init_from:
        initialized_from = continue_from(model, init_from)
    ctx = distributed.current()
    batches = PackedBatches(train_tokens, tc["seq_len"], tc["batch_size"], cfg["seed"], tc.get("long_seq_len"),
                            tc.get("long_from_fraction", 1.0), tc.get("data_shards", ctx.world), ctx.rank, ctx.world)
    val = fixed_batches(val_tokens, tc["seq_len"], tc["batch_size"], tc["eval_batches"])
    if base is not None:
        model.to(tc.get("device", "cpu"))
        base["val_loss"] = round(evaluate(model, val, tc.get("device", "cpu")), 4)  # the base before any step
    figures = train(model, batches, val, tc, out, seed=cfg["seed"])
    if init_from:
        figures["initialized_from"] = initialized_from
    if base is not None:
        figures["base_model"] = base
    figures.update({"parameters": model.num_parameters(), "active_parameters": model.num_parameters(active=True),
                    "train_tokens_available": int(len(train_tokens)),
                    "epochs": round(figures["tokens"] / len(train_tokens), 3)})
    if not ctx.main:
        return figures
    shutil.copyfile(os.path.join(out, "checkpoint.pt"), os.path.join(out, "model.pt"))
    manifest.write(os.path.join(out, "manifest.json"), out_name, {"train": tc, "model": model.cfg.to_dict()},
                   [os.path.join(tdir, "train.bin"), os.path.join(tdir, "val.bin")] + ([init_from] if init_from else [])
                   + ([os.path.join(cfg["base_model"], "config.json")] if base else []),
                   [os.path.join(out, "model.pt"), os.path.join(out, "log.jsonl")], figures, started)
    return figures
