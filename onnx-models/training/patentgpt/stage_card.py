"""Writes MODEL_CARD.md and loss_curves.png into the shipped model folder from the run's manifests and logs, then
refreshes the folder's SHA256SUMS. Every figure in the card comes from a manifest; nothing is typed in by hand."""
import json
import os
import platform

from . import ship
from .prompts import ARTICLE_AGREEMENT, TASK_BANNED_OPENINGS, TASK_BANNED_WORDS, TASK_STOPS
from .rewrite_data import REWRITE_INSTRUCTION
from .word_rules import LEXICON_FILE
from .stages import path

LICENCES = {
    "us-fulltext": "US Government text (public domain) / BSD-style compilation (funginstitute/patentprocessor), "
                   "USPTO/PatentPublicData, go-uspto test data",
    "us-apps-2024-claims": "US published applications (public domain); compilation without licence "
                           "(ajsachwitz/Thinkstruct_test_project)",
    "grobid-ep-wo-us": "EP/WO/US documents (freely reproducible); compilation Apache-2.0 (kermitt2/grobid)",
    "patent-generator-fulltext": "US/EP patents; compilation MIT (antiboredom/patent-generator)",
    "patentsberta-claims": "US claims; compilation MIT (AI-Growth-Lab/PatentSBERTa)",
    "ipstreet-claims": "US claims; compilation MIT (ReedJessen/IPStreetSemanticSearchValidation)",
    "us-xml-misc": "US applications and design grants; MIT-style (benhoyle/patentdata) / none",
    "koehrsen-abstracts": "US abstracts; compilation MIT (WillKoehrsen/recurrent-neural-networks)",
    "mpep": "USPTO Manual of Patent Examining Procedure, US Government work (public domain)",
}


def _manifest(cfg, stage):
    p = path(cfg, stage, "manifest.json")
    if not os.path.exists(p):
        return None
    with open(p, encoding="utf-8") as f:
        return json.load(f)


def _log(p):
    if not os.path.exists(p):
        return []
    by_step = {}
    with open(p) as f:
        for line in f:
            r = json.loads(line)
            by_step[r["step"]] = r  # a resumed run repeats the steps after its last checkpoint: keep the last
    return [by_step[k] for k in sorted(by_step)]


def pretrain_phases(cfg, pre):
    """The pretraining history, oldest first: [(run name, figures)] — one entry, or the earlier run(s) this one
    continued from (pretrain.init_from) followed by this run."""
    # A run that reuses another run's pretraining (reuse "from") is named after the folder that did it.
    phases = [(os.path.basename(os.path.dirname(path(cfg, "pretrain"))), pre)]
    info = pre.get("initialized_from")
    while info:
        earlier = os.path.join(os.path.dirname(info["checkpoint"]), "manifest.json")
        with open(earlier, encoding="utf-8") as f:
            fig = json.load(f)["figures"]
        phases.insert(0, (os.path.basename(os.path.dirname(os.path.dirname(info["checkpoint"]))), dict(fig, _dir=os.path.dirname(info["checkpoint"]))))
        info = fig.get("initialized_from")
    return phases


def _runs_to_reproduce(cfg, pre):
    """The configurations to run in order: every pretraining phase's, then this one if it only reused them."""
    names = [name for name, _ in pretrain_phases(cfg, pre)]
    return names + ([cfg["name"]] if names[-1] != cfg["name"] else [])


def _pretrain_log(cfg):
    """Pretraining loss records of every phase, tokens counted from the first phase's start."""
    m = _manifest(cfg, "pretrain")
    out, offset = [], 0
    for name, fig in pretrain_phases(cfg, m["figures"] if m else {}):
        log = _log(os.path.join(fig.get("_dir", path(cfg, "pretrain")), "log.jsonl"))
        out += [dict(r, tokens=r["tokens"] + offset) for r in log]
        offset += fig.get("tokens", 0)
    return out


PANELS = [("Pretraining", {"": ("pretrain",)}), ("Instruction tuning (SFT)", {"": ("sft",)}),
          ("Dense vs MoE (equal active parameters)", {"dense ": ("compare", "dense"), "MoE ": ("compare", "moe")})]


def curves(cfg):
    """[(panel title, {label: loss records})] for the plot; a reused stage's logs come from the earlier run."""
    return [(title, {label: _pretrain_log(cfg) if d == ("pretrain",) else _log(path(cfg, *d, "log.jsonl"))
                     for label, d in runs.items()}) for title, runs in PANELS]


