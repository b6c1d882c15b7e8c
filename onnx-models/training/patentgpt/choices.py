"""Multiple-choice / true-false questions scored by the log-probability of each choice (as MoZIP-style IP
benchmarks are scored), with the chance level beside the accuracy. Calibrated scoring subtracts each choice's
log-probability after the bare answer cue (domain-conditional PMI, as `patentdesk eval --calibrate` does), so a small
model's prior for one surface form ("True", or the letter "A") does not decide every answer.

A question is {"question", "choices", "answer" (a choice's text or its letter), "source"} with optional
"lang": "en" (default) or "zh", and "style": "text" (default: each choice's text is scored after the cue) or
"letters" (MoZIP's IPQuiz form: the options are listed as A. B. C. D. under the question and the letter is scored).
The same prompts as the app's ChoiceScoring (Java), so both score a file alike."""
import json

import torch
import torch.nn.functional as F

# The answer cue per language: Chinese text is written without a space before the answer.
CUES = {"en": ("Question: ", "Answer:", " "), "zh": ("问题：", "答案：", "")}
CUE = "Answer:"


@torch.no_grad()
def continuation_logprob(model, tok, prompt, continuation):
    p, c = tok.encode(prompt), tok.encode(continuation)
    ids = torch.tensor([p + c])
    logits, _ = model.eval()(ids)
    logp = F.log_softmax(logits[0, len(p) - 1:-1].float(), dim=-1)
    return float(logp.gather(1, torch.tensor(c).unsqueeze(1)).sum())


def letter(i):
    return chr(ord("A") + i)


def answer_index(it):
    if it["answer"] in it["choices"]:
        return it["choices"].index(it["answer"])
    a = it["answer"]
    if len(a) == 1 and a.isalpha() and 0 <= ord(a.upper()) - ord("A") < len(it["choices"]):
        return ord(a.upper()) - ord("A")
    raise ValueError(f"answer {a!r} is not one of the choices of {it['question']!r}")


def prompt(it):
    head, cue, _ = CUES[it.get("lang", "en")]
    if it.get("style", "text") == "letters":
        options = "".join(f"\n{letter(i)}. {c}" for i, c in enumerate(it["choices"]))
        return f"{head}{it['question']}{options}\n{cue}"
    return f"{head}{it['question']}\n{cue}"


def continuations(it):
    """What is scored for each choice: its letter (letters style) or its text, after the language's separator."""
    sep = CUES[it.get("lang", "en")][2]
    if it.get("style", "text") == "letters":
        return [sep + letter(i) for i in range(len(it["choices"]))]
    return [sep + c for c in it["choices"]]


def bias_keys(items):
    """Per-choice bias groups: letters-style questions by letter; recurring texts (True, False) by text; other
    one-off choices by position (A, B, ...), as the app reports them."""
    count = {}
    for it in items:
        for c in it["choices"]:
            count[c] = count.get(c, 0) + 1

    def key(it, i):
        if it.get("style", "text") == "letters":
            return letter(i)
        c = it["choices"][i]
        return c if count[c] > 1 else letter(i)
    return key


def score_file(model, tok, path):
    with open(path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    return score_items(model, tok, items)


def score_items(model, tok, items):
    key = bias_keys(items)
    n = len(items)
    correct, correct_cal, chance, picks, picks_cal, prior = 0, 0, 0.0, {}, {}, {}
    bias, bias_cal, by_lang = {}, {}, {}
    for it in items:
        lang = it.get("lang", "en")
        conts = continuations(it)
        scores = [continuation_logprob(model, tok, prompt(it), c) for c in conts]
        cue = CUES[lang][1]
        for c in conts:
            if (cue, c) not in prior:
                prior[(cue, c)] = continuation_logprob(model, tok, cue, c)
        calibrated = [s - prior[(cue, c)] for s, c in zip(scores, conts)]
        right = answer_index(it)
        best = max(range(len(scores)), key=scores.__getitem__)
        best_cal = max(range(len(calibrated)), key=calibrated.__getitem__)
        correct += best == right
        correct_cal += best_cal == right
        chance += 1 / len(it["choices"])
        picks[it["choices"][best]] = picks.get(it["choices"][best], 0) + 1
        picks_cal[it["choices"][best_cal]] = picks_cal.get(it["choices"][best_cal], 0) + 1
        # Bias: how much more often a choice is picked than it is right (share of all questions).
        for table, picked in ((bias, best), (bias_cal, best_cal)):
            table[key(it, picked)] = table.get(key(it, picked), 0.0) + 1 / n
            table[key(it, right)] = table.get(key(it, right), 0.0) - 1 / n
        lg = by_lang.setdefault(lang, [0, 0])
        lg[0] += best == right
        lg[1] += 1
    return {"accuracy": round(correct / n, 4), "n": n, "chance": round(chance / n, 4),
            "most_picked": sorted(picks.items(), key=lambda kv: -kv[1])[:3],
            "per_choice_bias": {k: round(v, 4) for k, v in sorted(bias.items())},
            "accuracy_by_language": {k: {"accuracy": round(c / t, 4), "n": t} for k, (c, t) in sorted(by_lang.items())},
            "calibrated_accuracy": round(correct_cal / n, 4),
            "calibrated_most_picked": sorted(picks_cal.items(), key=lambda kv: -kv[1])[:3],
            "calibrated_per_choice_bias": {k: round(v, 4) for k, v in sorted(bias_cal.items())}}
