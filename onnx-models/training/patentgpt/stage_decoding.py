"""Stage 8: chooses the sampling the shipped patentdesk.json suggests, on validation patents.

Every candidate setting drafts each task's validation examples (the SFT pairs of the validation split, first ones in
file order) with the engine's own sampling chain (sampling.py); the one with the best ROUGE-L F1 against the real
texts, averaged over the tasks, is written into the shipped folder's patentdesk.json; among the settings whose mean
is within one standard error of the best (the one-standard-error rule: differences that small are noise with so few
drafts), the one whose drafts read best wins: the fewest unknown (garbled) words plus near repeats (tight loops), both
from fluency.py and also measured on the real texts. Greedy decoding is measured as a reference but cannot be chosen:
the app's Regenerate must be able to offer a different draft.

A task gets its own setting (taskInfo.TASK.sampling) only when the model-wide choice is clearly worse on it: some
setting beats it on that task's drafts by more than CLEAR_GAIN standard errors of the paired difference (same
examples, same seeds; three, not two, since every task is compared with every setting). Then, among the settings that beat it that clearly and are within one standard error of the task's best,
the one whose drafts of that task read best wins. "task_examples" may give a task more validation examples for this
(titles are short and cheap to draft); the model-wide figures use the first examples_per_task of each task only.

Drafts begin as the app's do: with the first words the app writes for the task ("Image forming device" for a title,
"2. The bolt of claim 1, wherein" for dependent claims; `patentdesk leads`, the app's DraftLeads) when the app can be
run here ("leads": true, the default), the model writing the rest; else without them, and the manifest says which.
Further dependent claims begin as the model writes them (the app's LineLeads are not mirrored here)."""
import json
import os
import statistics
import subprocess
import time

from . import fluency, manifest, ship
from .bpe import ByteLevelBPE
from .generate import generate
from .prompts import TASKS, fit_prompt, template_only
from .rouge import rouge_l
from .sft_data import pairs_from_record
from .stages import path
from .trainer import load_model
from .word_rules import WordRules, cut_at_stop, exported_lexicon, stop_for, token_bytes

DEFAULT_CANDIDATES = [
    {"temperature": 0.3, "topP": 0.9, "topK": 40, "repetitionPenalty": 1.1, "noRepeatNgram": 4},
    {"temperature": 0.5, "topP": 0.9, "topK": 40, "repetitionPenalty": 1.1, "noRepeatNgram": 4},
    {"temperature": 0.7, "topP": 0.9, "topK": 40, "repetitionPenalty": 1.1, "noRepeatNgram": 4},
]
# How many standard errors of the paired difference a task's own setting must gain over the model-wide one.
CLEAR_GAIN = 3
GREEDY = {"temperature": 0.0, "repetitionPenalty": 1.1, "noRepeatNgram": 4}


def examples(records, per_task):
    out = {}
    for r in records:
        for task, prompt, response in pairs_from_record(r):
            if len(out.setdefault(task, [])) < per_task:
                out[task].append((prompt, response))
    return out


# The repository's launcher, which runs `patentdesk leads` (it builds the app first when needed).
LAUNCHER = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "patentdesk"))


def task_input(task, prompt):
    """The user's text inside a task prompt built by sft_data (between the task token and its repetition)."""
    token = TASKS[task][0] if task in TASKS else "<|instruct|>"
    start = len(token) if prompt.startswith(token) else 0
    end = prompt.find(token, start)
    return prompt[start:end if end >= 0 else len(prompt)].strip()


def app_leads(requests, launcher=LAUNCHER):
    """The first words the app writes for each (task, input) (`patentdesk leads`), or None when the app cannot be
    run here or answers otherwise than one lead per request."""
    if not requests:
        return []
    if not os.access(launcher, os.X_OK):
        return None
    lines = "".join(json.dumps({"task": t, "input": i}, ensure_ascii=False) + "\n" for t, i in requests)
    try:
        p = subprocess.run([launcher, "leads"], input=lines, capture_output=True, text=True, encoding="utf-8",
                           timeout=900)
        leads = [json.loads(line)["lead"] for line in p.stdout.splitlines() if line.strip()]
    except (OSError, subprocess.SubprocessError, ValueError, KeyError):
        return None
    return leads if p.returncode == 0 and len(leads) == len(requests) else None


