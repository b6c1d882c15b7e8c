"""Stage 4: supervised instruction tuning from the pretrained checkpoint; loss on response tokens only."""
import json
import os
import shutil
import time

import torch

from . import distributed, lora, manifest
from .bpe import ByteLevelBPE
from .sft_data import LengthBatches, build_examples, per_task
from .stage_pretrain import load_tokens
from .stages import path
from .trainer import load_model, save_checkpoint, train


def read_records(p):
    with open(p, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def collate(examples, pad_id):
    L = max(len(ids) for ids, _, _ in examples) - 1
    x = torch.full((len(examples), L), pad_id, dtype=torch.long)
    y = torch.full((len(examples), L), -100, dtype=torch.long)
    for i, (ids, start, _) in enumerate(examples):
        t = torch.tensor(ids)
        x[i, :len(ids) - 1] = t[:-1]
        y[i, start - 1:len(ids) - 1] = t[start:]
    return x, y


# What each special token stands for, in words the pretrained model knows.
TOKEN_MEANINGS = {
    "<|claims_to_abstract|>": " Abstract", "<|claims_to_title|>": " Title",
    "<|independent_to_dependent|>": " The device of claim 1, wherein",
    "<|claim_to_description|>": " Detailed description of the embodiments",
    "<|abstract_to_claim|>": " What is claimed is: 1.", "<|instruct|>": " Summary", "<|response|>": ":\n",
}


@torch.no_grad()
def loss_by_task(model, examples, pad_id, batch_size):
    """Mean cross-entropy of the response tokens of each task (token-weighted), in float32."""
    model.eval()
    sums, counts = {}, {}
    for task in sorted({e[2] for e in examples}):
        mine = sorted((e for e in examples if e[2] == task), key=lambda e: len(e[0]))
        for i in range(0, len(mine), batch_size):
            x, y = collate(mine[i:i + batch_size], pad_id)
            n = int((y != -100).sum())
            _, ce = model.loss(x, y)
            sums[task] = sums.get(task, 0.0) + ce.item() * n
            counts[task] = counts.get(task, 0) + n
    model.train()
    return {t: round(sums[t] / counts[t], 4) for t in sums}


@torch.no_grad()
def init_task_tokens(model, tok):
    """Pretraining never sees the task tokens, so their embeddings are still random: start each from the mean
    embedding of words that say what it means, so the tasks differ from the first SFT step on."""
    emb = model.embed.weight
    for token, words in TOKEN_MEANINGS.items():
        if token in tok.vocab:
            ids = [i for i in tok.encode(words) if i != tok.vocab[token]]
            if ids:
                emb[tok.vocab[token]] = emb[torch.tensor(ids)].mean(0)


def run(cfg):
    started = time.time()
    sc = dict(cfg["sft"], device=cfg.get("device", "cpu"))
    tdir, cdir, out = path(cfg, "tokenizer"), path(cfg, "corpus"), path(cfg, "sft")
    tok = ByteLevelBPE.load(os.path.join(tdir, "tokenizer.json"))
    model, _ = load_model(path(cfg, "pretrain", "model.pt"))
    init_task_tokens(model, tok)
    finetune = sc.get("finetune", "full")
    if finetune not in ("full", "lora"):
        raise SystemExit(f"sft.finetune {finetune!r}: full or lora")
    if finetune == "lora":
        lc = sc.get("lora", {})
        trainable = lora.apply(model, lc.get("rank", 8), lc.get("alpha", 16), lc.get("targets", lora.DEFAULT_TARGETS),
                               lc.get("train_embeddings", False))
    else:
        trainable = sum(p.numel() for p in model.parameters())
    pad = tok.token_id("<|endoftext|>")
    train_ex, train_counts = build_examples(read_records(os.path.join(cdir, "train.jsonl")), tok, sc["seq_len"],
                                            sc["examples_per_task"], cfg["seed"])
    val_ex, val_counts = build_examples(read_records(os.path.join(cdir, "val.jsonl")), tok, sc["seq_len"], 200,
                                        cfg["seed"])
    # The training curve's set below is the shortest examples (cheap to evaluate every few steps, but mostly titles);
    # the per-task figure before and after tuning weighs every task alike.
    val_per_task = sc.get("val_per_task", 16)
    by_task = per_task(val_ex, val_per_task)
    before = loss_by_task(model, by_task, pad, sc["batch_size"])
    # Length-sorted validation batches waste less padding; the set is fixed for every evaluation.
    val_ex = sorted(val_ex, key=lambda e: len(e[0]))[: sc["eval_batches"] * sc["batch_size"]]
    val = [collate(val_ex[i:i + sc["batch_size"]], pad) for i in range(0, len(val_ex), sc["batch_size"])]

    # A share of the steps are plain pretraining windows (loss on every token): they keep the model's general patent
    # language from being forgotten while it learns the task formats. The others are examples of similar length
    # (LengthBatches), as many as fit the step's budget of padded tokens.
    stream = torch.from_numpy(load_tokens(os.path.join(tdir, "train.bin")))
    mix, mix_len = sc.get("pretrain_mix", 0.0), sc["seq_len"] // 2
    budget = sc["batch_size"] * sc["seq_len"]
    by_length = LengthBatches(train_ex, budget, sc.get("max_rows", 4 * sc["batch_size"]), cfg["seed"])

    def plain_starts(step):
        """Start offsets of a plain step's windows, or None for a step of examples."""
        g = torch.Generator().manual_seed(cfg["seed"] + step)
        if float(torch.rand(1, generator=g)) < mix:
            return torch.randint(0, len(stream) - mix_len - 1, (budget // mix_len,), generator=g).tolist()
        return None

    ctx = distributed.current()

    def next_batch(step, max_steps=None):
        # Under torchrun each rank draws a batch of its own (batch_size is per rank, the global batch world times
        # it): examples vary in length, so one batch's rows cannot be split evenly. One process: draw = step.
        draw = step * ctx.world + ctx.rank
        starts = plain_starts(draw)
        if starts is not None:
            return collate([(stream[s:s + mix_len + 1].tolist(), 1, "pretrain") for s in starts], pad)
        return collate(by_length(draw), pad)

    next_batch.rank_aware = True

    figures = train(model, next_batch, val, sc, out, seed=cfg["seed"])
    if not distributed.current().main:
        return figures  # under torchrun rank 0 writes the model and the manifest
    draws = range(figures["steps"] * ctx.world)  # every rank's batches
    plain = [s for s in draws if plain_starts(s) is not None]
    figures["val_loss_by_task"] = {"examples_per_task": val_per_task, "before": before,
                                   "after": loss_by_task(model, by_task, pad, sc["batch_size"])}
    figures.update({"train_examples_per_task": train_counts, "val_examples_per_task": val_counts,
                    "pretrain_mix": mix, "plain_steps": len(plain),
                    "examples_seen": sum(len(by_length.indices(s)) for s in draws if s not in set(plain))})
    figures["finetune"] = {"mode": finetune, "trainable_parameters": trainable}
    if finetune == "lora":
        # model.pt holds the merged weights: export, quantize and evaluate read a plain PatentGPT.
        save_checkpoint(os.path.join(out, "model.pt"), lora.merge(model), None, {"merged_lora": sc.get("lora", {})})
    else:
        shutil.copyfile(os.path.join(out, "checkpoint.pt"), os.path.join(out, "model.pt"))
    manifest.write(os.path.join(out, "manifest.json"), "sft", sc,
                   [path(cfg, "pretrain", "model.pt"), os.path.join(cdir, "train.jsonl")],
                   [os.path.join(out, "model.pt"), os.path.join(out, "log.jsonl")], figures, started)
    return figures
