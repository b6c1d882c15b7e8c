"""The engine's sampling chain (local-inference Sampler) in PyTorch, so the pipeline can measure the settings it
suggests in patentdesk.json: context contrast (ContextContrast), the copy bonus (InputCopy) and the input-word bonus
(InputWords), repetition penalty, no
repeated n-gram of the generated text (more often than the prompt has it), no repeated trigram within the last
nearRepeatWindow generated tokens, the word rules (word_rules.py), temperature, top-k, top-p, min-p, then a seeded draw (greedy when the temperature
is 0)."""
import math
from collections import Counter

import torch

# The engine's ContextContrast.IMPLAUSIBLE: how far a token below the plausibility limit falls (finite on purpose).
IMPLAUSIBLE = 1e4
# The engine's Sampling.DEFAULT_PLAUSIBILITY: the limit when contrast is asked for without naming one.
DEFAULT_PLAUSIBILITY = 0.1
# The engine's NoRepeatNgram.NEAR_N: the n-gram size of the near-repeat ban.
NEAR_N = 3
# The engine's InputCopy.N: how many last tokens must match the prompt for its continuation to be boosted.
COPY_N = 2


def context_contrast(given, without, alpha, plausibility):
    """(1 + alpha) * logits given the input - alpha * logits without it; tokens whose probability given the input is
    below plausibility x the best token's fall by IMPLAUSIBLE (the engine's ContextContrast)."""
    contrasted = (1 + alpha) * given - alpha * without
    if plausibility <= 0:
        return contrasted
    # Compared in double precision, as the engine compares a float logit with a double floor.
    floor = given.max().item() + math.log(plausibility)
    return torch.where(given.double() >= floor, contrasted, contrasted - IMPLAUSIBLE)


def starts_word(b):
    """Whether a token's bytes begin a word after a space (the engine's InputWords.startsWord): " claim", " X"."""
    return len(b) >= 2 and b[0] == 32 and (65 <= b[1] <= 90 or 97 <= b[1] <= 122)


class Sampler:
    def __init__(self, s, prompt_length=0, seed=0, rules=None, tokens=None):
        """tokens: the bytes of each token id (word_rules.token_bytes), which the input-word bonus needs."""
        self.penalty = float(s.get("repetitionPenalty", 1.0))
        self.ngram = int(s.get("noRepeatNgram", 0))
        self.near_window = int(s.get("nearRepeatWindow", 0))
        self.temperature = float(s.get("temperature", 0.0))
        self.top_k = int(s.get("topK", 0))
        self.top_p = float(s.get("topP", 1.0))
        self.min_p = float(s.get("minP", 0.0))
        self.alpha = float(s.get("contextContrast", 0.0))
        self.plausibility = float(s.get("plausibility", DEFAULT_PLAUSIBILITY))
        self.copy_boost = float(s.get("copyBoost", 0.0))
        self.word_boost = float(s.get("inputWordBoost", 0.0))
        self.tokens = tokens
        self._input_words = None
        self.prompt_length = prompt_length
        self.rules = rules
        self._follow = None
        self._prompt_counts = None
        self.generator = torch.Generator().manual_seed(seed)

    def next(self, logits, history, without=None):
        """The next token id after history (prompt ids, then generated ids) given this position's logits; `without`:
        the logits of the prompt without the user's text, for the context contrast."""
        l = logits.detach().float().clone()
        if self.alpha > 0 and without is not None:
            l = context_contrast(l, without.detach().float(), self.alpha, self.plausibility)
        l = self.bonus(l, history)
        if self.penalty != 1.0 and history:
            seen = torch.tensor(sorted(set(history)))
            v = l[seen]
            l[seen] = torch.where(v > 0, v / self.penalty, v * self.penalty)
        if self.ngram > 0:
            for banned in banned_by_ngram(history, self.prompt_length, self.ngram, self.prompt_counts(history)):
                l[banned] = float("-inf")
        if self.near_window > 0:  # the engine's NoRepeatNgram.near: trigrams of the last near_window tokens, uncapped
            for banned in banned_by_ngram(history, max(self.prompt_length, len(history) - self.near_window), NEAR_N):
                l[banned] = float("-inf")
        if self.rules is not None:
            self.rules.apply(l, history, self.prompt_length)
        if self.temperature <= 0:
            return int(l.argmax())
        l /= self.temperature
        if 0 < self.top_k < l.numel():
            kth = torch.topk(l, self.top_k).values[-1]
            l[l < kth] = float("-inf")
        if self.top_p < 1.0:
            order = torch.argsort(l, descending=True)
            probs = torch.softmax(l[order], -1)
            # Keep the smallest prefix whose probability reaches top_p (always at least the most likely token).
            drop = torch.cumsum(probs, -1) - probs >= self.top_p
            l[order[drop]] = float("-inf")
        if self.min_p > 0:
            # The engine's MinP: tokens less likely than min_p x the best one go (p_i / p_max = exp(l_i - l_max)).
            l[l.double() < l.max().item() + math.log(self.min_p)] = float("-inf")
        return int(torch.multinomial(torch.softmax(l, -1), 1, generator=self.generator))

    def prompt_counts(self, history):
        """How many times the prompt has each of its noRepeatNgram-grams (counted once)."""
        if self._prompt_counts is None:
            p, n = history[:self.prompt_length], self.ngram
            self._prompt_counts = Counter(tuple(p[i:i + n]) for i in range(len(p) - n + 1))
        return self._prompt_counts

    def bonus(self, logits, history):
        """The input-word bonus (the engine's InputWords): inputWordBoost added to the logit of each distinct token of
        the prompt that begins a word after a space; then the copy bonus (the engine's InputCopy): copyBoost added to
        the logit of each distinct token that followed the last COPY_N generated tokens somewhere in the prompt. Works
        in place and returns the logits."""
        if self.word_boost > 0 and self.tokens is not None:
            if self._input_words is None:
                self._input_words = sorted({t for t in history[:self.prompt_length]
                                            if 0 <= t < min(len(self.tokens), logits.numel())
                                            and starts_word(self.tokens[t])})
            if self._input_words:
                logits[self._input_words] += self.word_boost
        if self.copy_boost <= 0 or len(history) - self.prompt_length < COPY_N:
            return logits
        if self._follow is None:
            prompt = history[:self.prompt_length]
            self._follow = {}
            for i in range(COPY_N, len(prompt)):
                self._follow.setdefault(tuple(prompt[i - COPY_N:i]), set()).add(prompt[i])
        for t in self._follow.get(tuple(history[-COPY_N:]), ()):
            logits[t] += self.copy_boost
        return logits


def banned_by_ngram(history, start, n, quoted=None):
    """Tokens that would repeat an n-gram of history[start:] (the engine's NoRepeatNgram). With `quoted` (how many
    times the prompt has each n-gram), an n-gram may occur as many times as the prompt has it: the input's terms may
    be restated, but a clause quoted once may not loop."""
    prefix, length = n - 1, len(history)
    tail = length - prefix
    if tail < start:
        return []
    last = tuple(history[tail:length])
    seen = Counter(history[s + prefix] for s in range(start, length - prefix) if tuple(history[s:s + prefix]) == last)
    if quoted is None:
        return list(seen)
    return [t for t, count in seen.items() if count >= max(1, quoted.get(last + (t,), 0))]
