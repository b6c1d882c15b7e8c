"""Multiple-choice / true-false questions scored by the log-probability of each choice (as MoZIP-style IP
benchmarks are scored), with the chance level beside the accuracy. Calibrated scoring subtracts each choice's
log-probability after the bare answer cue (domain-conditional PMI, as `patentdesk eval --calibrate` does), so a small
model's prior for one surface form ("True") does not decide every answer."""
import json

import torch
import torch.nn.functional as F


@torch.no_grad()
def continuation_logprob(model, tok, prompt, continuation):
    p, c = tok.encode(prompt), tok.encode(continuation)
    ids = torch.tensor([p + c])
    logits, _ = model.eval()(ids)
    logp = F.log_softmax(logits[0, len(p) - 1:-1].float(), dim=-1)
    return float(logp.gather(1, torch.tensor(c).unsqueeze(1)).sum())


CUE = "Answer:"


def score_file(model, tok, path):
    with open(path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    correct, correct_cal, chance, picks, picks_cal, prior = 0, 0, 0.0, {}, {}, {}
    for it in items:
        prompt = f"Question: {it['question']}\n{CUE}"
        scores = [continuation_logprob(model, tok, prompt, " " + ch) for ch in it["choices"]]
        for ch in it["choices"]:
            if ch not in prior:
                prior[ch] = continuation_logprob(model, tok, CUE, " " + ch)
        calibrated = [s - prior[ch] for s, ch in zip(scores, it["choices"])]
        best = it["choices"][max(range(len(scores)), key=scores.__getitem__)]
        best_cal = it["choices"][max(range(len(calibrated)), key=calibrated.__getitem__)]
        correct += best == it["answer"]
        correct_cal += best_cal == it["answer"]
        chance += 1 / len(it["choices"])
        picks[best] = picks.get(best, 0) + 1
        picks_cal[best_cal] = picks_cal.get(best_cal, 0) + 1
    n = len(items)
    return {"accuracy": round(correct / n, 4), "n": n, "chance": round(chance / n, 4),
            "most_picked": sorted(picks.items(), key=lambda kv: -kv[1])[:3],
            "calibrated_accuracy": round(correct_cal / n, 4),
            "calibrated_most_picked": sorted(picks_cal.items(), key=lambda kv: -kv[1])[:3]}
