"""Configurations that extend another, stages reused from an earlier run, continued pretraining from its weights,
bfloat16 mixed precision on the CPU, and the card's account of a multi-phase pretraining."""
import contextlib
import io
import json
import os
import tempfile
import unittest

import torch

from patentgpt import stage_card, stages
from patentgpt.__main__ import load_config
from patentgpt.model import ModelConfig, PatentGPT
from patentgpt.stage_pretrain import continue_from
from patentgpt.trainer import cpu_has_native_bf16, save_checkpoint, train, training_precision


def _write(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f)


class ExtendedConfigTest(unittest.TestCase):
    def test_extends_overrides_section_by_section_and_resolves_paths(self):
        with tempfile.TemporaryDirectory() as d:
            _write(os.path.join(d, "configs", "base.json"), {
                "name": "base", "run_dir": "../runs/base", "seed": 1, "corpus": {"path": "../corpus", "folders": ["a"]},
                "pretrain": {"lr": 0.002, "min_lr": 0.0002, "seq_len": 512}})
            _write(os.path.join(d, "configs", "more.json"), {
                "name": "more", "extends": "base.json", "run_dir": "../runs/more", "seed": 2,
                "reuse": {"run_dir": "../runs/base", "stages": ["corpus", "tokenizer"]},
                "pretrain": {"lr": 0.001, "init_from": "../runs/base/pretrain/model.pt"}})
            cfg = load_config(os.path.join(d, "configs", "more.json"))
            self.assertEqual(cfg["pretrain"], {"lr": 0.001, "min_lr": 0.0002, "seq_len": 512,
                                               "init_from": os.path.join(d, "runs", "base", "pretrain", "model.pt")})
            self.assertEqual((cfg["name"], cfg["seed"]), ("more", 2))
            self.assertEqual(cfg["run_dir"], os.path.join(d, "runs", "more"))
            self.assertEqual(cfg["corpus"]["path"], os.path.join(d, "corpus"))
            self.assertEqual(stages.path(cfg, "tokenizer", "train.bin"), os.path.join(d, "runs", "base", "tokenizer", "train.bin"))
            self.assertEqual(stages.path(cfg, "pretrain", "model.pt"), os.path.join(d, "runs", "more", "pretrain", "model.pt"))

    def test_reuse_from_takes_one_stage_from_another_run(self):
        with tempfile.TemporaryDirectory() as d:
            _write(os.path.join(d, "configs", "base.json"), {
                "name": "base", "run_dir": "../runs/base", "seed": 1, "corpus": {"path": "../corpus"},
                "reuse": {"run_dir": "../runs/first", "stages": ["corpus"]}})
            _write(os.path.join(d, "configs", "tuned.json"), {
                "name": "tuned", "extends": "base.json", "run_dir": "../runs/tuned",
                "reuse": {"from": {"pretrain": "../runs/base"}}})
            cfg = load_config(os.path.join(d, "configs", "tuned.json"))
            self.assertEqual(stages.reused(cfg), ["corpus", "pretrain"])
            self.assertEqual(stages.path(cfg, "corpus", "train.jsonl"), os.path.join(d, "runs", "first", "corpus", "train.jsonl"))
            self.assertEqual(stages.path(cfg, "pretrain", "model.pt"), os.path.join(d, "runs", "base", "pretrain", "model.pt"))
            self.assertEqual(stages.path(cfg, "sft"), os.path.join(d, "runs", "tuned", "sft"))
            with self.assertRaises(SystemExit) as e:   # the base run has no pretraining yet
                stages.run("pretrain", cfg)
            self.assertIn(os.path.join(d, "runs", "base"), str(e.exception))

    def test_a_reused_stage_is_never_run_again(self):
        with tempfile.TemporaryDirectory() as d:
            cfg = {"run_dir": os.path.join(d, "new"), "reuse": {"run_dir": os.path.join(d, "old"), "stages": ["corpus"]}}
            with self.assertRaises(SystemExit):   # the earlier run has not made it
                stages.run("corpus", cfg)
            _write(os.path.join(d, "old", "corpus", "manifest.json"), {"stage": "corpus"})
            with contextlib.redirect_stdout(io.StringIO()):
                self.assertEqual(stages.run("corpus", cfg), 0)
            self.assertFalse(os.path.exists(os.path.join(d, "new", "corpus")))

    def test_the_shipped_configurations_load(self):
        here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "configs")
        default, continued = load_config(os.path.join(here, "default.json")), load_config(os.path.join(here, "continued.json"))
        self.assertEqual(continued["model"], default["model"])
        self.assertEqual(continued["pretrain"]["init_from"], os.path.join(default["run_dir"], "pretrain", "model.pt"))
        self.assertEqual(continued["reuse"]["run_dir"], default["run_dir"])
        self.assertNotEqual(continued["seed"], default["seed"])  # other windows than the first phase saw, in other order


