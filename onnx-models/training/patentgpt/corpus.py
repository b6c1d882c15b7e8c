"""Stage 1: read JSONL patent records, clean them, drop exact and near duplicates, split train/val/test by patent."""
import collections
import glob
import hashlib
import html
import json
import os
import re
import time
import zlib

import numpy as np

from . import manifest

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9:_-]*(?:\s[^<>]*)?/?>")
_SPACE_BEFORE_PUNCT = re.compile(r"(?<=[\w)\]]) ([,;:.)])(?=\s|$)")
_SPACE_AFTER_OPEN = re.compile(r"\( (?=\w)")
_HSPACE = re.compile(r"[ \t\u00a0\u2009\u200b\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*\n+")
_CLAIM_NUMBER = re.compile(r"^\s*\d+\s*\.\s*")
_CSV_QUOTES = re.compile(r'""')


def clean_text(text):
    """XML/HTML leftovers, entities, CSV quote doubling, markdown emphasis, USPTO `1 .` / ` ,` spacing, whitespace."""
    if not text:
        return ""
    t = html.unescape(_TAG.sub(" ", text))
    if '""' in t:
        t = _CSV_QUOTES.sub('"', t)
        t = t.strip().strip('"').strip()
    t = t.replace("**", "").replace("\r\n", "\n").replace("\r", "\n")
    t = _HSPACE.sub(" ", t)
    t = "\n".join(line.strip() for line in t.split("\n"))
    t = _SPACE_BEFORE_PUNCT.sub(r"\1", t)
    t = _SPACE_AFTER_OPEN.sub("(", t)
    t = _BLANKS.sub("\n\n", t)
    return t.strip()


def clean_claims(claims):
    """Cleans each claim and renumbers them 1..n (some sources lost claim 1's number)."""
    out = []
    for c in claims or []:
        c = _CLAIM_NUMBER.sub("", clean_text(c))
        if len(c) >= 20:
            out.append(c)
    return out


def format_claims(claims):
    return "\n".join(f"{i + 1}. {c}" for i, c in enumerate(claims))


def patent_key(rec_id):
    """Same patent across sources: country + number without kind code or leading zeros."""
    m = re.match(r"^([A-Z]{2})?\D*0*(\d+)", rec_id or "")
    return f"{m.group(1) or 'US'}{m.group(2)}" if m else (rec_id or "")


def document_text(r):
    parts = []
    if r.get("title"):
        parts.append(r["title"])
    if r.get("abstract"):
        parts.append("Abstract: " + r["abstract"])
    if r.get("claims"):
        parts.append("Claims:\n" + format_claims(r["claims"]))
    if r.get("description"):
        parts.append("Description:\n" + r["description"])
    if r.get("text"):
        parts.append(r["text"])
    return "\n\n".join(parts)


