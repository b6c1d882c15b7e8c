"""Byte-level BPE (GPT-2 style): trainer, encoder/decoder, and the Hugging Face `tokenizer.json` format.

No `tokenizers` wheel is installable here, so this is a small faithful re-implementation: the same pre-tokenization
regex and byte-to-unicode table as the HF ByteLevel pre-tokenizer, so that DJL (HF tokenizers in Rust) produces
the very token ids this encoder produces."""
import collections
import heapq
import json
import unicodedata

import regex

# GPT-2 / HF ByteLevel(use_regex=True) pre-tokenization pattern.
GPT2_PATTERN = regex.compile(r"""'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+""")


def bytes_to_unicode():
    """Maps every byte to a printable unicode character (the GPT-2 table HF ByteLevel uses)."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return {b: chr(c) for b, c in zip(bs, cs)}


BYTE_TO_CHAR = bytes_to_unicode()
CHAR_TO_BYTE = {c: b for b, c in BYTE_TO_CHAR.items()}


def pretokenize(text, pattern=GPT2_PATTERN):
    """Splits text into words (GPT-2's, or a base tokenizer's Split pattern), each rendered as its byte-level
    character string. Text between matches stays a word of its own, as the Split pre-tokenizer's "Isolated" does."""
    words, pos = [], 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            words.append(text[pos:m.start()])
        if m.end() > m.start():
            words.append(m.group())
        pos = m.end()
    if pos < len(text):
        words.append(text[pos:])
    return ["".join(BYTE_TO_CHAR[b] for b in w.encode("utf-8")) for w in words]


class UnsupportedTokenizer(ValueError):
    """A tokenizer.json this encoder cannot reproduce exactly (the message says what it has)."""


def _split_pattern(pre, where):
    """The pre-tokenization regex of a byte-level tokenizer.json: GPT-2's for ByteLevel(use_regex), else the Split
    pattern of a Sequence [Split, ByteLevel(use_regex=false)] as Llama 3 and Qwen2 ship."""
    if pre and pre.get("type") == "ByteLevel":
        if not pre.get("use_regex", True):
            raise UnsupportedTokenizer(f"{where}: ByteLevel pre-tokenizer without a regex")
        return GPT2_PATTERN
    if pre and pre.get("type") == "Sequence":
        parts = pre.get("pretokenizers", [])
        split = [p for p in parts if p.get("type") == "Split"]
        byte_level = [p for p in parts if p.get("type") == "ByteLevel"]
        if len(split) == 1 and len(byte_level) == 1 and len(parts) == 2 and "Regex" in split[0].get("pattern", {}) \
                and split[0].get("behavior", "Isolated") == "Isolated" and not split[0].get("invert", False):
            return regex.compile(split[0]["pattern"]["Regex"])
    kind = (pre or {}).get("type")
    raise UnsupportedTokenizer(f"{where}: pre-tokenizer {kind!r} is not byte-level BPE (SentencePiece-style "
                               "tokenizers such as Llama 2's or Mistral's are not supported for training)")