def leads_for(by_task, use_app):
    """{task: [lead of each example]} from the app, and whether the app gave them (all "" otherwise)."""
    requests = [(t, task_input(t, prompt)) for t, items in sorted(by_task.items()) for prompt, _ in items]
    leads = app_leads(requests) if use_app else None
    out, k = {}, 0
    for t, items in sorted(by_task.items()):
        out[t] = [leads[k + i] if leads else "" for i in range(len(items))]
        k += len(items)
    return out, leads is not None


def score(model, tok, by_task, sampling, max_new, seeds, known, lexicon=None, leads=None):
    """Every draft, by task, in example-then-seed order: (example index, ROUGE-L F1, unknown-word rate, near-repeat
    rate, seed, text) (`known`: the measuring lexicon; `lexicon`: the exported folder's word list, which the drafts
    keep to as the app's do; `leads`: {task: [the app's first words for each example]}: a draft is its lead and what
    the model writes after it, as in the app). A sampled setting drafts each example once per seed (more drafts, less noise);
    greedy decoding, the same every time, once."""
    seeds = seeds if sampling.get("temperature", 0) > 0 else seeds[:1]
    eos = tok.token_id("<|endoftext|>")
    tokens = token_bytes(tok)
    drafts = {}
    for task, items in sorted(by_task.items()):
        new = min(max_new, TASKS[task][3] if task in TASKS else max_new)
        rules, stop = WordRules.for_task(tok, task, lexicon=lexicon), stop_for(tok, task)
        drafts[task] = []
        for i, (prompt, reference) in enumerate(items):
            lead = (leads or {}).get(task, [""] * len(items))[i]
            lead_ids = tok.encode(lead) if lead else []
            # The lead ends the prompt after the template's tail, as the engine's withLead: a too-long input is still
            # cut before it; the context contrast's prompt without the input keeps it too.
            ids = fit_prompt(tok.encode(prompt), model.cfg.context_length - new - len(lead_ids)) + lead_ids
            without_input = tok.encode(template_only(task)) + lead_ids
            for seed in seeds:
                out = lead + cut_at_stop(tok.decode(generate(model, ids, new, eos, sampling=sampling, seed=seed + i,
                                                             without_input=without_input, rules=rules, stop=stop,
                                                             tokens=tokens),
                                                    skip_special=True), task)
                drafts[task].append((i, rouge_l(out, reference), fluency.unknown_word_rate(out, known, prompt),
                                     fluency.near_repeat_rate(out), seed, out))
    return drafts


def summary(drafts):
    """Mean ROUGE-L, its standard error, draft count and fluency measures of a list of drafts."""
    scores = [d[1] for d in drafts]
    return {"mean": round(statistics.mean(scores), 4), "drafts": len(scores),
            "standard_error": round(statistics.stdev(scores) / len(scores) ** 0.5, 4) if len(scores) > 1 else None,
            "unknown_words": round(statistics.mean(d[2] for d in drafts), 4),
            "near_repeats": round(statistics.mean(d[3] for d in drafts), 4)}


def row(sampling, drafts, per_task_examples):
    """A candidate's figures: model-wide over the first per_task_examples examples of each task, and each task's
    own over all of its drafts."""
    common = {t: [d for d in v if d[0] < per_task_examples] for t, v in drafts.items()}
    wide = summary([d for v in common.values() for d in v])
    return {"sampling": sampling, "eligible": sampling.get("temperature", 0) > 0,
            "per_task": {t: round(statistics.mean(d[1] for d in v), 4) for t, v in common.items()},
            "mean": wide["mean"], "drafts": wide["drafts"], "standard_error": wide["standard_error"],
            "unknown_words": wide["unknown_words"], "near_repeats": wide["near_repeats"],
            "tasks": {t: summary(v) for t, v in drafts.items()}}


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


def paired(a, b):
    """Mean and standard error of the per-draft differences a - b (the same drafts, in the same order)."""
    diffs = [x[1] - y[1] for x, y in zip(a, b)]
    return statistics.mean(diffs), (statistics.stdev(diffs) / len(diffs) ** 0.5 if len(diffs) > 1 else float("inf"))


