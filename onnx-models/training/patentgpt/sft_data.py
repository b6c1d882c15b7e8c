"""Instruction pairs for the five drafting tasks (and the free-instruction task: summarize, rewrite, explain) built from corpus records,
in the prompt format of prompts.py / patentdesk.json."""
import random
from collections import Counter
import re

from .corpus import format_claims
from .prompts import TASKS, fit_prompt, instruct_prompt, task_prompt
from .rewrite_data import rewrite_pairs

_CLAIM_REF = re.compile(r"\bclaims? (\d+)")
_WORD = re.compile(r"[a-z]{4,}")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# "I. DETERMINE WHAT INVENTION IS SOUGHT TO BE PATENTEDIt is essential ..." (or "...DEFINITEA claim"): the corpus
# glued headings to their text.
_HEADING = re.compile(r"^[IVX]+\.\s+[A-Z][A-Z0-9 ,;:'’()./-]+(?=[A-Z](?:[a-z]| ))")
_SECTION_NUMBER = re.compile(r"^\d[\d.()a-z]*\s+")
_REVISION = re.compile(r"\s*\[R-[^\]]*\]")


def _title(t):
    t = t.strip().strip(".")
    return t[:1].upper() + t[1:].lower() if t.isupper() else t


def _is_independent(claim):
    return not _CLAIM_REF.search(claim)


def _best_paragraph(claim, description):
    words = set(_WORD.findall(claim.lower()))
    best, score = None, 0.0
    for p in description.split("\n"):
        if not 200 <= len(p) <= 1200 or p.lower().startswith(("fig", "claims")):
            continue
        pw = set(_WORD.findall(p.lower()))
        s = len(words & pw) / max(1, len(words | pw))
        if s > score:
            best, score = p, s
    return best if score >= 0.15 else None


def pairs_from_record(r):
    """Yields (task, prompt, response) for every task the record supports."""
    claims, abstract, title, desc = r.get("claims") or [], r.get("abstract", ""), r.get("title", ""), r.get("description", "")
    # Some sources lost claim 1's opening words ("wherein the resin ..."): such a claim 1 teaches nothing.
    claim1_ok = bool(claims) and claims[0][:1].isupper()
    if claims and len(abstract) >= 100:
        yield "claims_to_abstract", task_prompt("claims_to_abstract", format_claims(claims)), abstract
        if claim1_ok:
            yield "abstract_to_claim", task_prompt("abstract_to_claim", abstract), "1. " + claims[0]
    if claims and 3 <= len(title) <= 200:
        yield "claims_to_title", task_prompt("claims_to_title", format_claims(claims)), _title(title)
    if claim1_ok and len(claims) >= 2 and _is_independent(claims[0]):
        deps = [(i, c) for i, c in enumerate(claims[1:], start=2) if re.search(r"\bclaim 1\b", c)][:6]
        if deps:
            out = "\n".join(f"{n}. {c}" for n, (_, c) in enumerate(deps, start=2))
            yield "independent_to_dependent", task_prompt("independent_to_dependent", "1. " + claims[0]), out
    if claim1_ok and desc:
        para = _best_paragraph(claims[0], desc)
        if para:
            yield "claim_to_description", task_prompt("claim_to_description", "1. " + claims[0]), para
    if desc and len(abstract) >= 100:
        yield "instruct", instruct_prompt("Summarize this description as a patent abstract.", desc[:2000]), abstract
    for instruction, rough, original in rewrite_pairs(r):
        yield "instruct", instruct_prompt(instruction, rough), original
    if r.get("source") == "mpep" and r.get("text"):
        first = next(mpep_prose(r["text"]), None)
        if first:
            yield "instruct", instruct_prompt(explain_instruction(r), ""), first[:1200]


