"""Training loop shared by pretrain, sft and the dense-vs-MoE comparison: AdamW, warmup + cosine schedule,
gradient clipping, periodic validation, atomic checkpoints and resume, a JSONL log, and a wall-clock budget that
shortens the schedule early (from the measured step time) so a run ends on time with a fully decayed learning rate."""
import contextlib
import json
import math
import os
import re
import time

import torch

from . import distributed
from .model import ModelConfig, PatentGPT


def lr_at(step, max_steps, lr, min_lr, warmup):
    if step < warmup:
        return lr * (step + 1) / warmup
    progress = min(1.0, (step - warmup) / max(1, max_steps - warmup))
    return min_lr + 0.5 * (lr - min_lr) * (1 + math.cos(math.pi * progress))


def save_checkpoint(path, model, opt, state):
    tmp = path + ".tmp"
    torch.save({"model": {k: v.cpu() for k, v in model.state_dict().items()}, "config": model.cfg.to_dict(), "opt": opt.state_dict() if opt else None,
                "state": state}, tmp)
    os.replace(tmp, path)


def load_model(path):
    ck = torch.load(path, map_location="cpu")
    model = PatentGPT(ModelConfig.from_dict(ck["config"]))
    model.load_state_dict(ck["model"])
    return model, ck


def cpu_has_native_bf16():
    """bfloat16 matmuls are only faster than float32 where the CPU has bf16 instructions (AVX512-BF16 or AMX);
    elsewhere oneDNN emulates them and training would slow down."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            flags = f.read()
    except OSError:
        return False
    return bool(re.search(r"\b(avx512_bf16|amx_bf16)\b", flags))


def training_precision(tc):
    """'bf16' or 'fp32' actually used for a stage config asking for tc['precision'] (default fp32 on the CPU,
    bf16 on a GPU)."""
    device = tc.get("device", "cpu")
    if device.startswith("cuda"):
        return "bf16"
    return "bf16" if tc.get("precision", "fp32") == "bf16" and cpu_has_native_bf16() else "fp32"


def _autocast(device, precision="fp32"):
    # Mixed precision: bfloat16 matmuls, float32 master weights, optimizer state and loss. On this project's
    # 2-core AVX512-BF16 machine a pretraining step ran 1.8x faster than in float32. Evaluation stays in float32
    # on the CPU so validation figures are exact and comparable across runs.
    if device.startswith("cuda"):
        return torch.autocast("cuda", dtype=torch.bfloat16)
    if precision == "bf16":
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return contextlib.nullcontext()


@torch.no_grad()
def evaluate(model, batches, device="cpu"):
    model.eval()
    total, n = 0.0, 0
    for x, y in batches:
        with _autocast(device):
            _, ce = model.loss(x.to(device), y.to(device))
        total += ce.item()
        n += 1
    model.train()
    return total / max(1, n)


def train(model, next_batch, val_batches, tc, out_dir, log_name="log.jsonl", seed=0):
    """next_batch(step, max_steps) -> (inputs, targets); val_batches: fixed list. tc: the stage's config section.
    Returns figures. Resumes from out_dir/checkpoint.pt when present.

    Under torchrun (distributed.init) the model trains as DistributedDataParallel: each rank computes its part of
    the global batch (next_batch.rank_aware: the function already gives this rank's rows, read from its own shard of
    the data; otherwise rows rank::world of the global batch), gradients are averaged, rank 0 alone writes the
    checkpoint and the log, and every rank resumes from that checkpoint."""
    ctx = distributed.current()
    os.makedirs(out_dir, exist_ok=True)
    device = ctx.device if ctx.active else tc.get("device", "cpu")
    precision = training_precision(tc)
    model.to(device)
    ck_path = os.path.join(out_dir, "checkpoint.pt")
    log_path = os.path.join(out_dir, log_name)
    # Frozen parameters (LoRA's base weights) stay out of the optimizer.
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2 and p.requires_grad]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2 and p.requires_grad]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": tc.get("weight_decay", 0.1)},
                             {"params": no_decay, "weight_decay": 0.0}], lr=tc["lr"], betas=(0.9, 0.95))
    budget = tc.get("time_budget_minutes", 1e9) * 60
    state = {"step": 0, "max_steps": tc["max_steps"], "elapsed": 0.0, "tokens": 0, "budget_adjusted": False}
    if os.path.exists(ck_path):
        ck = torch.load(ck_path, map_location=device)
        model.load_state_dict(ck["model"])
        opt.load_state_dict(ck["opt"])
        state = ck["state"]
        if "configured_budget" not in state or tc["max_steps"] != state["configured_max_steps"] or \
                budget != state["configured_budget"]:
            # The configuration changed between runs (e.g. a longer budget): restart the projection from it.
            state["max_steps"] = tc["max_steps"]
        print(f"resumed at step {state['step']} of {state['max_steps']}", flush=True)
    state["configured_max_steps"], state["configured_budget"] = tc["max_steps"], budget
    torch.manual_seed(seed + state["step"])
    model.train()
    model.activation_checkpointing = bool(tc.get("activation_checkpointing", False))
    loss_fn = distributed.wrap(model)
    rank_aware = getattr(next_batch, "rank_aware", False)
    t_start = time.time() - state["elapsed"]
    with open(log_path, "a") if ctx.main else contextlib.nullcontext() as log:
        while state["step"] < state["max_steps"]:
            step = state["step"]
            lr = lr_at(step, state["max_steps"], tc["lr"], tc["min_lr"], tc["warmup_steps"])
            for g in opt.param_groups:
                g["lr"] = lr
            x, y = next_batch(step, state["max_steps"])
            if ctx.active and not rank_aware:
                if x.shape[0] < ctx.world:
                    raise SystemExit(f"a batch of {x.shape[0]} rows cannot be split over {ctx.world} ranks")
                x, y = x[ctx.rank::ctx.world], y[ctx.rank::ctx.world]
            x, y = x.to(device), y.to(device)
            with _autocast(device, precision):
                loss, ce = loss_fn(x, y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), tc.get("grad_clip", 1.0))
            opt.step()
            state["step"] += 1
            state["tokens"] += distributed.total((y != -100).sum())
            state["elapsed"] = time.time() - t_start
            rec = {"step": state["step"], "loss": round(distributed.mean(ce.item()), 4), "lr": round(lr, 6),
                   "tokens": state["tokens"],
                   "elapsed_s": round(state["elapsed"], 1)}
            first = max(10, tc["warmup_steps"] // 2)
            if state["step"] == first or (state["step"] > first and state["step"] % 50 == 0):
                # Re-plan the schedule when the projected end leaves the budget: the machine may be shared for a
                # while, so the step time is re-measured over the last window. It may shrink at any time, and grow
                # back (never past the configured steps) only before the last fifth, so the final decay is smooth.
                window = state["elapsed"] - state.get("mark_elapsed", 0.0)
                per_step = window / max(1, state["step"] - state.get("mark_step", 0))
                state["mark_elapsed"], state["mark_step"] = state["elapsed"], state["step"]
                projected = state["elapsed"] + (state["max_steps"] - state["step"]) * per_step
                fit = int(state["step"] + (budget - state["elapsed"]) / per_step)
                if projected > budget * 1.02:
                    state["max_steps"] = max(fit, state["step"] + 1)
                    rec["max_steps_for_budget"] = state["max_steps"]
                    state["budget_adjusted"] = True
                elif projected < budget * 0.95 and state["max_steps"] < tc["max_steps"] and \
                        state["step"] < 0.8 * state["max_steps"]:
                    state["max_steps"] = min(tc["max_steps"], fit)
                    rec["max_steps_for_budget"] = state["max_steps"]
                # Every rank must stop at the same step: rank 0's plan holds.
                state["max_steps"] = distributed.from_main(state["max_steps"])
            if ctx.main and (state["step"] % tc["eval_every"] == 0 or state["step"] == state["max_steps"]):
                rec["val_loss"] = round(evaluate(model, val_batches, device), 4)
            if not ctx.main:
                continue
            log.write(json.dumps(rec) + "\n")
            log.flush()
            if state["step"] % 10 == 0 or "val_loss" in rec:
                print(json.dumps(rec), flush=True)
            if state["step"] % tc["checkpoint_every"] == 0 or state["step"] == state["max_steps"]:
                save_checkpoint(ck_path, model, opt, state)
    model.activation_checkpointing = False
    final_val = evaluate(model, val_batches, device)
    distributed.barrier()  # the last checkpoint is written before any rank goes on to read it
    model.to("cpu")
    return {"steps": state["step"], "tokens": state["tokens"], "seconds": round(state["elapsed"], 1),
            "tokens_per_second": round(state["tokens"] / max(1e-9, state["elapsed"]), 1),
            "precision": precision, "world_size": ctx.world, "final_val_loss": round(final_val, 4), "final_val_perplexity": round(math.exp(final_val), 2)}
