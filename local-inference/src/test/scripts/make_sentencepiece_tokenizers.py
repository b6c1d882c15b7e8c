"""Writes the small SentencePiece-style tokenizer.json fixtures of src/test/resources/tokenizers/ in the exact schema
that Hugging Face's converters write for Llama 2 (legacy: Prepend/Replace normalizer), Mistral v0.3 (Metaspace
pre-tokenizer), Phi-3 (Llama's file, add_bos_token false in its config) and a Metaspace decoder. Small vocabularies:
byte fallback tokens <0x00>..<0xFF>, the pieces of a few patent words, and merges that build them left to right.
Run from the repository root: python3 local-inference/src/test/scripts/make_sentencepiece_tokenizers.py"""
import json
import os

OUT = "local-inference/src/test/resources/tokenizers"
M = "\u2581"
WORDS = ["the", "a", "an", "bolt", "nut", "device", "claim", "comprising", "wherein", "of", "and", "lid", "cup",
         "1.", "2.", "The", "A", "is", "in", "to", "é", "ü"]


def special(i, content, special=True):
    return {"id": i, "content": content, "single_word": False, "lstrip": False, "rstrip": False,
            "normalized": False, "special": special}


def vocab_and_merges(extra_added):
    vocab = {"<unk>": 0, "<s>": 1, "</s>": 2}
    for b in range(256):
        vocab["<0x%02X>" % b] = 3 + b
    merges = []

    def add(piece):
        if piece not in vocab:
            vocab[piece] = len(vocab)

    for c in [M] + [chr(c) for c in range(ord("a"), ord("z") + 1)] + list("ATé.12ü"):
        add(c)
    for w in WORDS:
        piece = M + w
        for c in piece:
            add(c)
        cur = piece[0]
        for c in piece[1:]:
            merged = cur + c
            if merged not in vocab:
                merges.append([cur, c])
                add(merged)
            cur = merged
        # the word without its space marker too (word-inside pieces such as "bolt" in "▁abolt")
        cur = w[0]
        for c in w[1:]:
            merged = cur + c
            if merged not in vocab:
                merges.append([cur, c])
                add(merged)
            cur = merged
    added = [special(0, "<unk>"), special(1, "<s>"), special(2, "</s>")]
    for content in extra_added:
        vocab_id = len(vocab)
        vocab[content] = vocab_id
        added.append(special(vocab_id, content))
    return vocab, merges, added


def template(bos="<s>", bos_id=1):
    return {"type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": bos, "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": bos, "type_id": 1}}, {"Sequence": {"id": "B", "type_id": 1}}],
            "special_tokens": {bos: {"id": bos, "ids": [bos_id], "tokens": [bos]}}}


LLAMA_DECODER = {"type": "Sequence", "decoders": [
    {"type": "Replace", "pattern": {"String": M}, "content": " "},
    {"type": "ByteFallback"}, {"type": "Fuse"},
    {"type": "Strip", "content": " ", "start": 1, "stop": 0}]}


def tokenizer(normalizer, pre_tokenizer, decoder, extra_added=()):
    vocab, merges, added = vocab_and_merges(extra_added)
    return {"version": "1.0", "truncation": None, "padding": None, "added_tokens": added,
            "normalizer": normalizer, "pre_tokenizer": pre_tokenizer, "post_processor": template(),
            "decoder": decoder,
            "model": {"type": "BPE", "dropout": None, "unk_token": "<unk>", "continuing_subword_prefix": None,
                      "end_of_word_suffix": None, "fuse_unk": True, "byte_fallback": True, "ignore_merges": False,
                      "vocab": vocab, "merges": merges}}


def write(name, tok, config):
    d = os.path.join(OUT, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "tokenizer.json"), "w", encoding="utf-8") as f:
        json.dump(tok, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(d, "tokenizer_config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, ensure_ascii=False, indent=2)
        f.write("\n")


legacy = {"type": "Sequence", "normalizers": [{"type": "Prepend", "prepend": M},
                                              {"type": "Replace", "pattern": {"String": " "}, "content": M}]}
metaspace = {"type": "Metaspace", "replacement": M, "prepend_scheme": "first", "split": False}
write("llama2", tokenizer(legacy, None, LLAMA_DECODER),
      {"add_bos_token": True, "add_eos_token": False, "bos_token": {"__type": "AddedToken", "content": "<s>",
       "lstrip": False, "normalized": False, "rstrip": False, "single_word": False}, "eos_token": "</s>",
       "legacy": True, "tokenizer_class": "LlamaTokenizer", "unk_token": "<unk>"})
write("mistral", tokenizer(None, metaspace, LLAMA_DECODER),
      {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": None})
write("phi3", tokenizer(legacy, None, LLAMA_DECODER, ["<|endoftext|>", "<|user|>", "<|assistant|>", "<|end|>"]),
      {"add_bos_token": False, "add_eos_token": False, "bos_token": "<s>", "eos_token": "<|endoftext|>",
       "legacy": False, "tokenizer_class": "LlamaTokenizer", "unk_token": "<unk>"})
write("metaspace-decoder", tokenizer(None, metaspace, {"type": "Sequence", "decoders": [
    {"type": "ByteFallback"}, {"type": "Metaspace", "replacement": M, "prepend_scheme": "first", "split": False}]}),
      {"bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>"})
