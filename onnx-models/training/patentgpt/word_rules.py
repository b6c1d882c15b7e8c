"""The engine's word rules (local-inference WordRules, BannedWords, ArticleAgreement, KnownWords) in PyTorch, so the
decoding and evaluation stages score drafts as the app writes them: banned words of a task (every usual spelling of the
word: with and without a leading space, as written and capitalised), "a"/"an" agreeing with the next word's first
letter, every word a word of the model's lexicon or of the prompt, and no draft beginning with a banned opening."""
import bisect
import collections
import gzip
import json
import os
import re

import torch

from .corpus import document_text

from .bpe import CHAR_TO_BYTE
from .prompts import ARTICLE_AGREEMENT, TASK_ANY_WORDS, TASK_BANNED_OPENINGS, TASK_BANNED_WORDS, TASK_STOPS

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

        self.known = None
        self.openings = None

    @staticmethod
    def for_task(tok, task, article_agreement=ARTICLE_AGREEMENT, lexicon=None):
        """The rules patentdesk.json sets for a task (prompts.TASK_BANNED_WORDS, prompts.ARTICLE_AGREEMENT, and the
        folder's lexicon: a sorted list of lower-case words, or None; not for prompts.TASK_ANY_WORDS)."""
        if task in TASK_ANY_WORDS:
            lexicon = None
        openings = TASK_BANNED_OPENINGS.get(task, [])
        tokens = token_bytes(tok) if article_agreement or lexicon is not None or openings else None
        rules = WordRules(spellings(TASK_BANNED_WORDS.get(task, []), tok.encode), tokens if article_agreement else None)
        if lexicon is not None:
            rules.known = KnownWords(tokens, lexicon)
        if openings:
            rules.openings = BannedOpenings(tokens, openings)
        return rules

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
        if self.known is not None:
            self.known.apply(logits, history, prompt_length)
        if self.openings is not None:
            self.openings.apply(logits, history, prompt_length)
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


class BannedOpenings:
    """The engine's BannedOpenings: until the draft has a character other than whitespace, no token begins with one of
    the strings (after its own leading whitespace) or is the start of one."""

    def __init__(self, tokens, openings):
        # Compared after the token's own leading whitespace, so an opening's own is dropped (" [" is "[").
        starts = [o.strip().encode("utf-8") for o in openings]
        if not all(starts):
            raise ValueError("a banned opening must have a character other than whitespace")
        self.blank = [not t.strip(WHITESPACE) for t in tokens]
        banned = []
        for t in tokens:
            rest = t.lstrip(WHITESPACE)
            banned.append(bool(rest) and any(rest[:len(s)] == s[:len(rest)] for s in starts))
        self.banned = torch.tensor(banned, dtype=torch.bool)

    def apply(self, logits, history, prompt_length):
        if all(0 <= t < len(self.blank) and self.blank[t] for t in history[prompt_length:]):
            n = min(self.banned.numel(), logits.numel())
            logits[:n][self.banned[:n]] = float("-inf")
        return logits


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


LEXICON_FILE = "lexicon.txt.gz"
_LETTERS = re.compile(r"[a-z]+")


def exported_lexicon(cfg):
    """The word list that the export stage's patentdesk.json names (what the shipped model keeps to), or None."""
    from .stages import path
    pj = path(cfg, "export", "fp32", "patentdesk.json")
    if not os.path.exists(pj):
        return None
    with open(pj, encoding="utf-8") as f:
        name = json.load(f).get("lexicon")
    return read_lexicon(path(cfg, "export", "fp32", name)) if name else None


def build_lexicon(train_jsonl, min_count=5, min_docs=3):
    """Lower-case words of the train split seen at least min_count times in at least min_docs records (a word seen
    once or in one record is as often a hyphenation or OCR fragment as a word), sorted."""
    counts, docs = collections.Counter(), collections.Counter()
    with open(train_jsonl, encoding="utf-8") as f:
        for line in f:
            words = _LETTERS.findall(document_text(json.loads(line)).lower())
            counts.update(words)
            docs.update(set(words))
    return sorted(w for w, c in counts.items() if c >= min_count and docs[w] >= min_docs)