def task_overrides(rows, drafts, chosen):
    """{task: sampling} for the tasks on which the model-wide choice is clearly worse (see the module comment);
    `drafts[i]` holds the drafts of rows[i]."""
    at = next(i for i, r in enumerate(rows) if r["sampling"] == chosen)
    out = {}
    for task in rows[at]["tasks"]:
        better = []
        for i, r in enumerate(rows):
            if r["eligible"] and i != at:
                gain, error = paired(drafts[i][task], drafts[at][task])
                if gain > CLEAR_GAIN * error:
                    better.append(r)
        if not better:
            continue
        best = max(better, key=lambda r: r["tasks"][task]["mean"])["tasks"][task]
        close = [r for r in better if r["tasks"][task]["mean"] >= best["mean"] - (best["standard_error"] or 0)]
        out[task] = min(close, key=lambda r: (r["tasks"][task]["unknown_words"] + r["tasks"][task]["near_repeats"],
                                              -r["tasks"][task]["mean"]))["sampling"]
    return out


def seeds(dc):
    """The seeds each example is drafted with: "seeds" (a list), else the single "seed" (default 1)."""
    return list(dc.get("seeds", [dc.get("seed", 1)]))


def run(cfg):
    started = time.time()
    dc = cfg.get("decoding", {})
    tok = ByteLevelBPE.load(path(cfg, "tokenizer", "tokenizer.json"))
    model, _ = load_model(path(cfg, "sft", "model.pt"))
    per_task, extra = dc.get("examples_per_task", 6), dc.get("task_examples", {})
    with open(path(cfg, "corpus", "val.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    by_task = examples(records, max([per_task, *extra.values()]))
    by_task = {t: v[:max(per_task, extra.get(t, 0))] for t, v in by_task.items()}
    known = fluency.lexicon(path(cfg, "corpus", "train.jsonl"), dc.get("lexicon_chars", 30_000_000))
    lexicon = exported_lexicon(cfg)
    leads, from_app = leads_for(by_task, dc.get("leads", True))
    drafted_with = seeds(dc)
    rows, drafts = [], []
    for sampling in [GREEDY] + dc.get("candidates", DEFAULT_CANDIDATES):
        drafts.append(score(model, tok, by_task, sampling, dc.get("max_new_tokens", 160), drafted_with, known, lexicon,
                            leads))
        rows.append(row(sampling, drafts[-1], per_task))
        print(json.dumps(rows[-1]), flush=True)
    chosen = choose(rows)
    overrides = task_overrides(rows, drafts, chosen)
    figures = {"examples_per_task": {t: min(len(v), per_task) for t, v in by_task.items()},
               "task_examples": {t: len(v) for t, v in by_task.items()}, "seeds": drafted_with,
               "candidates": rows, "chosen": chosen, "per_task_chosen": overrides, "lexicon_words": len(lexicon or []),
               "leads": {t: sum(1 for x in v if x) for t, v in leads.items()} if from_app else None,
               "reference": reference_fluency({t: v[:per_task] for t, v in by_task.items()}, known)}
    # Every draft with its figures, so a choice can be audited (or a rule changed) without drafting again.
    drafts_file = path(cfg, "decoding", "drafts.jsonl")
    os.makedirs(os.path.dirname(drafts_file), exist_ok=True)
    with open(drafts_file, "w", encoding="utf-8") as f:
        for setting, by in enumerate(drafts):
            for task, items in by.items():
                for i, rouge, unknown, near, seed, text in items:
                    f.write(json.dumps({"setting": setting, "task": task, "example": i, "seed": seed,
                                        "rouge_l": round(rouge, 4), "unknown_words": round(unknown, 4),
                                        "near_repeats": round(near, 4), "text": text}, ensure_ascii=False) + "\n")
    outputs = [drafts_file]
    folder = ship.folder(cfg)
    if folder:
        pj = ship.write_sampling(folder, chosen, overrides)
        ship.write_sha256sums(folder)
        outputs.append(pj)
        figures["written_to"] = os.path.relpath(pj, os.path.dirname(cfg["_config_path"]))
    manifest.write(path(cfg, "decoding", "manifest.json"), "decoding", dc,
                   [path(cfg, "sft", "model.pt"), path(cfg, "corpus", "val.jsonl"), path(cfg, "corpus", "train.jsonl")], outputs, figures, started)
    return figures
