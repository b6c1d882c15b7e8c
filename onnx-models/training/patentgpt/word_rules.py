"""The engine's word rules (local-inference WordRules, BannedWords, ArticleAgreement) in PyTorch, so the decoding and
evaluation stages score drafts as the app writes them: banned words of a task (every usual spelling of the word: with
and without a leading space, as written and capitalised), and "a"/"an" agreeing with the next word's first letter."""
import torch

from .bpe import CHAR_TO_BYTE
from .prompts import ARTICLE_AGREEMENT, TASK_BANNED_WORDS, TASK_STOPS

VOWELS = "aeio"
CONSONANTS = "bcdfgjklmnpqrstvwyz"
# Words spelt with a vowel that take "a" ("a one-piece body", "a European patent").
SOUNDS_LIKE_CONSONANT = (" one", " once", " eu")
WHITESPACE = b" \n\t\r"


def spellings(words, encode):
    """Token id sequences of each word's usual forms (the engine's BannedWords.spellings), duplicates once."""
    seen, out = set(), []
    for w in words:
        cap = w[:1].upper() + w[1:]
        for form in (" " + w, w, " " + cap, cap):
            ids = tuple(encode(form))
            if ids and ids not in seen:
                seen.add(ids)
                out.append(ids)
    return out


def token_bytes(tok):
    """The bytes each token id stands for (special tokens: none)."""
    out = [b""] * len(tok.vocab)
    for t, i in tok.vocab.items():
        out[i] = b"" if t in tok.special_tokens else bytes(CHAR_TO_BYTE[c] for c in t)
    return out


def _is_letter(b):
    return 65 <= b <= 90 or 97 <= b <= 122


class WordRules:
    """Bans applied after the repetition bans of the sampling chain (the engine's Sampler order)."""

    def __init__(self, sequences=(), tokens=None):
        self.sequences = [tuple(s) for s in sequences]
        self.tokens = tokens
        if tokens is not None:
            self.vowel = torch.tensor([len(t) >= 2 and t[0] == 32 and chr(t[1]) in VOWELS
                                       and not t.decode("latin-1").startswith(SOUNDS_LIKE_CONSONANT) for t in tokens])
            self.consonant = torch.tensor([len(t) >= 3 and t[0] == 32 and chr(t[1]) in CONSONANTS and _is_letter(t[2])
                                           for t in tokens])

    @staticmethod
    def for_task(tok, task, article_agreement=ARTICLE_AGREEMENT):
        """The rules patentdesk.json sets for a task (prompts.TASK_BANNED_WORDS, prompts.ARTICLE_AGREEMENT)."""
        return WordRules(spellings(TASK_BANNED_WORDS.get(task, []), tok.encode),
                         token_bytes(tok) if article_agreement else None)

    def apply(self, logits, history, prompt_length):
        """Sets banned tokens to -inf in place."""
        for s in self.sequences:
            prefix = len(s) - 1
            if (len(history) - prefix >= prompt_length and tuple(history[len(history) - prefix:]) == s[:prefix]
                    and 0 <= s[-1] < logits.numel()):
                logits[s[-1]] = float("-inf")
        if self.tokens is not None:
            word = self.last_word(history, prompt_length)
            banned = self.vowel if word in ("a", "A") else self.consonant if word in ("an", "An", "AN") else None
            if banned is not None:
                n = min(banned.numel(), logits.numel())
                logits[:n][banned[:n]] = float("-inf")
        return logits

    def last_word(self, history, prompt_length):
        """The generated text's last word when it stands alone (the engine's lastWord): the letters after the last
        whitespace or the start of the draft; "" after another character ("10a", "1A") or beyond three letters."""
        letters = []
        for i in range(len(history) - 1, prompt_length - 1, -1):
            t = self.tokens[history[i]] if 0 <= history[i] < len(self.tokens) else b""
            for b in reversed(t):
                if not _is_letter(b):
                    return "".join(reversed(letters)) if b in WHITESPACE else ""
                if len(letters) == 3:
                    return ""
                letters.append(chr(b))
        return "".join(reversed(letters))


def stop_for(tok, task):
    """The generate() stop test of a task's stop strings (prompts.TASK_STOPS); None when it has none."""
    stops = TASK_STOPS.get(task, [])
    if not stops:
        return None
    return lambda ids: any(s in tok.decode(ids, skip_special=True) for s in stops)


def cut_at_stop(text, task):
    """A task's draft as the engine hands it over: the text before the first of its stop strings."""
    for s in TASK_STOPS.get(task, []):
        text = text.split(s, 1)[0]
    return text