class ContinuedPretrainingTest(unittest.TestCase):
    def _model(self, **kw):
        torch.manual_seed(0)
        return PatentGPT(ModelConfig(**dict(dict(vocab_size=97, hidden_size=32, num_layers=2, num_heads=4,
                                                  num_kv_heads=2, intermediate_size=48, context_length=64), **kw)))

    def test_starts_from_the_earlier_weights_and_reports_its_history(self):
        with tempfile.TemporaryDirectory() as d:
            earlier = self._model()
            ck = os.path.join(d, "pretrain", "model.pt")
            os.makedirs(os.path.dirname(ck))
            save_checkpoint(ck, earlier, None, {"step": 12, "tokens": 3456, "elapsed": 7.5})
            fresh = self._model()
            with torch.no_grad():
                fresh.embed.weight.add_(1.0)
            info = continue_from(fresh, ck)
            for (name, a), b in zip(earlier.state_dict().items(), fresh.state_dict().values()):
                self.assertTrue(torch.equal(a, b), name)
            self.assertEqual((info["tokens"], info["steps"], len(info["sha256"])), (3456, 12, 64))
            with self.assertRaises(SystemExit):
                continue_from(self._model(hidden_size=64), ck)

    def test_training_precision_falls_back_to_float32_without_bf16_instructions(self):
        self.assertEqual(training_precision({}), "fp32")
        self.assertEqual(training_precision({"precision": "bf16"}), "bf16" if cpu_has_native_bf16() else "fp32")
        self.assertEqual(training_precision({"precision": "bf16", "device": "cuda"}), "bf16")

    @unittest.skipUnless(cpu_has_native_bf16(), "this CPU has no bfloat16 instructions")
    def test_bfloat16_mixed_precision_lowers_the_loss_and_keeps_float32_weights(self):
        m = self._model()
        x = torch.randint(0, 97, (4, 33), generator=torch.Generator().manual_seed(1))
        tc = {"lr": 3e-3, "min_lr": 3e-4, "warmup_steps": 2, "max_steps": 20, "eval_every": 100,
              "checkpoint_every": 100, "precision": "bf16"}
        with tempfile.TemporaryDirectory() as d, contextlib.redirect_stdout(io.StringIO()):
            figures = train(m, lambda step, max_steps: (x[:, :-1], x[:, 1:]), [(x[:, :-1], x[:, 1:])], tc, d)
            with open(os.path.join(d, "log.jsonl")) as f:
                log = [json.loads(line) for line in f]
        self.assertEqual(figures["precision"], "bf16")
        self.assertLess(log[-1]["loss"], log[0]["loss"] - 0.5)
        self.assertTrue(all(p.dtype == torch.float32 for p in m.parameters()))


class CardHistoryTest(unittest.TestCase):
    def test_the_card_tells_every_pretraining_phase(self):
        with tempfile.TemporaryDirectory() as d:
            first = os.path.join(d, "runs", "default", "pretrain")
            _write(os.path.join(first, "manifest.json"), {"figures": {"tokens": 1000, "seconds": 600.0, "precision": "fp32"}})
            with open(os.path.join(first, "log.jsonl"), "w") as f:
                f.write(json.dumps({"step": 1, "loss": 9.0, "tokens": 500}) + "\n" + json.dumps({"step": 2, "loss": 8.0, "tokens": 1000}) + "\n")
            cfg = {"name": "continued", "run_dir": os.path.join(d, "runs", "continued")}
            pre = {"tokens": 3000, "seconds": 1200.0, "precision": "bf16", "train_tokens_available": 8000,
                   "initialized_from": {"checkpoint": os.path.join(first, "model.pt"), "tokens": 1000}}
            _write(os.path.join(cfg["run_dir"], "pretrain", "manifest.json"), {"figures": pre})
            with open(os.path.join(cfg["run_dir"], "pretrain", "log.jsonl"), "w") as f:
                f.write(json.dumps({"step": 1, "loss": 7.0, "tokens": 3000}) + "\n")
            self.assertEqual([n for n, _ in stage_card.pretrain_phases(cfg, pre)], ["default", "continued"])
            self.assertEqual(stage_card.pretrain_total(cfg, pre),
                             "4,000 tokens (0.50 epochs) in 30 min: `default` 1,000 tokens in 10.0 min (float32) then "
                             "`continued` 3,000 tokens in 20.0 min (bfloat16 mixed precision)")
            self.assertEqual([(r["tokens"], r["loss"]) for r in stage_card._pretrain_log(cfg)],
                             [(500, 9.0), (1000, 8.0), (4000, 7.0)])
            self.assertEqual(stage_card._runs_to_reproduce(cfg, pre), ["default", "continued"])
            # A run that only tunes again on `continued`'s pretraining: named after it, and run after it.
            tuned = dict(cfg, name="tuned", run_dir=os.path.join(d, "runs", "tuned"),
                         reuse={"run_dir": cfg["run_dir"], "stages": [], "from": {"pretrain": cfg["run_dir"]}})
            self.assertEqual([n for n, _ in stage_card.pretrain_phases(tuned, pre)], ["default", "continued"])
            self.assertEqual(stage_card._runs_to_reproduce(tuned, pre), ["default", "continued", "tuned"])


class CardCurvesTest(unittest.TestCase):
    def test_a_reused_comparison_is_plotted_from_the_earlier_run(self):
        with tempfile.TemporaryDirectory() as d:
            for variant, loss in (("dense", 6.7), ("moe", 6.5)):
                os.makedirs(os.path.join(d, "runs", "default", "compare", variant))
                with open(os.path.join(d, "runs", "default", "compare", variant, "log.jsonl"), "w") as f:
                    f.write(json.dumps({"step": 1, "loss": loss, "tokens": 100}) + "\n")
            cfg = {"name": "continued", "run_dir": os.path.join(d, "runs", "continued"),
                   "reuse": {"run_dir": os.path.join(d, "runs", "default"), "stages": ["compare"]}}
            panels = dict(stage_card.curves(cfg))
            self.assertEqual({k: [r["loss"] for r in v] for k, v in panels["Dense vs MoE (equal active parameters)"].items()},
                             {"dense ": [6.7], "MoE ": [6.5]})
            self.assertEqual(panels["Instruction tuning (SFT)"], {"": []})
