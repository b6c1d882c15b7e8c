"""Stage 7: validation and test perplexity (pretrained and instruction-tuned checkpoints, and the shipped ONNX
model in ONNX Runtime), and claims -> abstract ROUGE-L on test patents beside the first-60-words-of-claim-1
baseline; rewrites of roughened test paragraphs and claims beside handing the input back; one sample per drafting
task for the model card."""
import json
import math
import os
import statistics
import time

import numpy as np
import torch

from . import fluency, manifest, ortnode
from .bpe import ByteLevelBPE
from .corpus import format_claims
from .generate import generate
from .prompts import TASKS, fit_prompt, instruct_prompt, task_prompt, template_only
from .rewrite_data import rewrite_pairs, score_rewrite
from .rouge import rouge_l
from .sft_data import pairs_from_record
from .stage_pretrain import fixed_batches, load_tokens
from .stages import path
from .trainer import evaluate, load_model
from .word_rules import WordRules, exported_lexicon, token_bytes


def perplexity(model, tokens, window, n):
    batches = fixed_batches(tokens, window, 4, max(1, n // 4))
    return round(math.exp(evaluate(model, batches)), 3)


def bits_per_byte(model, tok, tokens, window, n):
    """Loss per byte of text: unlike perplexity, comparable between models with different tokenizers."""
    from .stage_vocab import bits_per_byte as bpb, token_bytes
    return round(bpb(model, fixed_batches(tokens, window, 4, max(1, n // 4)), token_bytes(tok))[0], 4)


def rewrite_figures(model, tok, records, rc, eos, lexicon=None):
    """The app's "Rewrite selection" on test patents: a paragraph and a claim of each full-text test patent made
    worse (rewrite_data.roughen), rewritten with a fixed sampling and seed, and scored against the original text
    (rewrite_data.score_rewrite); means over the drafts, and the first two drafts for the card."""
    drafts, shown = [], []
    without_input = tok.encode(template_only("instruct"))
    rules = WordRules.for_task(tok, "instruct", lexicon=lexicon)  # the app's article rule and word list
    pairs = [(p, r["id"]) for r in records for p in rewrite_pairs(r)][: rc["examples"]]
    for (instruction, rough, original), rid in pairs:
        prompt = fit_prompt(tok.encode(instruct_prompt(instruction, rough)),
                            model.cfg.context_length - rc["max_new_tokens"])
        ids = generate(model, prompt, rc["max_new_tokens"], eos, sampling=rc["sampling"], seed=rc.get("seed", 1),
                       without_input=without_input, rules=rules, tokens=token_bytes(tok))
        out = tok.decode(ids, skip_special=True).strip()
        drafts.append(score_rewrite(original, rough, out, len(ids) < rc["max_new_tokens"]))
        drafts[-1]["near_repeats"] = fluency.near_repeat_rate(out)
        if len(shown) < 2:
            shown.append({"id": rid, "input": rough, "generated": out, "original": original})
    means = {k: round(statistics.mean(float(d[k]) for d in drafts), 4) for k in drafts[0]} if drafts else {}
    return {"examples": len(drafts), **means, "sampling": rc["sampling"], "samples": shown}


def run(cfg):
    started = time.time()
    ec = cfg["evaluate"]
    tok = ByteLevelBPE.load(path(cfg, "tokenizer", "tokenizer.json"))
    eos = tok.token_id("<|endoftext|>")
    figures = {}
    val = load_tokens(path(cfg, "tokenizer", "val.bin"))
    test = load_tokens(path(cfg, "tokenizer", "test.bin"))
    models = {}
    for stage in ("pretrain", "sft"):
        p = path(cfg, stage, "model.pt")
        if os.path.exists(p):
            models[stage], _ = load_model(p)
            figures[f"{stage}.val_perplexity"] = perplexity(models[stage], val, ec["ppl_window"], ec["ppl_sequences"])
            figures[f"{stage}.test_perplexity"] = perplexity(models[stage], test, ec["ppl_window"], ec["ppl_sequences"])
            figures[f"{stage}.test_bits_per_byte"] = bits_per_byte(models[stage], tok, test, ec["ppl_window"],
                                                                   ec["ppl_sequences"])
    shipped = path(cfg, "quantize", f"int{cfg['quantize']['ship_bits']}", "model.onnx")
    if ortnode.available() and os.path.exists(shipped):
        from .stage_quantize import val_sequences
        m = models["sft"].cfg
        t = test
        seqs = [t[s:s + ec["ppl_window"] + 1].tolist() for s in range(0, len(t) - ec["ppl_window"] - 1,
                                                                       max(1, len(t) // ec["ppl_sequences"]))][:ec["ppl_sequences"]]
        r = ortnode.perplexity(shipped, seqs, ec["ppl_window"], m.num_kv_heads, m.head_dim)
        figures[f"shipped_int{cfg['quantize']['ship_bits']}.test_perplexity_ort"] = round(r["perplexity"], 3)
    model = models["sft"]
    if ec.get("choices"):
        from .choices import score_file
        # One file, or a list: the first reports as STAGE.ip_questions, the others as STAGE.ip_questions.FILE_STEM.
        files = ec["choices"] if isinstance(ec["choices"], list) else [ec["choices"]]
        for i, f in enumerate(files):
            qpath = os.path.normpath(os.path.join(os.path.dirname(cfg["_config_path"]), f))
            if os.path.exists(qpath):
                suffix = "" if i == 0 else "." + os.path.splitext(os.path.basename(qpath))[0]
                for stage, m in models.items():
                    figures[f"{stage}.ip_questions{suffix}"] = score_file(m, tok, qpath)
    with open(path(cfg, "corpus", "test.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    scored, baseline, samples = [], [], []
    for r in records:
        if len(scored) >= ec["rouge_examples"]:
            break
        if not r.get("claims") or len(r.get("abstract", "")) < 100:
            continue
        prompt = fit_prompt(tok.encode(task_prompt("claims_to_abstract", format_claims(r["claims"]))),
                            model.cfg.context_length - ec["max_new_tokens"])
        out = tok.decode(generate(model, prompt, ec["max_new_tokens"], eos), skip_special=True)
        scored.append(rouge_l(out, r["abstract"]))
        baseline.append(rouge_l(" ".join(r["claims"][0].split()[:60]), r["abstract"]))
        if len(samples) < 3:
            samples.append({"id": r["id"], "generated": out, "reference": r["abstract"]})
    figures["claims_to_abstract.rouge_l"] = {
        "examples": len(scored), "model_mean": round(statistics.mean(scored), 4),
        "baseline_first_60_words_of_claim_1_mean": round(statistics.mean(baseline), 4),
        "model_wins": sum(a > b for a, b in zip(scored, baseline))}
    if ec.get("rewrite"):
        figures["rewrite"] = rewrite_figures(model, tok, records, ec["rewrite"], eos, exported_lexicon(cfg))
    task_samples = {}
    for r in records:
        for task, prompt, ref in pairs_from_record(r):
            if task in task_samples:
                continue
            ids = fit_prompt(tok.encode(prompt), model.cfg.context_length - 160)
            gen = tok.decode(generate(model, ids, 160, eos), skip_special=True)
            task_samples[task] = {"id": r["id"], "prompt": tok.decode(ids)[:600], "generated": gen, "reference": ref[:600]}
        if len(task_samples) == len(TASKS) + 1:
            break
    out_dir = path(cfg, "evaluate")
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, "samples.json"), "w", encoding="utf-8") as f:
        json.dump({"claims_to_abstract": samples, "per_task": task_samples}, f, indent=2, ensure_ascii=False)
    manifest.write(os.path.join(out_dir, "manifest.json"), "evaluate", ec,
                   [path(cfg, "sft", "model.pt"), path(cfg, "corpus", "test.jsonl")],
                   [os.path.join(out_dir, "samples.json")], figures, started)
    return figures