def plot(cfg, png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(1, 3, figsize=(15, 4))
    for ax, (title, logs) in zip(axes, curves(cfg)):
        for label, log in logs.items():
            if not log:
                continue
            ax.plot([r["tokens"] / 1e6 for r in log], [r["loss"] for r in log], alpha=0.6, label=label + "train")
            val = [r for r in log if "val_loss" in r]
            ax.plot([r["tokens"] / 1e6 for r in val], [r["val_loss"] for r in val], "o-", label=label + "validation")
        ax.set_title(title)
        ax.set_xlabel("training tokens (millions)")
        ax.set_ylabel("cross-entropy (nats/token)")
        ax.grid(alpha=0.3)
        ax.legend()
    fig.tight_layout()
    fig.savefig(png, dpi=90)
    plt.close(fig)


def _seeds(seeds):
    return "one seed per example" if len(seeds) == 1 else (
        f"each sampled setting drafts every example with {len(seeds)} seeds, greedy once")


def _table(rows):
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows[1:]]
    return "\n".join(out)


def _precision(fig):
    return "bfloat16 mixed precision" if fig.get("precision") == "bf16" else "float32"


def pretrain_total(cfg, pre):
    phases = pretrain_phases(cfg, pre)
    parts = [f"`{name}` {fig['tokens']:,} tokens in {fig['seconds'] / 60:.1f} min ({_precision(fig)})" for name, fig in phases]
    tokens = sum(fig["tokens"] for _, fig in phases)
    minutes = sum(fig["seconds"] for _, fig in phases) / 60
    return f"{tokens:,} tokens ({tokens / pre['train_tokens_available']:.2f} epochs) in {minutes:.0f} min: " + " then ".join(parts)


def _bench_runs(entries):
    """How the decode speeds of these bench results were taken."""
    runs = sorted({e.get("bench_runs", 1) for e in entries})
    if runs == [1]:
        return "one cold run each"
    if len(runs) == 1:
        return f"the median of {runs[0]} runs after a warm-up run"
    return "median of " + " / ".join(map(str, runs)) + " runs"


def _mb(b):
    return f"{b / 1e6:.1f} MB"


def _vocab_gap(by_size, best, shipped):
    """How far the shipped vocabulary is from the best one of the sweep, in per cent of bits per byte."""
    b, s = by_size.get(str(best)), by_size.get(str(shipped))
    if not b or not s or best == shipped:
        return ""
    return f" ({100 * (s['val_bits_per_byte'] / b['val_bits_per_byte'] - 1):.1f} % more bits per byte)"


def _setting_name(s, eligible=True):
    name = ("greedy (reference)" if not eligible else f"temperature {s['temperature']}, top-p {s.get('topP', 1)}, "
            f"top-k {s.get('topK', 0)}") + f", repetition penalty {s.get('repetitionPenalty', 1)}, no repeated {s.get('noRepeatNgram', 0)}-gram"
    if s.get("nearRepeatWindow"):
        name += f", no near repeat within {s['nearRepeatWindow']} tokens"
    if s.get("minP"):
        name += f", min-p {s['minP']}"
    if s.get("contextContrast"):
        name += f", context contrast {s['contextContrast']} (plausibility {s.get('plausibility', 0)})"
    if s.get("copyBoost"):
        name += f", copy boost {s['copyBoost']}"
    if s.get("inputWordBoost"):
        name += f", input-word boost {s['inputWordBoost']}"
    return name


def _per_task_choice(d):
    """The paragraph on per-task settings: which tasks got one, with every setting's figures on those tasks."""
    extra = {t: n for t, n in d.get("task_examples", {}).items() if n > d["examples_per_task"].get(t, 0)}
    L = ["A task gets a setting of its own (`taskInfo` in `patentdesk.json`) only when another setting beats the "
         "model-wide one on that task by more than three standard errors of the paired difference (same examples, same "
         "seeds), and then the most readable of the settings that do, within one standard error of the task's best."
         + (" " + ", ".join(f"{t} had {n}" for t, n in sorted(extra.items())) + " validation examples for this "
            "(the table above uses the first ones only)." if extra else ""), ""]
    chosen = d["per_task_chosen"]
    if not chosen:
        return L + ["No task gets its own setting: on every task the model-wide one is as good as any within that "
                    "margin.", ""]
    for task, s in sorted(chosen.items()):
        rows = [["sampling", f"{task} ROUGE-L ± standard error", "drafts", "unknown words", "near repeats"]]
        for c in d["candidates"]:
            f = c["tasks"][task]
            mark = " **(shipped for this task)**" if c["sampling"] == s else (
                " (model-wide choice)" if c["sampling"] == d["chosen"] else "")
            rows.append([_setting_name(c["sampling"], c["eligible"]) + mark, f"{f['mean']} ± {f['standard_error']}",
                         f["drafts"], f["unknown_words"], f["near_repeats"]])
        L += [f"**{task}** gets its own setting: {_setting_name(s)}.", "", _table(rows), ""]
    return L


