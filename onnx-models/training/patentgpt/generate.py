"""Greedy decoding with the KV cache and a repetition penalty (the engine's defaults), for evaluation."""
import torch


@torch.no_grad()
def generate(model, prompt_ids, max_new_tokens, eos_id, repetition_penalty=1.2, context=None):
    model.eval()
    context = context or model.cfg.context_length
    ids = list(prompt_ids)[-(context - max_new_tokens):]
    x = torch.tensor([ids])
    logits, past = model(x)
    out = []
    for _ in range(max_new_tokens):
        last = logits[0, -1].clone()
        if repetition_penalty != 1.0:
            seen = torch.tensor(sorted(set(ids + out)))
            vals = last[seen]
            last[seen] = torch.where(vals > 0, vals / repetition_penalty, vals * repetition_penalty)
        nxt = int(last.argmax())
        if nxt == eos_id:
            break
        out.append(nxt)
        pos = len(ids) + len(out) - 1
        logits, past = model(torch.tensor([[nxt]]), position_ids=torch.tensor([[pos]]), past=past)
    return out