def train_bpe(word_counts, vocab_size, special_tokens, min_frequency=2, progress=None):
    """Learns merges from {byte-level word: count} until the vocabulary (specials + 256 bytes + merges) reaches
    vocab_size. Incremental pair counts make each merge cost proportional to the words that contain the pair."""
    alphabet = sorted(set(BYTE_TO_CHAR.values()), key=lambda c: CHAR_TO_BYTE[c])
    vocab = {}
    for t in special_tokens:
        vocab[t] = len(vocab)
    for c in alphabet:
        vocab[c] = len(vocab)
    words = [list(w) for w in word_counts]
    counts = list(word_counts.values())
    pair_counts = collections.Counter()
    where = collections.defaultdict(set)
    for i, (w, c) in enumerate(zip(words, counts)):
        for a, b in zip(w, w[1:]):
            pair_counts[(a, b)] += c
            where[(a, b)].add(i)
    heap = [(-c, p) for p, c in pair_counts.items()]
    heapq.heapify(heap)
    merges = []
    while len(vocab) < vocab_size and heap:
        negc, (a, b) = heapq.heappop(heap)
        c = pair_counts.get((a, b), 0)
        if c != -negc:  # stale heap entry: re-queue with its current count
            if c > 0:
                heapq.heappush(heap, (-c, (a, b)))
            continue
        if c < min_frequency:
            break
        merged = a + b
        merges.append((a, b))
        vocab[merged] = len(vocab)
        touched = set()
        for i in list(where[(a, b)]):
            w, cnt = words[i], counts[i]
            if len(w) < 2:
                continue
            j = 0
            new = []
            while j < len(w):
                if j < len(w) - 1 and w[j] == a and w[j + 1] == b:
                    new.append(merged)
                    j += 2
                else:
                    new.append(w[j])
                    j += 1
            if len(new) == len(w):
                continue
            for p in zip(w, w[1:]):
                pair_counts[p] -= cnt
                if pair_counts[p] <= 0:
                    del pair_counts[p]
            for p in zip(new, new[1:]):
                pair_counts[p] += cnt
                where[p].add(i)
                touched.add(p)
            words[i] = new
        where.pop((a, b), None)
        pair_counts.pop((a, b), None)
        for p in touched:
            if p in pair_counts:
                heapq.heappush(heap, (-pair_counts[p], p))
        if progress and len(merges) % 1000 == 0:
            progress(len(merges))
    return vocab, merges