def _rewrite_section(rw, max_new):
    """The app's "Rewrite selection" on test patents (stage 7's rewrite figures, drafted with at most max_new tokens)."""
    pct = lambda v: f"{100 * v:.1f} %"
    L = ["### Rewrite selection", "",
         f"{rw['examples']} test paragraphs and claims, each made less clear (wordy stock phrases, \"said\" in a "
         "description, a doubled word, two sentences run together; `rewrite_data.roughen`) and rewritten with the "
         f"app's instruction (\"{REWRITE_INSTRUCTION}\"; sampling {_setting_name(rw['sampling'])}, seed 1, at most "
         f"{max_new} new tokens), scored "
         "against the text it was made from. Handing the input back unchanged is the baseline a rewrite has to beat.",
         "",
         _table([["measure", "value"],
                 ["ROUGE-L F1 against the original, model", rw["rouge_l"]],
                 ["ROUGE-L F1 against the original, baseline: the input unchanged", rw["copy_rouge_l"]],
                 ["reference numerals of the original kept", pct(rw["numerals_kept"])],
                 ["numerals in the draft found nowhere in its input", pct(rw["numerals_invented"])],
                 ["length, words of the draft / words of the original", rw["length_ratio"]],
                 [f"drafts that ended by themselves within {max_new} tokens", pct(rw["stopped"])],
                 ["near repeats (word trigrams among the previous 15 words')", pct(rw["near_repeats"])]]), ""]
    for s in rw.get("samples", [])[:1]:
        L += [f"For example ({s['id']}), input: {s['input'][:400]!r}", "",
              f"Rewrite: {s['generated'][:400]!r}", ""]
    return L


