import json
import os
import tempfile
import unittest

from patentgpt import fluency


class FluencyTest(unittest.TestCase):
    def test_unknown_words_exclude_the_lexicon_and_the_input(self):
        known = {"a", "bolt", "and", "nut"}
        self.assertEqual(fluency.unknown_word_rate("A bolt and a nut", known), 0.0)
        self.assertEqual(fluency.unknown_word_rate("A bolt and lightocers", known), 0.25)
        # A rare term copied from the claims is not a garbled word.
        self.assertEqual(fluency.unknown_word_rate("A polyimide bolt", known, "1. A polyimide film."), 0.0)
        self.assertEqual(fluency.unknown_word_rate("", known), 0.0)

    def test_near_repeats_count_tight_loops_only(self):
        self.assertEqual(fluency.near_repeat_rate("a first plate and a second plate"), 0.0)
        # 7 words, 5 trigrams; "a substrate a" and "substrate a substrate" each come back once.
        text = "a substrate a substrate a substrate and"
        self.assertAlmostEqual(fluency.near_repeat_rate(text), 2 / 5)
        # The same phrase further back than the window is how patents are written, not a loop.
        later = "the plate is fixed by a screw made of steel and then the plate is round"
        self.assertEqual(fluency.near_repeat_rate(later, window=5), 0.0)
        self.assertAlmostEqual(fluency.near_repeat_rate(later, window=15), 1 / 14)
        self.assertEqual(fluency.near_repeat_rate("too short"), 0.0)

    def test_the_lexicon_keeps_words_seen_at_least_twice(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "train.jsonl")
            with open(p, "w", encoding="utf-8") as f:
                f.write(json.dumps({"title": "Bolt", "abstract": "A bolt with a zygomorph head."}) + "\n")
            self.assertEqual(fluency.lexicon(p), {"bolt", "a"})


if __name__ == "__main__":
    unittest.main()
