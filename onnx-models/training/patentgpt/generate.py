"""Greedy decoding with the KV cache, a repetition penalty and no repeated n-gram within the generated text (the
engine's NoRepeatNgram), for evaluation."""
import torch


@torch.no_grad()
def generate(model, prompt_ids, max_new_tokens, eos_id, repetition_penalty=1.2, context=None, no_repeat_ngram=4):
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
        if no_repeat_ngram and len(out) >= no_repeat_ngram - 1:
            k = no_repeat_ngram - 1
            tail = out[len(out) - k:] if k else []
            for i in range(len(out) - k):
                if out[i:i + k] == tail:
                    last[out[i + k]] = float("-inf")
        nxt = int(last.argmax())
        if nxt == eos_id:
            break
        out.append(nxt)
        pos = len(ids) + len(out) - 1
        logits, past = model(torch.tensor([[nxt]]), position_ids=torch.tensor([[pos]]), past=past)
    return out
