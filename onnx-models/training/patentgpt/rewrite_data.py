"""Rewrite pairs for the app's "Rewrite selection" action, made from real patent text with no labels: a paragraph is
made worse in ways an editor would undo (wordy stock phrases, "said" in a description, a doubled word, two
sentences run together), and the model learns to give the original back. The app's instruction asks to keep the
meaning and the reference numerals; these pairs teach exactly that, and a rewrite about as long as its input that
then stops (before them, the instruct format only knew summaries, and rewrites ran on for the whole budget)."""
import random
import re
import zlib

from .rouge import rouge_l

# Must match AssistRequests.rewrite in the app, word for word: the model learns the instruction it will be given.
REWRITE_INSTRUCTION = "Rewrite the following patent text more clearly, keeping its meaning and reference numerals."

# plain -> wordy; undoing these is what "more clearly" means here. Each is grammatical whatever the subject.
_WORDY = [
    (re.compile(r"\bby (?=(?:a|an|the)\b)"), "by means of "),
    (re.compile(r"\bcan\b"), "may be able to"),
    (re.compile(r"\bso that\b"), "in such a manner that"),
    (re.compile(r"\bbecause\b"), "due to the fact that"),
    (re.compile(r"\bif\b"), "in the event that"),
    (re.compile(r"\bIf\b"), "In the event that"),
    (re.compile(r"\buses\b"), "makes use of"),
    (re.compile(r"\bhas (?=(?:a|an|the)\b)"), "is provided with "),
    (re.compile(r"\bthen\b"), "thereafter"),
    (re.compile(r"\bfor example\b"), "by way of example"),
    (re.compile(r"\bto (?=(?:provide|allow|prevent|reduce|increase|form|move|hold|receive|control)\b)"), "in order to "),
]
_THE = re.compile(r"(?<=[a-z,] )the\b")
_SENTENCE_JOIN = re.compile(r"\. (The|This|These|It|In|A|An) ")
_SHORT_WORD = re.compile(r"\b(?:the|a|of|to|is|and)\b")
PARAGRAPHS_PER_RECORD = 2
_NUMERAL = re.compile(r"\b\d+[a-z]?\b")


def _replace_some(pattern, text, repl, rng, share):
    """Replaces a random share of the matches (at least one when there is any); returns (text, replaced count)."""
    matches = list(pattern.finditer(text))
    if not matches:
        return text, 0
    chosen = [m for m in matches if rng.random() < share] or [rng.choice(matches)]
    for m in reversed(chosen):
        text = text[:m.start()] + (repl(m) if callable(repl) else repl) + text[m.end():]
    return text, len(chosen)


def roughen(text, rng, legal=False):
    """text made less clear by at least two edits, or None when it offers too few places for them. legal: a claim,
    where "said" is correct usage and sentences are not joined."""
    edits = 0
    # "said" before the wordy phrases, so "due to the fact that" never becomes "due to said fact that".
    if not legal and rng.random() < 0.7:
        text, n = _replace_some(_THE, text, "said", rng, 0.3)
        edits += n
    for pattern, wordy in _WORDY:
        if rng.random() < 0.8:
            text, n = _replace_some(pattern, text, wordy, rng, 0.7)
            edits += n
    if not legal and rng.random() < 0.6:
        text, n = _replace_some(_SENTENCE_JOIN, text, lambda m: ", and " + m.group(1).lower() + " ", rng, 0.0)
        edits += n
    if rng.random() < 0.3:
        text, n = _replace_some(_SHORT_WORD, text, lambda m: m.group(0) + " " + m.group(0), rng, 0.0)
        edits += n
    return text if edits >= 2 else None


def numerals(text):
    """The reference numerals of a text ("14", "22a"): what a rewrite must keep."""
    return set(_NUMERAL.findall(text))


def paragraphs(description, min_chars=150, max_chars=900):
    """Description paragraphs fit to rewrite: whole sentences, not headings or figure lists."""
    for p in description.split("\n"):
        p = p.strip()
        if min_chars <= len(p) <= max_chars and p.endswith(".") and not p.lower().startswith(("fig", "claims")):
            yield p


def rewrite_pairs(record):
    """(instruction, roughened text, original) pairs from a full-text record: one description paragraph (preferring
    one with reference numerals) and one claim; the same ones every time (seeded by the record's id)."""
    if not record.get("description"):
        return []
    rng = random.Random(zlib.crc32(str(record.get("id", "")).encode("utf-8")))
    out = []
    paras = list(paragraphs(record["description"]))
    rng.shuffle(paras)
    # Paragraphs with reference numerals first: keeping them is half of what the instruction asks.
    paras.sort(key=lambda p: not numerals(p))
    for p in paras:
        rough = roughen(p, rng)
        if rough:
            out.append((REWRITE_INSTRUCTION, rough, p))
            if len(out) == PARAGRAPHS_PER_RECORD:
                break
    claims = [c for c in record.get("claims") or [] if 80 <= len(c) <= 900 and c[:1].isupper()]
    rng.shuffle(claims)
    for c in claims:
        rough = roughen(c, rng, legal=True)
        if rough:
            out.append((REWRITE_INSTRUCTION, rough, c))
            break
    return out


def score_rewrite(original, rough, draft, stopped):
    """How a rewrite of `rough` compares with the `original` it was made from: ROUGE-L of the draft and of the rough
    text itself (handing the input back unchanged: the baseline a rewrite must beat), the share of the original's
    numerals the draft kept, the share of the draft's numerals found nowhere in its input (invented), its length in
    words relative to the original, and whether it ended by itself within its budget."""
    kept, drafted = numerals(original), numerals(draft)
    return {"rouge_l": rouge_l(draft, original), "copy_rouge_l": rouge_l(rough, original),
            "numerals_kept": len(kept & drafted) / len(kept) if kept else 1.0,
            "numerals_invented": len(drafted - numerals(rough)) / len(drafted) if drafted else 0.0,
            "length_ratio": len(draft.split()) / max(1, len(original.split())), "stopped": bool(stopped)}