class ByteLevelBPE:
    def __init__(self, vocab, merges, special_tokens, pattern=GPT2_PATTERN, nfc=False, ignore_merges=False,
                 source=None):
        """pattern, nfc, ignore_merges, source: what a base model's tokenizer.json has beyond this project's own
        (its Split regex, an NFC normalizer, Llama 3's whole-word lookup before merging, the file itself so that
        save() keeps its post-processor and other sections)."""
        self.vocab = vocab
        self.inv = {i: t for t, i in vocab.items()}
        self.ranks = {tuple(m): r for r, m in enumerate(merges)}
        self.merges = [tuple(m) for m in merges]
        self.special_tokens = list(special_tokens)
        self._special_re = regex.compile("(" + "|".join(regex.escape(t) for t in self.special_tokens) + ")") \
            if self.special_tokens else None
        self._cache = {}
        self.pattern, self.nfc, self.ignore_merges, self.source = pattern, nfc, ignore_merges, source

    def _bpe(self, word):
        if word in self._cache:
            return self._cache[word]
        if self.ignore_merges and word in self.vocab:
            return [self.vocab[word]]
        parts = list(word)
        while len(parts) > 1:
            best, best_rank = None, None
            for i in range(len(parts) - 1):
                r = self.ranks.get((parts[i], parts[i + 1]))
                if r is not None and (best_rank is None or r < best_rank):
                    best, best_rank = i, r
            if best is None:
                break
            parts[best:best + 2] = [parts[best] + parts[best + 1]]
        ids = [self.vocab[p] for p in parts]
        if len(self._cache) < 500_000:
            self._cache[word] = ids
        return ids

    def encode(self, text):
        ids = []
        chunks = self._special_re.split(text) if self._special_re else [text]
        for chunk in chunks:
            if not chunk:
                continue
            if chunk in self.vocab and chunk in self.special_tokens:
                ids.append(self.vocab[chunk])
                continue
            if self.nfc:
                chunk = unicodedata.normalize("NFC", chunk)
            for w in pretokenize(chunk, self.pattern):
                ids.extend(self._bpe(w))
        return ids

    def decode(self, ids, skip_special=False):
        out = []
        buf = bytearray()
        for i in ids:
            t = self.inv[int(i)]
            if t in self.special_tokens:
                out.append(buf.decode("utf-8", errors="replace"))
                buf = bytearray()
                if not skip_special:
                    out.append(t)
            else:
                buf.extend(CHAR_TO_BYTE[c] for c in t)
        out.append(buf.decode("utf-8", errors="replace"))
        return "".join(out)

    def token_id(self, token):
        return self.vocab[token]

    def to_hf_json(self):
        added = [{"id": self.vocab[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                  "normalized": False, "special": True} for t in self.special_tokens]
        byte_level = {"type": "ByteLevel", "add_prefix_space": False, "trim_offsets": True, "use_regex": True}
        return {
            "version": "1.0",
            "truncation": None,
            "padding": None,
            "added_tokens": added,
            "normalizer": None,
            "pre_tokenizer": byte_level,
            "post_processor": None,
            "decoder": byte_level,
            "model": {"type": "BPE", "dropout": None, "unk_token": None, "continuing_subword_prefix": None,
                      "end_of_word_suffix": None, "fuse_unk": False, "byte_fallback": False, "ignore_merges": False,
                      "vocab": self.vocab, "merges": [a + " " + b for a, b in self.merges]},
        }

    def with_added_tokens(self, tokens):
        """This tokenizer with the given special tokens added where missing (ids after the highest one), as
        tokenizer.add_special_tokens does; a base model keeps its own vocabulary and gains the pipeline's tokens."""
        missing = [t for t in tokens if t not in self.vocab]
        vocab = dict(self.vocab)
        for t in missing:
            vocab[t] = max(vocab.values()) + 1
        source = None
        if self.source is not None:
            source = json.loads(json.dumps(self.source))
            source["added_tokens"] = list(source.get("added_tokens", [])) + [
                {"id": vocab[t], "content": t, "single_word": False, "lstrip": False, "rstrip": False,
                 "normalized": False, "special": True} for t in missing]
        merges = self.merges
        return ByteLevelBPE(vocab, merges, self.special_tokens + missing, self.pattern, self.nfc, self.ignore_merges,
                            source)

    def size(self):
        """Rows an embedding needs: the highest id + 1 (a base's added tokens may leave gaps)."""
        return max(self.vocab.values()) + 1

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            json.dump(self.source if self.source is not None else self.to_hf_json(), f, ensure_ascii=False,
                      separators=(",", ":"))

    @staticmethod
    def load(path):
        """This project's tokenizer.json, or a base model's byte-level BPE one (GPT-2, Llama 3, Qwen2 style)."""
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        model = d.get("model", {})
        if model.get("type") != "BPE" or model.get("byte_fallback"):
            raise UnsupportedTokenizer(f"{path}: model {model.get('type')!r}"
                                       + (" with byte fallback" if model.get("byte_fallback") else "")
                                       + " is not byte-level BPE")
        pattern = _split_pattern(d.get("pre_tokenizer"), path)
        norm = d.get("normalizer")
        if norm and norm.get("type") != "NFC":
            raise UnsupportedTokenizer(f"{path}: normalizer {norm.get('type')!r} is not supported (none or NFC)")
        added = d.get("added_tokens", [])
        specials = [t["content"] for t in added]
        vocab = dict(model["vocab"])
        vocab.update({t["content"]: t["id"] for t in added})
        merges = [tuple(m.split(" ")) if isinstance(m, str) else tuple(m) for m in model["merges"]]
        own = pattern is GPT2_PATTERN and not norm and "post_processor" in d and d["post_processor"] is None
        return ByteLevelBPE(vocab, merges, specials, pattern, bool(norm), bool(model.get("ignore_merges")),
                            None if own else d)


def count_words(texts, special_tokens=()):
    counts = collections.Counter()
    for t in texts:
        counts.update(pretokenize(t))
    return counts


def train_from_texts(texts, vocab_size, special_tokens, min_frequency=2, progress=None):
    vocab, merges = train_bpe(count_words(texts), vocab_size, special_tokens, min_frequency, progress)
    return ByteLevelBPE(vocab, merges, special_tokens)
