"""Two plain measures of how a draft reads, beside ROUGE-L (which only counts overlap with the real text):
- unknown words: the share of words found neither in the training text (at least twice) nor in the task's input,
  so a word the model garbled ("lightocers") counts and a rare term copied from the claims does not;
- near repeats: the share of word trigrams that already occurred among the previous 15 words' trigrams, i.e. tight
  loops ("a layer, a layer and a layer"); patent text repeats its terms, but seldom that close."""
import collections
import json
import re

from .corpus import document_text

_WORD = re.compile(r"[a-z]+")
_TOKEN = re.compile(r"\w+")


def lexicon(jsonl_path, max_chars=30_000_000, min_count=2):
    """Lower-case words seen at least min_count times in the first max_chars of a corpus split."""
    counts, read = collections.Counter(), 0
    with open(jsonl_path, encoding="utf-8") as f:
        for line in f:
            read += len(line)
            counts.update(_WORD.findall(document_text(json.loads(line)).lower()))
            if read >= max_chars:
                break
    return {w for w, c in counts.items() if c >= min_count}


def unknown_word_rate(text, known, source=""):
    words = _WORD.findall(text.lower())
    if not words:
        return 0.0
    own = set(_WORD.findall(source.lower()))
    return sum(w not in known and w not in own for w in words) / len(words)


def near_repeat_rate(text, window=15):
    words = _TOKEN.findall(text.lower())
    trigrams = list(zip(words, words[1:], words[2:]))
    if not trigrams:
        return 0.0
    return sum(t in trigrams[max(0, i - window):i] for i, t in enumerate(trigrams)) / len(trigrams)
