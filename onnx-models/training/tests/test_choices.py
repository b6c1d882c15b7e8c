"""Multiple-choice scoring: the prompts the app's ChoiceScoring builds (English and Chinese, text and A-D letters),
and the per-choice bias of a real (random) model on the Chinese dev set."""
import json
import os
import unittest

import torch

from patentgpt import bpe, choices
from patentgpt.model import ModelConfig, PatentGPT
from patentgpt.prompts import SPECIAL_TOKENS

EVAL = os.path.join(os.path.dirname(__file__), "..", "..", "eval")


class ChoicesTest(unittest.TestCase):
    def test_prompts_match_the_apps(self):
        # The same strings as ChoiceScoringTest (Java) expects.
        en = {"question": "Which section governs obviousness?", "choices": ["101", "102", "103", "112"], "answer": "C",
              "style": "letters"}
        self.assertEqual(choices.prompt(en), "Question: Which section governs obviousness?\nA. 101\nB. 102\nC. 103\nD. 112\nAnswer:")
        self.assertEqual(choices.continuations(en), [" A", " B", " C", " D"])
        self.assertEqual(choices.answer_index(en), 2)
        zh = {"question": "发明专利权的期限为多少年？", "choices": ["二十年", "十五年", "十年", "二十五年"], "answer": "A",
              "lang": "zh", "style": "letters"}
        self.assertEqual(choices.prompt(zh), "问题：发明专利权的期限为多少年？\nA. 二十年\nB. 十五年\nC. 十年\nD. 二十五年\n答案：")
        self.assertEqual(choices.continuations(zh)[0], "A")
        tf = {"question": "Is it?", "choices": ["True", "False"], "answer": "True"}
        self.assertEqual((choices.prompt(tf), choices.continuations(tf)), ("Question: Is it?\nAnswer:", [" True", " False"]))

    def test_chinese_dev_set_is_lettered_balanced_and_cited(self):
        with open(os.path.join(EVAL, "ip-questions-dev-zh.jsonl"), encoding="utf-8") as f:
            items = [json.loads(line) for line in f]
        self.assertGreaterEqual(len(items), 20)
        answers = [choices.answer_index(it) for it in items]
        self.assertEqual(sorted(set(answers)), [0, 1, 2, 3])
        self.assertLessEqual(max(answers.count(i) for i in range(4)) - min(answers.count(i) for i in range(4)), 2)
        for it in items:
            self.assertEqual((it["lang"], it["style"], len(it["choices"])), ("zh", "letters", 4))
            self.assertRegex(it["source"], r"^专利法(实施细则)? 第[一二三四五六七八九十百]+条")
            self.assertEqual(len(set(it["choices"])), 4)

    def test_per_choice_bias_of_a_model_on_the_chinese_set(self):
        torch.manual_seed(0)
        tok = bpe.train_from_texts(["问题：专利权的期限\n答案：A. 二十年 B. 十年"] * 5, 300, SPECIAL_TOKENS)
        model = PatentGPT(ModelConfig(vocab_size=300, hidden_size=32, num_layers=1, num_heads=2, num_kv_heads=1,
                                      intermediate_size=32, context_length=512)).eval()
        r = choices.score_file(model, tok, os.path.join(EVAL, "ip-questions-dev-zh.jsonl"))
        self.assertEqual(r["chance"], 0.25)
        self.assertEqual(set(r["per_choice_bias"]), {"A", "B", "C", "D"})
        # Picked share minus right share: over all questions the biases cancel.
        self.assertAlmostEqual(sum(r["per_choice_bias"].values()), 0.0, places=6)
        self.assertAlmostEqual(sum(r["calibrated_per_choice_bias"].values()), 0.0, places=6)
        self.assertEqual(r["accuracy_by_language"]["zh"]["n"], r["n"])
        picked_share = {k: v + 0.25 for k, v in r["per_choice_bias"].items()}  # each letter is right 1/4 of the time
        self.assertAlmostEqual(sum(picked_share.values()), 1.0, places=6)


if __name__ == "__main__":
    unittest.main()
