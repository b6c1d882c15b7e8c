"""Every stage of the micro configuration on a synthetic corpus, end to end, with its manifest."""
import contextlib
import io
import json
import os
import tempfile
import unittest

import torch

from patentgpt import stages
from patentgpt.bpe import ByteLevelBPE
from patentgpt.sft_data import pairs_from_record
from tests import synthetic


class PipelineTest(unittest.TestCase):
    def test_micro_pipeline(self):
        torch.set_num_threads(1)
        with tempfile.TemporaryDirectory() as d:
            cfg = synthetic.micro_config(d, synthetic.write_corpus(os.path.join(d, "corpus")))
            for s in stages.STAGES[:2] + ["vocab"] + stages.STAGES[2:]:
                with contextlib.redirect_stdout(io.StringIO()):
                    stages.run(s, cfg)
                with open(os.path.join(cfg["run_dir"], s, "manifest.json")) as f:
                    m = json.load(f)
                self.assertEqual(m["stage"], s)
                self.assertTrue(all(len(v["sha256"]) == 64 for v in m["outputs"].values()), s)
            def manifest(s):
                with open(os.path.join(cfg["run_dir"], s, "manifest.json")) as f:
                    return json.load(f)["figures"]
            pre = manifest("pretrain")
            with open(os.path.join(cfg["run_dir"], "pretrain", "log.jsonl")) as f:
                log = [json.loads(line) for line in f]
            self.assertLess(log[-1]["loss"], log[0]["loss"])
            self.assertLess(pre["final_val_perplexity"], 512)
            voc = manifest("vocab")
            self.assertEqual(set(voc["by_vocab_size"]), {"384", "512"})
            for v in voc["by_vocab_size"].values():
                self.assertTrue(0 < v["val_bits_per_byte"] < 16, v)
            self.assertIn(voc["best"], (384, 512))
            exp = manifest("export")
            self.assertEqual(exp["onnx_checker"], "passed")
            # The word list of the train split's words travels with the model and patentdesk.json names it.
            self.assertGreater(exp["lexicon_words"], 10)
            for folder in ("export/fp32", "quantize/int8"):
                with open(os.path.join(cfg["run_dir"], folder, "patentdesk.json")) as f:
                    self.assertEqual(json.load(f)["lexicon"], "lexicon.txt.gz")
                self.assertTrue(os.path.exists(os.path.join(cfg["run_dir"], folder, "lexicon.txt.gz")))
            q = manifest("quantize")
            self.assertLess(q["int4"]["bytes"], q["int8"]["bytes"])
            self.assertLess(q["int8"]["bytes"], q["fp32"]["bytes"])
            by_task = manifest("sft")["val_loss_by_task"]
            self.assertEqual(set(by_task["before"]), set(by_task["after"]))
            self.assertTrue(all(0 < v < 20 for v in by_task["after"].values()), by_task)
            self.assertLess(sum(by_task["after"].values()), sum(by_task["before"].values()))
            ev = manifest("evaluate")
            self.assertIn("claims_to_abstract.rouge_l", ev)
            self.assertEqual(ev["sft.ip_questions"]["n"], 47)
            self.assertIn("calibrated_accuracy", ev["sft.ip_questions"])
            zh = ev["sft.ip_questions.ip-questions-dev-zh"]
            self.assertEqual((zh["n"], zh["chance"], set(zh["per_choice_bias"])), (24, 0.25, {"A", "B", "C", "D"}))
            rw = ev["rewrite"]
            self.assertEqual(rw["examples"], 2)
            self.assertTrue(0 <= rw["rouge_l"] <= 1 and 0 < rw["copy_rouge_l"] < 1, rw)  # rough text is not the original
            self.assertTrue(0 <= rw["stopped"] <= 1 and 0 <= rw["numerals_kept"] <= 1, rw)
            dec = manifest("decoding")
            self.assertEqual([c["eligible"] for c in dec["candidates"]], [False, True, True])
            self.assertIn(dec["chosen"], [c["sampling"] for c in dec["candidates"][1:]])
            self.assertEqual(set(dec["candidates"][0]["per_task"]), set(dec["examples_per_task"]))
            self.assertEqual(dec["candidates"][2]["sampling"]["contextContrast"], 0.5)
            examples = sum(dec["examples_per_task"].values())
            self.assertEqual([c["drafts"] for c in dec["candidates"]], [examples, 2 * examples, 2 * examples])
            # Titles had a second example of their own: in their task figures, not in the model-wide ones.
            self.assertEqual(dec["task_examples"]["claims_to_title"], 2)
            self.assertEqual([c["tasks"]["claims_to_title"]["drafts"] for c in dec["candidates"]], [2, 4, 4])
            self.assertIsInstance(dec["per_task_chosen"], dict)
            with open(os.path.join(cfg["run_dir"], "decoding", "drafts.jsonl"), encoding="utf-8") as f:
                self.assertEqual(sum(1 for _ in f), sum(c["tasks"][t]["drafts"] for c in dec["candidates"] for t in c["tasks"]))
            for reads in [c for c in dec["candidates"]] + [dec["reference"]]:
                self.assertTrue(0 <= reads["unknown_words"] <= 1 and 0 <= reads["near_repeats"] <= 1, reads)
            tok = ByteLevelBPE.load(os.path.join(cfg["run_dir"], "tokenizer", "tokenizer.json"))
            self.assertEqual(tok.decode(tok.encode("≤ 5 °C 专利")), "≤ 5 °C 专利")

    def test_packed_batches_switch_to_long_windows_for_the_last_part(self):
        from patentgpt.stage_pretrain import PackedBatches
        import numpy as np
        b = PackedBatches(np.arange(5000, dtype=np.int64), 64, 8, 1, long_seq_len=256, long_from=0.75)
        x, y = b(10, 100)
        self.assertEqual(tuple(x.shape), (8, 64))
        x, y = b(80, 100)
        self.assertEqual(tuple(x.shape), (2, 256))
        self.assertTrue(torch.equal(x[:, 1:], y[:, :-1]))
        self.assertEqual(tuple(PackedBatches(np.arange(5000), 64, 8, 1)(99, 100)[0].shape), (8, 64))

    def test_sft_batches_group_similar_lengths_within_the_token_budget(self):
        from patentgpt.sft_data import LengthBatches
        import random
        rng = random.Random(4)
        examples = [([1] * rng.randint(5, 300), 2, "t") for _ in range(500)]
        b = LengthBatches(examples, budget_tokens=600, max_rows=16, seed=3)
        sizes, useful = [], []
        for step in range(200):
            rows = b(step)
            longest = max(len(r[0]) for r in rows)
            self.assertTrue(len(rows) * longest <= 600 or len(rows) == 1)
            self.assertLessEqual(len(rows), 16)
            useful.append(sum(len(r[0]) for r in rows) / (len(rows) * longest))
            sizes.append(len(rows))
        self.assertGreater(sum(useful) / len(useful), 0.85)  # random batches of 4 here: about 0.6
        self.assertEqual(b.indices(7), LengthBatches(examples, 600, 16, 3).indices(7))  # same batch after a resume
        self.assertGreater(max(sizes), min(sizes))  # short examples come many to a step, long ones few
        self.assertEqual(LengthBatches([([1] * 900, 2, "t")], 600, 16, 3)(0), [([1] * 900, 2, "t")])  # never empty

    def test_per_task_validation_takes_the_first_examples_of_each_task(self):
        from patentgpt.sft_data import per_task
        examples = [([i], 0, t) for i, t in enumerate("aabacbbcaa")]
        self.assertEqual([e[0][0] for e in per_task(examples, 2)], [0, 1, 2, 4, 5, 7])
        self.assertEqual(len(per_task(examples, 0)), 0)

    def test_loss_by_task_weighs_response_tokens(self):
        from patentgpt.model import ModelConfig, PatentGPT
        from patentgpt.stage_sft import collate, loss_by_task
        torch.manual_seed(0)
        model = PatentGPT(ModelConfig(vocab_size=64, hidden_size=32, num_layers=1, num_heads=2, num_kv_heads=1,
                                      intermediate_size=64, context_length=64))
        a, b = ([1, 2, 3, 4, 5, 6], 3, "a"), ([7, 8, 9], 1, "a")
        got = loss_by_task(model, [a, b, ([3, 4, 5], 2, "t")], 0, 1)
        with torch.no_grad():
            ce = [model.loss(*collate([e], 0))[1].item() for e in (a, b)]
        self.assertAlmostEqual(got["a"], (ce[0] * 3 + ce[1] * 2) / 5, places=4)  # a: 3 response tokens, b: 2
        self.assertEqual(set(got), {"a", "t"})

    def test_sft_pairs_cover_every_task(self):
        import random
        rec = synthetic.record(1, random.Random(1))
        from patentgpt.corpus import normalize_record
        r = normalize_record(rec, "synthetic")
        tasks = {t for t, _, _ in pairs_from_record(r)}
        self.assertTrue({"claims_to_abstract", "claims_to_title", "independent_to_dependent", "abstract_to_claim",
                         "claim_to_description"} <= tasks, tasks)