def write_lexicon(words, path):
    """One word per line, gzip with no time stamp (the same words give the same bytes)."""
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(("\n".join(words) + "\n").encode("utf-8"))


def read_lexicon(path):
    """The engine's Lexicon.read: words of a-z only, lower-cased, sorted, distinct."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return sorted({w for w in (line.strip().lower() for line in f) if w and _LETTERS.fullmatch(w)})


def _begins(words, prefix):
    i = bisect.bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


def _contains(words, w):
    i = bisect.bisect_left(words, w)
    return i < len(words) and words[i] == w


def _plain_case(w):
    return w[1:] == w[1:].lower() or w == w.upper()


class KnownWords:
    """The engine's KnownWords: every word the draft writes (a run of ASCII letters) is a lexicon word or a word of the
    prompt; single letters always are; capitalised and all-capital spellings count, other mixed cases only as the
    prompt spells them. Only the WINDOW most likely tokens are checked (ties at the boundary included; the whole
    vocabulary only when none of them is allowed); every other token is excluded."""
    WINDOW = 64

    def __init__(self, tokens, lexicon):
        self.tokens, self.lexicon = tokens, lexicon
        self._prompt = None

    def _prompt_words(self, history, prompt_length):
        key = tuple(history[:prompt_length])
        if self._prompt is None or self._prompt[0] != key:
            words, word = [], []
            for i in key:
                t = self.tokens[i] if 0 <= i < len(self.tokens) else b""
                for b in (t or b" "):
                    if _is_letter(b):
                        word.append(chr(b))
                    else:
                        if len(word) > 1:
                            words.append("".join(word))
                        word = []
            if len(word) > 1:
                words.append("".join(word))
            self._prompt = (key, sorted({w.lower() for w in words}),
                            sorted({w for w in words if not _plain_case(w)}))
        return self._prompt[1], self._prompt[2]

    def is_known(self, w, whole, own, mixed):
        if len(w) <= 1:
            return True
        if not _plain_case(w):
            return _contains(mixed, w) or (not whole and _begins(mixed, w))
        lower = w.lower()
        if whole:
            return _contains(self.lexicon, lower) or _contains(own, lower)
        return _begins(self.lexicon, lower) or _begins(own, lower)

    def writes_known_words(self, open_word, token, own=(), mixed=()):
        if not token:
            return self.is_known(open_word, True, own, mixed)
        word = open_word
        for b in token:
            if _is_letter(b):
                word += chr(b)
            else:
                if not self.is_known(word, True, own, mixed):
                    return False
                word = ""
        return self.is_known(word, False, own, mixed)

    def open_word(self, history):
        out = []
        for i in range(len(history) - 1, -1, -1):
            t = self.tokens[history[i]] if 0 <= history[i] < len(self.tokens) else b""
            if not t:
                break
            for b in reversed(t):
                if not _is_letter(b):
                    return "".join(reversed(out))
                out.append(chr(b))
        return "".join(reversed(out))

    def apply(self, logits, history, prompt_length):
        own, mixed = self._prompt_words(history, prompt_length)
        w = self.open_word(history)
        n = min(logits.numel(), len(self.tokens))
        finite = logits[:n] != float("-inf")
        threshold = float("-inf") if n <= self.WINDOW else float(torch.topk(logits[:n], self.WINDOW).values[-1])
        allowed = self._mark(logits, finite & (logits[:n] >= threshold), w, own, mixed)
        if not bool(allowed.any()) and threshold != float("-inf"):  # rare: none of the likely tokens spells a word
            allowed = self._mark(logits, finite, w, own, mixed)
        if not bool(allowed.any()):
            return logits  # nothing spells a known word (a vocabulary without single letters): the rule stands aside
        logits[~allowed] = float("-inf")
        return logits

    def _mark(self, logits, candidates, w, own, mixed):
        allowed = torch.zeros(logits.numel(), dtype=torch.bool)
        for i in torch.nonzero(candidates).flatten().tolist():
            if self.writes_known_words(w, self.tokens[i], own, mixed):
                allowed[i] = True
        return allowed
