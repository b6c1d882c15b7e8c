"""Stage 8: chooses the sampling the shipped patentdesk.json suggests, on validation patents.

Every candidate setting drafts each task's validation examples (the SFT pairs of the validation split, first ones in
file order) with the engine's own sampling chain (sampling.py); the one with the best ROUGE-L F1 against the real
texts, averaged over the tasks, is written into the shipped folder's patentdesk.json; among the settings whose mean
is within one standard error of the best (the one-standard-error rule: differences that small are noise with so few
drafts), the one whose drafts read best wins: the fewest unknown (garbled) words plus near repeats (tight loops), both
from fluency.py and also measured on the real texts. Greedy decoding is measured as a reference but cannot be chosen:
the app's Regenerate must be able to offer a different draft."""
import json
import os
import statistics
import time

from . import fluency, manifest, ship
from .bpe import ByteLevelBPE
from .generate import generate
from .prompts import TASKS, fit_prompt, template_only
from .rouge import rouge_l
from .sft_data import pairs_from_record
from .stages import path
from .trainer import load_model

DEFAULT_CANDIDATES = [
    {"temperature": 0.3, "topP": 0.9, "topK": 40, "repetitionPenalty": 1.1, "noRepeatNgram": 4},
    {"temperature": 0.5, "topP": 0.9, "topK": 40, "repetitionPenalty": 1.1, "noRepeatNgram": 4},
    {"temperature": 0.7, "topP": 0.9, "topK": 40, "repetitionPenalty": 1.1, "noRepeatNgram": 4},
]
GREEDY = {"temperature": 0.0, "repetitionPenalty": 1.1, "noRepeatNgram": 4}


def examples(records, per_task):
    out = {}
    for r in records:
        for task, prompt, response in pairs_from_record(r):
            if len(out.setdefault(task, [])) < per_task:
                out[task].append((prompt, response))
    return out


def score(model, tok, by_task, sampling, max_new, seeds, known):
    """ROUGE-L F1 of every draft, by task, and the drafts' fluency measures (`known`: the lexicon). A sampled setting
    drafts each example once per seed (more drafts, less noise); greedy decoding, the same every time, once."""
    seeds = seeds if sampling.get("temperature", 0) > 0 else seeds[:1]
    eos = tok.token_id("<|endoftext|>")
    per_task, unknown, loops = {}, [], []
    for task, items in sorted(by_task.items()):
        new = min(max_new, TASKS[task][3] if task in TASKS else max_new)
        without_input = tok.encode(template_only(task))
        scores = []
        for i, (prompt, reference) in enumerate(items):
            ids = fit_prompt(tok.encode(prompt), model.cfg.context_length - new)
            for seed in seeds:
                out = tok.decode(generate(model, ids, new, eos, sampling=sampling, seed=seed + i,
                                          without_input=without_input), skip_special=True)
                scores.append(rouge_l(out, reference))
                unknown.append(fluency.unknown_word_rate(out, known, prompt))
                loops.append(fluency.near_repeat_rate(out))
        per_task[task] = scores
    return per_task, {"unknown_words": round(statistics.mean(unknown), 4),
                      "near_repeats": round(statistics.mean(loops), 4)}


def reference_fluency(by_task, known):
    """The fluency measures of the real texts, the yardstick for the drafts'."""
    pairs = [(prompt, ref) for items in by_task.values() for prompt, ref in items]
    return {"unknown_words": round(statistics.mean(fluency.unknown_word_rate(r, known, p) for p, r in pairs), 4),
            "near_repeats": round(statistics.mean(fluency.near_repeat_rate(r) for _, r in pairs), 4)}


def choose(rows):
    """The eligible setting whose drafts read best (fewest unknown words plus near repeats) among those within one
    standard error of the best mean."""
    eligible = [r for r in rows if r["eligible"]]
    best = max(eligible, key=lambda r: r["mean"])
    close = [r for r in eligible if r["mean"] >= best["mean"] - (best["standard_error"] or 0)]
    return min(close, key=lambda r: (r.get("unknown_words", 0) + r.get("near_repeats", 0), -r["mean"]))["sampling"]


def seeds(dc):
    """The seeds each example is drafted with: "seeds" (a list), else the single "seed" (default 1)."""
    return list(dc.get("seeds", [dc.get("seed", 1)]))


def run(cfg):
    started = time.time()
    dc = cfg.get("decoding", {})
    tok = ByteLevelBPE.load(path(cfg, "tokenizer", "tokenizer.json"))
    model, _ = load_model(path(cfg, "sft", "model.pt"))
    with open(path(cfg, "corpus", "val.jsonl"), encoding="utf-8") as f:
        by_task = examples([json.loads(line) for line in f], dc.get("examples_per_task", 6))
    known = fluency.lexicon(path(cfg, "corpus", "train.jsonl"), dc.get("lexicon_chars", 30_000_000))
    drafted_with = seeds(dc)
    rows = []
    for sampling in [GREEDY] + dc.get("candidates", DEFAULT_CANDIDATES):
        scores, reads = score(model, tok, by_task, sampling, dc.get("max_new_tokens", 160), drafted_with, known)
        every = [s for v in scores.values() for s in v]
        rows.append({"sampling": sampling, "eligible": sampling.get("temperature", 0) > 0,
                     "per_task": {t: round(statistics.mean(v), 4) for t, v in scores.items()},
                     "mean": round(statistics.mean(every), 4), "drafts": len(every),
                     "standard_error": round(statistics.stdev(every) / len(every) ** 0.5, 4) if len(every) > 1 else None,
                     **reads})
        print(json.dumps(rows[-1]), flush=True)
    chosen = choose(rows)
    figures = {"examples_per_task": {t: len(v) for t, v in by_task.items()}, "seeds": drafted_with,
               "candidates": rows, "chosen": chosen, "reference": reference_fluency(by_task, known)}
    outputs = []
    folder = ship.folder(cfg)
    if folder:
        pj = ship.write_sampling(folder, chosen)
        ship.write_sha256sums(folder)
        outputs.append(pj)
        figures["written_to"] = os.path.relpath(pj, os.path.dirname(cfg["_config_path"]))
    manifest.write(path(cfg, "decoding", "manifest.json"), "decoding", dc,
                   [path(cfg, "sft", "model.pt"), path(cfg, "corpus", "val.jsonl"), path(cfg, "corpus", "train.jsonl")], outputs, figures, started)
    return figures
