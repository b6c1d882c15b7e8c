"""Decoding with the KV cache for evaluation: greedy with a repetition penalty and no repeated n-gram within the
generated text (the engine's NoRepeatNgram), or sampled with the engine's chain (sampling.py)."""
import torch

from .sampling import Sampler


@torch.no_grad()
def generate(model, prompt_ids, max_new_tokens, eos_id, repetition_penalty=1.2, context=None, no_repeat_ngram=4,
             sampling=None, seed=0):
    """Token ids generated after prompt_ids. sampling: a patentdesk.json "sampling" object (temperature 0 or absent =
    greedy); without it, greedy with the given repetition penalty and n-gram ban."""
    model.eval()
    context = context or model.cfg.context_length
    ids = list(prompt_ids)[-(context - max_new_tokens):]
    sampler = Sampler(sampling if sampling is not None else
                      {"temperature": 0, "repetitionPenalty": repetition_penalty, "noRepeatNgram": no_repeat_ngram},
                      prompt_length=len(ids), seed=seed)
    logits, past = model(torch.tensor([ids]))
    out = []
    for _ in range(max_new_tokens):
        nxt = sampler.next(logits[0, -1], ids + out)
        if nxt == eos_id:
            break
        out.append(nxt)
        pos = len(ids) + len(out) - 1
        logits, past = model(torch.tensor([[nxt]]), position_ids=torch.tensor([[pos]]), past=past)
    return out
