"""Vocabulary size by validation loss per CPU hour: the default model trained on the same CPU budget with each
candidate vocabulary (the first N merges of one BPE run), compared in bits per byte of the validation split, since a
loss per token is not comparable between tokenizers of different granularity."""
import json
import math
import os
import time

import numpy as np
import torch

from . import bpe, manifest
from .prompts import EOS, SPECIAL_TOKENS
from .stage_pretrain import PackedBatches, build_model, fixed_batches
from .stage_tokenizer import _docs, first_docs, prefix_tokenizer
from .stages import path
from .trainer import evaluate, train


def encode_docs(tok, docs):
    eos, ids = tok.token_id(EOS), []
    for d in docs:
        ids.extend(tok.encode(d))
        ids.append(eos)
    return np.asarray(ids, dtype=np.int64)


def token_bytes(tok):
    """UTF-8 bytes each token id stands for (special tokens count as none: they are not text)."""
    out = np.zeros(len(tok.vocab), dtype=np.int64)
    for t, i in tok.vocab.items():
        out[i] = 0 if t in SPECIAL_TOKENS else len(t)  # one byte-level character per byte
    return out


def bits_per_byte(model, val, nbytes):
    """Summed next-token loss over the fixed validation windows divided by the bytes those targets spell."""
    mean_nats = evaluate(model, val)
    tokens = sum(int(y.numel()) for _, y in val)
    text_bytes = sum(int(nbytes[y].sum()) for _, y in val)
    return mean_nats * tokens / text_bytes / math.log(2), mean_nats


def run(cfg):
    started = time.time()
    vc, t = cfg["vocab"], cfg["tokenizer"]
    cdir, out = path(cfg, "corpus"), path(cfg, "vocab")
    os.makedirs(out, exist_ok=True)
    texts = first_docs(_docs(os.path.join(cdir, "train.jsonl")), t["max_train_chars"])
    sizes = sorted(vc["sizes"])
    big = bpe.train_from_texts(texts, max(sizes), SPECIAL_TOKENS, t.get("min_frequency", 2))
    train_docs = first_docs(texts, vc["train_chars"])
    val_docs = list(_docs(os.path.join(cdir, "val.jsonl")))
    tc = dict(cfg["pretrain"], max_steps=vc["max_steps"], time_budget_minutes=vc["minutes_per_size"],
              warmup_steps=vc.get("warmup_steps", 20), eval_every=10 ** 9, checkpoint_every=10 ** 9,
              device=cfg.get("device", "cpu"))
    tc.pop("long_seq_len", None)
    results = {}
    for size in sizes:
        tok = prefix_tokenizer(big, size)
        train_ids, val_ids = encode_docs(tok, train_docs), encode_docs(tok, val_docs)
        val = fixed_batches(val_ids, tc["seq_len"], tc["batch_size"], tc["eval_batches"])
        torch.manual_seed(cfg["seed"])
        model = build_model(cfg, len(tok.vocab))
        cpu0 = time.process_time()
        f = train(model, PackedBatches(train_ids, tc["seq_len"], tc["batch_size"], cfg["seed"]), val, tc,
                  os.path.join(out, str(size)), seed=cfg["seed"])
        cpu_s = time.process_time() - cpu0
        bpb, nats = bits_per_byte(model, val, token_bytes(tok))
        results[str(size)] = {"parameters": model.num_parameters(), "steps": f["steps"], "tokens": f["tokens"],
                              "wall_seconds": f["seconds"], "cpu_seconds": round(cpu_s, 1),
                              "tokens_per_second": f["tokens_per_second"], "val_loss_per_token": round(nats, 4),
                              "val_chars_per_token": round(sum(map(len, val_docs)) / len(val_ids), 3),
                              "val_bits_per_byte": round(bpb, 4)}
        print(json.dumps({"vocab_size": size, **results[str(size)]}), flush=True)
    best = min(results, key=lambda k: results[k]["val_bits_per_byte"])
    figures = {"minutes_per_size": vc["minutes_per_size"], "by_vocab_size": results, "best": int(best),
               "note": "same model, schedule shape, seed and wall-clock budget per size; lower bits per byte is better"}
    manifest.write(os.path.join(out, "manifest.json"), "vocab", vc, [os.path.join(cdir, "train.jsonl")],
                   [os.path.join(out, s, "log.jsonl") for s in map(str, sizes)], figures, started)
    return figures