def mpep_prose(text):
    """The MPEP's explanatory paragraphs as plain sentences: its Markdown is hard-wrapped and full of links
    ("[2106.04(d)(1)](s2106.html#...)"); headings, quoted statutes in italics, notes and link lists are skipped."""
    for block in text.split("\n\n"):
        p = " ".join(block.split())
        if p.startswith(("#", "[", "(")) or p.startswith("* "):
            continue
        p = _MD_LINK.sub(r"\1", _HEADING.sub("", p)).replace("*", "")
        if len(p) >= 200 and p[:1].isupper() and "](" not in p and ".html" not in p:
            yield p


def explain_instruction(mpep_record):
    """The app's "Explain finding" instruction (AssistRequests.explain), with an MPEP section standing in for the
    finding and its citation, so the model learns to answer that request with the section's own explanation."""
    section = mpep_record.get("id", "").removeprefix("MPEP-")
    title = _SECTION_NUMBER.sub("", _REVISION.sub("", mpep_record.get("title", "")).strip())
    return f"Explain this finding to a patent drafter and suggest a fix.\nFinding: {title} (MPEP {section})"


def build_examples(records, tok, seq_len, per_task, seed):
    """Tokenized examples (ids, loss mask start) capped per task; the prompt input is truncated so the response
    fits, and an example whose response is cut keeps no EOS (the model only learns to stop at a real end)."""
    rng = random.Random(seed)
    by_task = {t: [] for t in list(TASKS) + ["instruct"]}
    for r in records:
        for task, prompt, response in pairs_from_record(r):
            by_task[task].append((prompt, response))
    eos = tok.token_id("<|endoftext|>")
    examples, counts = [], {}
    for task, items in by_task.items():
        rng.shuffle(items)
        items = items[:per_task]
        counts[task] = len(items)
        for prompt, response in items:
            resp = tok.encode(response)[: seq_len // 2]
            end = [eos] if len(resp) < seq_len // 2 else []
            p = fit_prompt(tok.encode(prompt), seq_len - len(resp) - len(end))
            examples.append((p + resp + end, len(p), task))
    rng.shuffle(examples)
    return examples, counts


def per_task(examples, n):
    """The first n examples of each task (build_examples shuffles them), so a validation figure weighs every task
    alike instead of favouring the shortest ones (titles)."""
    seen = Counter()
    out = []
    for e in examples:
        seen[e[2]] += 1
        if seen[e[2]] <= n:
            out.append(e)
    return out


class LengthBatches:
    """Batches of examples of similar length within a budget of padded tokens (batch_size x seq_len): random
    batches of four padded to their longest member wasted about a third of every SFT step here. A step picks a random
    example and adds its nearest neighbours in length, on either side, until the budget or max_rows is reached; seeded
    per step, so a resumed run sees the batches it would have seen."""

    def __init__(self, examples, budget_tokens, max_rows, seed):
        self.examples = sorted(examples, key=lambda e: len(e[0]))
        self.budget, self.max_rows, self.seed = budget_tokens, max_rows, seed

    def indices(self, step):
        import torch
        g = torch.Generator().manual_seed(self.seed * 1_000_003 + step)
        anchor = int(torch.randint(0, len(self.examples), (1,), generator=g))
        size = len(self.examples[anchor][0])
        lo, hi = anchor, anchor + 1

        def fits(a, b):
            return (b - a) * len(self.examples[b - 1][0]) <= self.budget and b - a <= self.max_rows

        while True:
            # The neighbour closest in length first, so the shortest and longest examples are reached as often as
            # the others.
            options = []
            if hi < len(self.examples) and fits(lo, hi + 1):
                options.append((len(self.examples[hi][0]) - size, lo, hi + 1))
            if lo > 0 and fits(lo - 1, hi):
                options.append((size - len(self.examples[lo - 1][0]), lo - 1, hi))
            if not options:
                return list(range(lo, hi))
            _, lo, hi = min(options)

    def __call__(self, step):
        return [self.examples[i] for i in self.indices(step)]
