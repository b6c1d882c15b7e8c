"""ROUGE-L F1 on lowercase word tokens (longest common subsequence), as in Lin (2004)."""
import re

_TOK = re.compile(r"\w+")


def _lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge_l(candidate, reference):
    c, r = _TOK.findall(candidate.lower()), _TOK.findall(reference.lower())
    if not c or not r:
        return 0.0
    lcs = _lcs(c, r)
    if lcs == 0:
        return 0.0
    p, rec = lcs / len(c), lcs / len(r)
    return 2 * p * rec / (p + rec)
