"""Decoding with the KV cache for evaluation: greedy with a repetition penalty and no repeated n-gram within the
generated text (the engine's NoRepeatNgram), or sampled with the engine's chain (sampling.py)."""
import torch

from .sampling import Sampler


@torch.no_grad()
def generate(model, prompt_ids, max_new_tokens, eos_id, repetition_penalty=1.2, context=None, no_repeat_ngram=4,
             sampling=None, seed=0, without_input=None, rules=None, stop=None, tokens=None):
    """Token ids generated after prompt_ids. sampling: a patentdesk.json "sampling" object (temperature 0 or absent =
    greedy); without it, greedy with the given repetition penalty and n-gram ban. without_input: the ids of the prompt
    without the user's text, which a sampling with "contextContrast" runs beside it (the engine's GenerationTask).
    rules: the task's word_rules.WordRules; stop: a function of the generated ids that is true once a stop string has
    appeared (the caller cuts the text there, as the engine does); tokens: the bytes of each token id, for a sampling
    with "inputWordBoost"."""
    model.eval()
    context = context or model.cfg.context_length
    ids = list(prompt_ids)[-(context - max_new_tokens):]
    sampler = Sampler(sampling if sampling is not None else
                      {"temperature": 0, "repetitionPenalty": repetition_penalty, "noRepeatNgram": no_repeat_ngram},
                      prompt_length=len(ids), seed=seed, rules=rules, tokens=tokens)
    contrast = sampler.alpha > 0 and bool(without_input)
    logits, past = model(torch.tensor([ids]))
    if contrast:
        other, other_past = model(torch.tensor([list(without_input)]))
    out = []
    for _ in range(max_new_tokens):
        nxt = sampler.next(logits[0, -1], ids + out, other[0, -1] if contrast else None)
        if nxt == eos_id:
            break
        out.append(nxt)
        if stop is not None and stop(out):
            break
        pos = len(ids) + len(out) - 1
        logits, past = model(torch.tensor([[nxt]]), position_ids=torch.tensor([[pos]]), past=past)
        if contrast:
            pos = len(without_input) + len(out) - 1
            other, other_past = model(torch.tensor([[nxt]]), position_ids=torch.tensor([[pos]]), past=other_past)
    return out
