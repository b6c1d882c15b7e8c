import json
import os
import tempfile
import unittest

from patentgpt import corpus
from tests import synthetic


class CleanTextTest(unittest.TestCase):
    CASES = [
        ("2 . The spoke according to claim 1 , wherein", "2. The spoke according to claim 1, wherein"),
        ("a <b>bold</b> word &amp; more", "a bold word & more"),
        ("spaces   and\ttabs", "spaces and tabs"),
        ("line one\n\n\n\nline two", "line one\n\nline two"),
        ('"A ""Barometer"" neuron"', 'A "Barometer" neuron'),
        ("( 1 ) a part ( 2 )", "(1) a part (2)"),
        ("**I.** DETERMINE", "I. DETERMINE"),
    ]

    def test_table(self):
        for raw, want in self.CASES:
            self.assertEqual(corpus.clean_text(raw), want, raw)

    def test_claims_are_renumbered(self):
        self.assertEqual(corpus.format_claims(corpus.clean_claims(["1 . A valve having a seat.", "The valve of claim 1 , wherein"])),
                         "1. A valve having a seat.\n2. The valve of claim 1, wherein")

    def test_patent_key_ignores_kind_code_and_zeros(self):
        self.assertEqual(corpus.patent_key("US07000001B2"), corpus.patent_key("US7000001"))
        self.assertNotEqual(corpus.patent_key("EP1116605B1"), corpus.patent_key("US1116605"))


class DedupSplitTest(unittest.TestCase):
    def test_minhash_finds_near_duplicates_only(self):
        lsh = corpus.MinHashLSH()
        base = " ".join(f"word{i}" for i in range(400))
        self.assertTrue(lsh.add_if_new(base))
        self.assertFalse(lsh.add_if_new(base + " one more"))
        self.assertTrue(lsh.add_if_new(" ".join(f"other{i}" for i in range(400))))

    def test_run_dedups_and_splits_by_patent(self):
        with tempfile.TemporaryDirectory() as d:
            cfg = synthetic.micro_config(d, synthetic.write_corpus(os.path.join(d, "corpus")))
            figures = corpus.run(cfg, os.path.join(d, "out"))
            stats = figures["per_folder"]["synthetic"]
            self.assertGreaterEqual(stats["exact_duplicates"], 1)
            self.assertGreaterEqual(stats["near_duplicates"], 1)
            ids = []
            for split in ("train", "val", "test"):
                with open(os.path.join(d, "out", f"{split}.jsonl")) as f:
                    ids += [json.loads(line)["id"] for line in f]
            self.assertEqual(ids.count("US7000000B2"), 1)
            self.assertNotIn("US9999999B1", ids)
            self.assertEqual(figures["patents_shared_between_splits"], 0)
            self.assertGreater(figures["records"]["test"], 0)
            with open(os.path.join(d, "out", "train.jsonl")) as f:
                rec = json.loads(f.readline())
            self.assertNotIn(" ,", rec["doc"])
            self.assertTrue(os.path.exists(os.path.join(d, "out", "manifest.json")))