def _read_folder(folder):
    name = os.path.basename(folder.rstrip("/"))
    for path in sorted(glob.glob(os.path.join(folder, "*.jsonl"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    yield json.loads(line)
    for path in sorted(glob.glob(os.path.join(folder, "*.tsv"))):
        with open(path, encoding="utf-8") as f:
            for line in f:
                num, _, claim = line.rstrip("\n").partition("\t")
                if claim:
                    yield {"id": "USAPP" + num.strip(), "claims": [claim]}


def normalize_record(raw, source):
    lang = raw.get("lang", "en") or "en"
    claims_lang = raw.get("claims_lang", lang) or lang
    r = {"id": raw.get("id", ""), "source": source,
         "title": clean_text(raw.get("title", "")),
         "abstract": clean_text(raw.get("abstract", "")) if lang == "en" else "",
         "claims": clean_claims(raw.get("claims")) if claims_lang == "en" else [],
         "description": clean_text(raw.get("description", "")) if lang == "en" else "",
         "text": clean_text(raw.get("text", "")) if lang == "en" else ""}
    r["key"] = r["id"] if source == "mpep" else patent_key(r["id"])
    r["doc"] = document_text(r)
    return r


def _shingle_hashes(text, n=5, limit=3000):
    words = re.findall(r"\w+", text.lower())[:limit]
    grams = {" ".join(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}
    return np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint64, count=len(grams))


class MinHashLSH:
    """MinHash signatures (word 5-gram shingles) banded for LSH; candidates are confirmed by estimated Jaccard."""

    def __init__(self, num_perm=64, bands=16, threshold=0.8, seed=7):
        rng = np.random.RandomState(seed)
        self.p = np.uint64((1 << 61) - 1)
        self.a = rng.randint(1, 1 << 31, num_perm).astype(np.uint64)
        self.b = rng.randint(0, 1 << 31, num_perm).astype(np.uint64)
        self.bands, self.rows, self.threshold = bands, num_perm // bands, threshold
        self.buckets = collections.defaultdict(list)
        self.sigs = []

    def signature(self, text):
        h = _shingle_hashes(text)
        if h.size == 0:
            return None
        return ((np.outer(h, self.a) + self.b) % self.p).min(axis=0)

    def add_if_new(self, text):
        """True if no earlier text is a near duplicate (then the text is indexed)."""
        sig = self.signature(text)
        if sig is None:
            return True
        keys = [(i, sig[i * self.rows:(i + 1) * self.rows].tobytes()) for i in range(self.bands)]
        seen = set()
        for k in keys:
            for j in self.buckets.get(k, ()):
                if j not in seen:
                    seen.add(j)
                    if float((self.sigs[j] == sig).mean()) >= self.threshold:
                        return False
        idx = len(self.sigs)
        self.sigs.append(sig)
        for k in keys:
            self.buckets[k].append(idx)
        return True


def split_of(key, val_pct, test_pct):
    """Deterministic split by patent key, so every record of a patent lands in the same split."""
    h = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 1000
    if h < test_pct * 10:
        return "test"
    if h < (test_pct + val_pct) * 10:
        return "val"
    return "train"


def run(cfg, out_dir):
    started = time.time()
    c = cfg["corpus"]
    root = c["path"]
    lsh = MinHashLSH(threshold=c.get("near_dup_threshold", 0.8))
    exact = set()
    stats = collections.OrderedDict()
    splits = {"train": [], "val": [], "test": []}
    for folder in c["folders"]:
        s = stats.setdefault(folder, collections.Counter())
        for raw in _read_folder(os.path.join(root, folder)):
            s["records"] += 1
            r = normalize_record(raw, folder)
            if len(r["doc"]) < c.get("min_chars", 200):
                s["too_short"] += 1
                continue
            digest = hashlib.sha256(re.sub(r"\s+", " ", r["doc"].lower()).encode()).hexdigest()
            if digest in exact:
                s["exact_duplicates"] += 1
                continue
            exact.add(digest)
            if not lsh.add_if_new(r["doc"]):
                s["near_duplicates"] += 1
                continue
            split = split_of(r["key"], c["val_percent"], c["test_percent"])
            s["kept_" + split] += 1
            s["chars"] += len(r["doc"])
            splits[split].append(r)
    os.makedirs(out_dir, exist_ok=True)
    outputs = []
    for name, recs in splits.items():
        p = os.path.join(out_dir, f"{name}.jsonl")
        with open(p, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        outputs.append(p)
    keys = {n: {r["key"] for r in recs} for n, recs in splits.items()}
    figures = {
        "per_folder": {k: dict(v) for k, v in stats.items()},
        "records": {n: len(v) for n, v in splits.items()},
        "chars": {n: sum(len(r["doc"]) for r in v) for n, v in splits.items()},
        "patents_shared_between_splits": len((keys["train"] & keys["test"]) | (keys["train"] & keys["val"]) | (keys["val"] & keys["test"])),
    }
    manifest.write(os.path.join(out_dir, "manifest.json"), "corpus", c, [os.path.join(root, f) for f in c["folders"]],
                   outputs, figures, started)
    return figures
