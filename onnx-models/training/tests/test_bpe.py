import os
import tempfile
import unittest

from patentgpt import bpe
from patentgpt.prompts import SPECIAL_TOKENS

TEXTS = ["1. A valve comprising a housing, wherein the housing is annular.",
         "The sensor of claim 1, wherein the temperature is ≤ 40 °C and ≥ −5 °C.",
         "专利申请的权利要求书 — 一种传感器。", "naïve café 🙂 tabs\tand  double  spaces\n\nnew paragraph"] * 20


class BpeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tok = bpe.train_from_texts(TEXTS, 400, SPECIAL_TOKENS)

    def test_round_trips_any_utf8(self):
        for s in ["Ω ≤ ° µm ± 专利 🙂", "\u00a0\u2009 odd spaces \r\n", "<|claims_to_abstract|>x<|response|>y",
                  "", " leading", "trailing  ", "\x00\x7f control", "Z" * 300]:
            self.assertEqual(self.tok.decode(self.tok.encode(s)), s)

    def test_special_tokens_are_single_ids(self):
        ids = self.tok.encode("<|claims_to_abstract|>claims<|response|>")
        self.assertEqual(ids[0], self.tok.token_id("<|claims_to_abstract|>"))
        self.assertEqual(ids[-1], self.tok.token_id("<|response|>"))

    def test_merges_compress_training_text(self):
        s = TEXTS[0]
        self.assertLess(len(self.tok.encode(s)), len(s.encode("utf-8")) / 2)

    def test_gpt2_pretokenization(self):
        self.assertEqual(bpe.pretokenize("Hello world, it's"), ["Hello", "Ġworld", ",", "Ġit", "'s"])

    def test_hf_json_save_load_gives_same_ids(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "tokenizer.json")
            self.tok.save(p)
            loaded = bpe.ByteLevelBPE.load(p)
        for s in TEXTS[:4]:
            self.assertEqual(loaded.encode(s), self.tok.encode(s))
        j = self.tok.to_hf_json()
        self.assertEqual(j["model"]["type"], "BPE")
        self.assertEqual(j["pre_tokenizer"]["type"], "ByteLevel")
        self.assertEqual([t["content"] for t in j["added_tokens"]], SPECIAL_TOKENS)

    def test_vocab_is_specials_bytes_then_merges(self):
        self.assertEqual(len(self.tok.vocab), 400)
        self.assertEqual(len(self.tok.merges), 400 - 256 - len(SPECIAL_TOKENS))
        self.assertEqual(sorted(self.tok.vocab.values()), list(range(400)))