def card(cfg, ship_dir):
    m = {s: _manifest(cfg, s) for s in ("corpus", "tokenizer", "vocab", "pretrain", "sft", "export", "quantize",
                                         "evaluate", "decoding", "compare", "samples")}
    mc = m["pretrain"]["config"]["model"]
    pre, sft = m["pretrain"]["figures"], m["sft"]["figures"]
    q, ev = m["quantize"]["figures"], m["evaluate"]["figures"]
    L = [f"# {cfg['export']['display_name']}", "",
         "A small Llama-style decoder trained from scratch by PatentDesk on public patent text, for drafting help "
         "inside the app (claims → abstract, claims → title, independent → dependent claims, claim → description "
         "paragraph, abstract → claim 1, and a generic rewrite/explain format). It runs locally through ONNX Runtime; "
         "the prompt format of each task is in `patentdesk.json`.", "",
         "Reproduce: `cd onnx-models/training && " + " && ".join(
             f"./run-pipeline.sh configs/{name}.json" for name in _runs_to_reproduce(cfg, m["pretrain"]["figures"])) + "` "
         "(each stage also runs alone: `python3 -m patentgpt STAGE --config configs/" + cfg["name"] + ".json`; "
         "stage manifests with sha256 of every input and output are in `runs/" + cfg["name"] + "/STAGE/manifest.json`).",
         "", "## Files", "",
         "`model.onnx` (int8 weights: `MatMulNBits` from the `com.microsoft` domain, block 32; embeddings float32), "
         "`genai_config.json` (onnxruntime-genai layout), `tokenizer.json` (byte-level BPE, Hugging Face format), "
         "`tokenizer_config.json`, `patentdesk.json` (display name, context, stop strings, task templates, word "
         "rules), `lexicon.txt.gz` (the words a draft may write besides the input's: the train split's words seen at "
         "least 5 times in at least 3 records; the engine's KnownWords; the rewrite/explain format is left free, "
         "since a rewrite hands the user's words back), `SHA256SUMS`, this card and "
         "`loss_curves.png`.", "",
         "## Data and licences", "",
         "Read from `../shared/corpus` (never copied into the repository); cleaned (XML leftovers, entities, "
         "whitespace, USPTO `1 .`/` ,` spacing, CSV quote doubling), exact and MinHash near-duplicates dropped, "
         "split into train / validation / test **by patent** (no patent in two splits: "
         f"{m['corpus']['figures']['patents_shared_between_splits']} shared). Non-English descriptions and claims are dropped.", ""]
    rows = [["folder", "records", "kept train/val/test", "duplicates exact/near", "chars kept", "licence"]]
    for folder, s in m["corpus"]["figures"]["per_folder"].items():
        rows.append([f"`{folder}`", s.get("records", 0),
                     f"{s.get('kept_train', 0)}/{s.get('kept_val', 0)}/{s.get('kept_test', 0)}",
                     f"{s.get('exact_duplicates', 0)}/{s.get('near_duplicates', 0)}", f"{s.get('chars', 0):,}",
                     LICENCES.get(folder, "see SOURCES.md")])
    L += [_table(rows), "",
          "Not used: `cpc-scheme` (classification labels, not prose) and `xml-samples` (raw XML for importer tests).", ""]
    tk = m["tokenizer"]["figures"]
    L += ["## Tokenizer", "",
          f"Byte-level BPE (GPT-2 pre-tokenization, round-trips any UTF-8), {tk['vocab_size']} entries including "
          f"{len(tk['special_tokens'])} special tokens ({', '.join('`' + t + '`' for t in tk['special_tokens'])}); "
          f"trained on {tk['trained_on_chars']:,} characters of the train split. Train/validation/test tokens: "
          f"{tk['tokens']['train']:,} / {tk['tokens']['val']:,} / {tk['tokens']['test']:,}.", "",
          "Validation characters per token by vocabulary size (one training run; BPE merges are a prefix list): "
          + ", ".join(f"{k}: {v}" for k, v in tk["val_chars_per_token_by_vocab_size"].items()) + ".", ""]
    if m["vocab"]:
        v = m["vocab"]["figures"]
        rows = [["vocabulary", "parameters", "tokens trained", "CPU seconds", "val chars/token", "val loss (nats/token)",
                 "val bits per byte"]]
        for size, r in v["by_vocab_size"].items():
            rows.append([f"{int(size):,}", f"{r['parameters']:,}", f"{r['tokens']:,}", r["cpu_seconds"],
                         r["val_chars_per_token"], r["val_loss_per_token"], r["val_bits_per_byte"]])
        L += ["Validation loss per CPU hour by vocabulary size (`vocab` stage): the default model trained with each "
              f"candidate for the same {v['minutes_per_size']} wall-clock minutes on the same cores and schedule, "
              "compared in bits per byte of the validation split (loss per token is not comparable between "
              "vocabularies):", "", _table(rows), "",
              f"Lowest bits per byte: {v['best']:,}; the shipped model uses {tk['vocab_size']:,}"
              + _vocab_gap(v["by_vocab_size"], v["best"], tk["vocab_size"]) + ". These are short runs of one seed: "
              "they say which vocabulary learns fastest at the start of training on this hardware, not which ends "
              "best after hours.", ""]
    pt, st = m["pretrain"]["config"]["train"], m["sft"]["config"]
    phases = pretrain_phases(cfg, pre)
    L += ["## Model and training", "",
          _table([["", "value"],
                  ["architecture", "decoder-only: RMSNorm, rotary positions, SwiGLU, grouped-query attention, tied embeddings"],
                  ["layers / hidden / heads / KV heads / head size", f"{mc['num_layers']} / {mc['hidden_size']} / {mc['num_heads']} / {mc['num_kv_heads']} / {mc['hidden_size'] // mc['num_heads']}"],
                  ["FFN width", mc["intermediate_size"]],
                  ["parameters", f"{pre['parameters']:,}"],
                  ["context length (exported)", mc["context_length"]],
                  *([["pretraining, total", pretrain_total(cfg, pre)]] if pre.get("initialized_from") else []),
                  ["pretraining" + (f" (run `{phases[-1][0]}`, continued from `{phases[-2][0]}`)" if pre.get("initialized_from") else ""), f"{pre['steps']} steps × {pt['batch_size'] * pt['seq_len']:,} packed tokens = {pre['tokens']:,} tokens ({pre['epochs']} epochs), windows of {pt['seq_len']}" + (f", the last {100 - round(100 * pt['long_from_fraction'])} % of steps windows of {pt['long_seq_len']}" if pt.get("long_seq_len") else "") + f"; AdamW, peak lr {pt['lr']}, warmup {pt['warmup_steps']}, cosine to {pt['min_lr']}, {pre['seconds'] / 60:.1f} min, {pre['tokens_per_second']} tokens/s, {_precision(pre)}"],
                  ["instruction tuning", (f"{sft['steps']} steps: {sft['examples_seen']:,} examples (≤ {st['seq_len']} tokens, loss on the response only) in batches of similar length within {st['batch_size'] * st['seq_len']:,} padded tokens, and {sft['plain_steps']} steps of plain pretraining text (loss on every token) against forgetting"
                                          if "examples_seen" in sft else f"{sft['steps']} steps × {st['batch_size']} examples (≤ {st['seq_len']} tokens, loss on the response only)") + f", peak lr {st['lr']}, {sft['seconds'] / 60:.1f} min, {_precision(sft)}"],
                  ["SFT examples per task (train)", ", ".join(f"{k}: {v}" for k, v in sft["train_examples_per_task"].items())],
                  *([[f"SFT validation loss by task ({sft['val_loss_by_task']['examples_per_task']} validation examples each, response tokens), before → after tuning",
                      ", ".join(f"{k}: {b} → {sft['val_loss_by_task']['after'][k]}" for k, b in sft["val_loss_by_task"]["before"].items())]]
                    if "val_loss_by_task" in sft else []),
                  ["hardware", f"2 shared CPU cores ({platform.processor() or platform.machine()}, OpenBLAS), torch {m['pretrain']['host']['torch']}, {m['pretrain']['host']['cpu_threads']} threads; other work shared the cores at times"]]),
          "", "![loss curves](loss_curves.png)", ""]
    ex = m["export"]["figures"]
    L += ["## Export and quantization", "",
          f"ONNX opset 14, KV-cache inputs/outputs (`past_key_values.N.key/.value` → `present.N.key/.value`), "
          f"ONNX checker: {ex['onnx_checker']}; max |PyTorch − ONNX Runtime| over logits and KV: "
          f"{ex['max_abs_diff_torch_vs_ort']}.", "",
          f"Measured with onnxruntime-node 1.23.2 on the same 2 shared cores (validation perplexity over "
          f"{q['fp32'].get('val_tokens', '?')} tokens in windows of {m['quantize']['config']['ppl_window']}; greedy decode of "
          f"{m['quantize']['config']['bench_new_tokens']} tokens after a {m['quantize']['config']['bench_prompt_tokens']}-token prompt, "
          + _bench_runs([q[k] for k in q if isinstance(q[k], dict) and "decode_tokens_per_second" in q[k]]) + "):", ""]
    rows = [["variant", "size", "validation perplexity", "decode tokens/s", "prefill tokens/s"]]
    for k in ["fp32"] + [f"int{b}" for b in m["quantize"]["config"]["bits"]]:
        v = q[k]
        rows.append([k + (" (shipped)" if k == f"int{m['quantize']['config']['ship_bits']}" else ""), _mb(v["bytes"]),
                     v.get("val_perplexity", "-"), v.get("decode_tokens_per_second", "-"), v.get("prefill_tokens_per_second", "-")])
    L += [_table(rows), "",
          f"`MatMulNBits` uses accuracy_level {m['quantize']['config'].get('accuracy_level', 0)} (int8 activations "
          "inside the kernel): at level 0 the same int8 model decoded about 6x slower on ONNX Runtime 1.23.2's CPU "
          "kernels. Speeds on this small shared VM vary by 10-20 % between runs; the perplexities are exact.", ""]
    r = ev["claims_to_abstract.rouge_l"]
    L += ["## Evaluation (stage 7)", "",
          _table([["measure", "value"],
                  ["validation perplexity, pretrained checkpoint (PyTorch)", ev.get("pretrain.val_perplexity")],
                  ["test perplexity, pretrained checkpoint (PyTorch)", ev.get("pretrain.test_perplexity")],
                  ["validation perplexity, instruction-tuned (PyTorch)", ev.get("sft.val_perplexity")],
                  ["test perplexity, instruction-tuned (PyTorch)", ev.get("sft.test_perplexity")],
                  ["test bits per byte, pretrained / instruction-tuned (comparable across tokenizers)",
                   f"{ev.get('pretrain.test_bits_per_byte', '-')} / {ev.get('sft.test_bits_per_byte', '-')}"],
                  ["test perplexity, shipped int8 ONNX (ONNX Runtime)", next((v for k, v in ev.items() if k.startswith("shipped")), "-")],
                  [f"claims → abstract ROUGE-L F1, {r['examples']} test patents, model (greedy, repetition penalty 1.2, no repeated 4-gram)", r["model_mean"]],
                  ["claims → abstract ROUGE-L F1, baseline: first 60 words of claim 1", r["baseline_first_60_words_of_claim_1_mean"]],
                  ["test patents where the model beats the baseline", f"{r['model_wins']} of {r['examples']}"]]
                 + [[f"IP questions dev set{' ' + k.split('.ip_questions.')[1] if '.ip_questions.' in k else ''}"
                     f" ({v['n']}, log-prob of each choice), {k.split('.')[0]} checkpoint",
                     f"accuracy {v['accuracy']} vs chance {v['chance']}; most picked {v['most_picked']}"
                     + (f"; per-choice bias {v['per_choice_bias']}" if "per_choice_bias" in v else "")
                     + (f"; calibrated (choice log-prob less its log-prob after a bare answer cue) {v['calibrated_accuracy']},"
                        f" most picked {v['calibrated_most_picked']}" if "calibrated_accuracy" in v else "")]
                    for k, v in ev.items() if ".ip_questions" in k]), ""]
    if ev.get("rewrite"):
        L += _rewrite_section(ev["rewrite"], m["evaluate"]["config"]["rewrite"]["max_new_tokens"])
    samples_path = path(cfg, "evaluate", "samples.json")
    if os.path.exists(samples_path):
        with open(samples_path, encoding="utf-8") as f:
            samples = json.load(f)["per_task"]
        L += ["Greedy samples from PyTorch on test patents (unedited, cut at 400 characters):", ""]
        for task, s in samples.items():
            L += [f"- **{task}** ({s['id']}): {s['generated'][:400].strip()!r}"]
        L += [""]
    if m["decoding"]:
        d = m["decoding"]["figures"]
        tasks = sorted(d["candidates"][0]["per_task"])
        reads = "reference" in d  # runs before the fluency measures have no such columns
        rows = [["sampling"] + tasks + ["mean ± standard error"] + (["unknown words", "near repeats"] if reads else [])]
        for c in d["candidates"]:
            s = c["sampling"]
            name = _setting_name(s, c["eligible"])
            rows.append([name + (" **(shipped)**" if s == d["chosen"] else "")] + [c["per_task"][t] for t in tasks]
                        + [f"{c['mean']} ± {c['standard_error']}" if c.get("standard_error") is not None else c["mean"]]
                        + ([c["unknown_words"], c["near_repeats"]] if reads else []))
        if reads:
            rows.append(["the real texts"] + ["" for _ in tasks] + ["", d["reference"]["unknown_words"],
                                                                   d["reference"]["near_repeats"]])
        L += ["## Suggested sampling (stage 8)", "",
              "ROUGE-L F1 of drafts against the real texts of validation patents "
              f"({', '.join(f'{t}: {n}' for t, n in sorted(d['examples_per_task'].items()))} examples; the engine's "
              f"sampling chain in PyTorch; {_seeds(d.get('seeds', [1]))}). `patentdesk.json` suggests, among the sampled "
              "settings within one standard error of the best mean, the one with the fewest unknown words plus "
              "near repeats (a difference that small is noise with so few drafts, while garbled words and loops are "
              "what a reader notices first); greedy decoding is shown for reference but not eligible (Regenerate must be able to offer "
              "another draft). Context contrast is context-aware decoding (Shi et al., 2023): each step also runs the prompt "
              "without the user's text and leans away from it by the given factor, with contrastive decoding's "
              "plausibility limit (Li et al., 2023) keeping out tokens the input itself makes unlikely; min-p (Nguyen "
              "et al., 2024) drops tokens less likely than that fraction of the best one; a copy boost adds that much "
              "to the logit of each token that continued, in the input, the last two generated tokens (a pointer-like "
              "bias toward the input's wording: an abstract restates claim 1); an input-word boost adds that much to "
              "the logit of each token of the input that begins a word (the draft keeps to the input's terms). "
              + _leads_text(d) + " How the drafts "
              "read: unknown words are the share of words found neither in the training text (twice) nor in the "
              "input (garbled words such as \"lightocers\"); near repeats, the share of word trigrams already used "
              "within the previous 15 words (tight loops: \"a layer, a layer and a layer\"). The real texts' figures "
              "are the yardstick; a near-repeat window bans repeating a 3-token phrase within that many generated "
              "tokens. " + _word_rules_text(d, ship_dir), "",
              _table(rows), ""]
        if "per_task_chosen" in d:
            L += _per_task_choice(d)
    if m["samples"] and os.path.exists(path(cfg, "samples", "samples.json")):
        with open(path(cfg, "samples", "samples.json"), encoding="utf-8") as f:
            app = json.load(f)
        L += ["### Through the app", "",
              f"Every drafting task on the first full-text test patents, generated by the app with the shipped int8 "
              f"model and its suggested sampling (`{app['command']}`; unedited, cut at 600 characters). For "
              "independent_to_dependent, claims_to_abstract and claims_to_title the app writes the first words itself "
              "from claim 1's preamble (\"2. The electronic key system of claim 1, wherein\", and so each further "
              "dependent claim: \"3. The electronic key system of claim N, wherein\", N an earlier claim the model "
              "chooses; \"An electronic key system\", \"Image forming device\"; a design claim's article "
              "for a title), for "
              "abstract_to_claim from the abstract's subject (\"1. An image forming element comprising:\"), and "
              "the model continues" + ("; the decoding table above drafts with the same leads, each further "
                                        "dependent claim excepted." if (m.get("decoding") or {}).get("figures", {})
                                        .get("leads") else "; the decoding table above drafts without that lead."),
              ""]
        for smp in app["samples"]:
            L += [f"**{smp['task']}** ({smp['id']}, {smp['seconds']} s)", "",
                  "> " + (smp["generated"][:600].strip() or "(nothing)").replace("\n", "\n> "), ""]
    if m["compare"]:
        c = m["compare"]["figures"]
        cc = m["compare"]["config"]
        rows = [["variant", "parameters (total / active)", "validation loss", "validation perplexity", "train tokens/s", "ONNX decode tokens/s"]]
        for k in ("dense", "moe"):
            v = c[k]
            rows.append([k, f"{v['parameters']:,} / {v['active_parameters']:,}", v["final_val_loss"], v["final_val_perplexity"],
                         v["tokens_per_second"], v.get("decode_tokens_per_second", "-")])
        L += ["## Dense vs mixture of experts", "",
              f"Same data, seed, schedule and token count ({c['dense']['tokens']:,} tokens, sequences of {cc['seq_len']}); "
              f"{cc['num_layers']} layers, hidden {cc['hidden_size']}; dense FFN width {cc['dense_intermediate_size']} vs "
              f"{cc['experts']} experts of width {cc['expert_intermediate_size']}, top-2 (equal active FFN parameters), "
              "load-balancing loss 0.01. ONNX decode: onnxruntime-node, greedy, "
              + _bench_runs([c[k] for k in ("dense", "moe") if "decode_tokens_per_second" in c[k]]) + ".", "", _table(rows), "",
              "The exported MoE layer is ONNX Runtime's MoE operator (com.microsoft): each token runs only its top-2 "
              "experts, so a decoding step reads the weights of the active parameters "
              + (f"({c['moe']['weight_bytes_read_per_token']:,} bytes of float32 weights per token against the dense "
                 f"model's {c['dense']['weight_bytes_read_per_token']:,})"
                 if "weight_bytes_read_per_token" in c["moe"] else "")
              + "; in training every expert runs and the router's weights zero the unselected ones.", ""]
    L += ["## Limits", "",
          f"- Tiny by language-model standards and pretrained for {sum(f['seconds'] for _, f in pretrain_phases(cfg, pre)) / 3600:.1f} hours on two CPU cores: text is "
          "patent-flavoured but often repetitive or off-topic, facts are not reliable, and claims it drafts need a "
          "professional's review. Treat it as a demonstration of the pipeline and a fallback; drop in a larger ONNX "
          "model for real drafting.",
          (f"- Trained on sequences of at most {max(pt['seq_len'], st['seq_len'])} tokens although the export accepts "
           f"{mc['context_length']}: positions beyond {max(pt['seq_len'], st['seq_len'])} were never trained, so quality "
           "falls off on long prompts (the engine cuts a too-long task input at its end, as SFT did)."
           if max(pt.get('long_seq_len') or 0, pt['seq_len'], st['seq_len']) < mc['context_length'] else
           f"- Every position up to the {mc['context_length']}-token context was trained, but long inputs were seen "
           "far less often than short ones; a too-long task input loses its end (claim 1 is kept, as in SFT) and the "
           "app says so."),
          "- Without sampling constraints it repeats itself: the app samples with a repetition penalty and never "
          "repeats a 4-gram more often than the input has it (at least once; nor a 3-token phrase within the window "
          "`patentdesk.json` names, if any), and it rarely emits the end token early, so each "
          "task has a max-token limit. Instruction tuning changes the plain language-model perplexity "
          "(the table above) while teaching the task formats. The near-repeat ban works on tokens, not words: a "
          "term of many tokens (\"in-vehicle\" is five) repeated within the window can come out garbled "
          "(\"in-fhicle\"); most garbled words, though, are the model's own (a ban that spares word-internal tokens "
          "did not make fewer). In the app, the word list `lexicon.txt.gz` keeps every word a real one (the input's "
          "or one the training text has often), so a word the model loses its way in ends as another word: real, "
          "but not always the right one (\"handchen key plate\" became \"handcuffed\").",
          "- With the suggested copy boost the drafts lean on the input's wording: abstracts and description "
          "paragraphs often restate clauses of claim 1 nearly word for word (as a drafter's first version would), "
          "while titles lose (the claims_to_title column: the copied preamble of claim 1 runs on until the "
          "title's token limit)" + ("; titles therefore get their own setting (above)." if "claims_to_title" in
                                   (m["decoding"] or {}).get("figures", {}).get("per_task_chosen", {})
                                   else "; no setting was clearly enough better on titles to give them their own."),
          "- IP-question accuracy is no evidence of legal knowledge at this size: the raw score follows whichever of "
          "\"True\"/\"False\" the model happens to prefer (most statements of the dev set are true), and the calibrated "
          "score, which removes that preference, stays near chance or below it (the calibration over-corrects a "
          "strong preference into the opposite one).",
          "- English only (non-English text was removed); US-centric data, skewed to computing in `koehrsen-abstracts`.",
          "- ROUGE-L rewards word overlap, not correctness; the claim-1 baseline is strong because abstracts paraphrase claim 1.",
          "- The free-instruction format knows three instructions: the app's \"Rewrite selection\" (pairs made by "
          "roughening real paragraphs and claims, so a rewrite mostly hands the text back with small fixes and "
          "still scores below the unchanged input, see \"Rewrite selection\" above; it keeps most reference "
          "numerals but can change a word while copying), \"Explain finding\" (tuned on MPEP sections standing in for "
          "findings, which did not carry over: asked about \"the lever\" lacking antecedent basis, it writes about "
          "levers, or restates the claim; the finding's own message and citation are the useful part) and description → abstract summaries; other instructions are followed loosely at best.", ""]
    with open(os.path.join(ship_dir, "MODEL_CARD.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def _leads_text(decoding):
    """How the decoding stage's drafts begin: with the app's leads (`patentdesk leads`) or by themselves."""
    led = (decoding or {}).get("leads")
    if not led:
        return "Each draft begins as the model writes it (the app writes the first words of some tasks: below)."
    return ("Each draft begins as the app's does, with the first words the app writes from the input (`patentdesk "
            "leads`; drafts with a lead: " + ", ".join(f"{t} {n}" for t, n in sorted(led.items()) if n)
            + "; each further dependent claim begins as the model writes it).")


def _word_rules_text(decoding=None, folder=None):
    """The word rules every draft follows (prompts.py, written into patentdesk.json), in a sentence, and whether the
    drafts kept to the word list (a decoding run from before the list existed did not)."""
    stops = ", ".join(sorted(t for t, v in TASK_STOPS.items() if "\n" in v))
    banned = "; ".join(f"{t} never writes " + ", ".join(f'"{w}"' for w in words) for t, words in TASK_BANNED_WORDS.items())
    openings = "".join(f"; {t} never begins with " + " or ".join(f'"{o}"' for o in starts)
                       for t, starts in TASK_BANNED_OPENINGS.items())
    return (f"The drafts of this table, like the app's, follow the word rules of `patentdesk.json`: {stops} end at "
            f"their first line break (one paragraph each); {banned} (claim language, MPEP 608.01(b))"
            # Banned openings came with the decoding runs that record their leads ("leads" in the manifest); an
            # earlier run's drafts did not keep to them.
            + (f"{openings} (a paragraph label such as \"[0009]\", which the editor numbers itself)"
               if openings and "leads" in (decoding or {}) else "")
            + ("; after the word \"a\" no word starting with a, e, i or o, after \"an\" none starting with a "
               "consonant other than h or x (token by token, as the engine's ArticleAgreement)." if ARTICLE_AGREEMENT
               else ".") + _lexicon_text(decoding, folder))


def _lexicon_text(decoding, folder):
    words = (decoding or {}).get("lexicon_words", 0)
    if words:
        return f" Every word is a word of the input or of `lexicon.txt.gz` ({words:,} words; the engine's KnownWords)."
    if folder and os.path.exists(os.path.join(folder, LEXICON_FILE)):
        return (" These drafts were made before the word list `lexicon.txt.gz` was added; the app's drafts keep to it "
                "(\"Through the app\" below), these did not, so their unknown-word figures are the model's own.")
    return ""


def run(cfg):
    folder = ship.folder(cfg)
    plot(cfg, os.path.join(folder, "loss_curves.png"))
    card(cfg, folder)
    ship.write_sha256sums(folder)
    return {"card": os.path.join(folder, "MODEL_CARD.md")}
