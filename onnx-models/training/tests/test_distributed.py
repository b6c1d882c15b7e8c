"""torchrun with 2 CPU processes (gloo) on the micro configuration: the loss curve equals a single process drawing the
same global batch, only rank 0 writes, and a run killed mid-way resumes from rank 0's checkpoint."""
import contextlib
import io
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import unittest

import torch
import torch.distributed

from patentgpt import stages
from tests import synthetic

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _env():
    env = dict(os.environ, PATENTGPT_THREADS="1", OMP_NUM_THREADS="1")
    env.pop("WORLD_SIZE", None)
    return env


def _log(run_dir):
    with open(os.path.join(run_dir, "pretrain", "log.jsonl")) as f:
        return [json.loads(line) for line in f]


@unittest.skipUnless(torch.distributed.is_available() and torch.distributed.is_gloo_available(),
                     "torch without gloo")
class DistributedTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        d = cls.tmp.name
        cfg = synthetic.micro_config(d, synthetic.write_corpus(os.path.join(d, "corpus")))
        cfg["run_dir"] = os.path.join(d, "data")
        with contextlib.redirect_stdout(io.StringIO()):
            for s in ("corpus", "tokenizer"):
                stages.run(s, cfg)
        cfg.pop("_config_path")
        cfg["reuse"] = {"run_dir": cfg["run_dir"], "stages": ["corpus", "tokenizer"]}
        # The same global batch of 4 rows, drawn 2 from each of 2 data shards, in every run.
        cfg["pretrain"].update(max_steps=16, eval_every=8, checkpoint_every=4, data_shards=2)
        cls.cfg = cfg

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def _config(self, name, **pretrain):
        cfg = json.loads(json.dumps(self.cfg))
        cfg["name"], cfg["run_dir"] = name, os.path.join(self.tmp.name, name)
        cfg["pretrain"].update(pretrain)
        path = os.path.join(self.tmp.name, name + ".json")
        with open(path, "w") as f:
            json.dump(cfg, f)
        return path, cfg["run_dir"]

    def _torchrun(self, config, wait=True):
        # --redirects/--tee 2: torch 1.13's torchrun cannot parse its own default ("0") on Python 3.11 (the Std flag's
        # zero member is no longer iterated); 2 sends the workers' stderr to its log folder and to ours.
        cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
               "--redirects", "2", "--tee", "2", "-m", "patentgpt", "pretrain", "--config", config]
        if not wait:
            return subprocess.Popen(cmd, cwd=HERE, env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
        r = subprocess.run(cmd, cwd=HERE, env=_env(), capture_output=True, text=True, timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr[-3000:])
        return r

    def test_two_processes_follow_the_single_process_curve(self):
        single_cfg, single_dir = self._config("single")
        r = subprocess.run([sys.executable, "-m", "patentgpt", "pretrain", "--config", single_cfg], cwd=HERE, env=_env(),
                           capture_output=True, text=True, timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr[-3000:])
        ddp_cfg, ddp_dir = self._config("ddp")
        self._torchrun(ddp_cfg)
        single, ddp = _log(single_dir), _log(ddp_dir)
        self.assertEqual([x["step"] for x in ddp], list(range(1, 17)))  # one log line per step: rank 0 writes alone
        self.assertEqual([x["tokens"] for x in ddp], [x["tokens"] for x in single])
        diffs = [abs(a["loss"] - b["loss"]) for a, b in zip(single, ddp)]
        self.assertLess(max(diffs), 2e-3, (single, ddp))
        self.assertLess(ddp[-1]["loss"], ddp[0]["loss"] - 0.5)
        with open(os.path.join(ddp_dir, "pretrain", "manifest.json")) as f:
            self.assertEqual(json.load(f)["figures"]["world_size"], 2)
        a = torch.load(os.path.join(single_dir, "pretrain", "model.pt"))["model"]
        b = torch.load(os.path.join(ddp_dir, "pretrain", "model.pt"))["model"]
        self.assertLess(max(float((a[k] - b[k]).abs().max()) for k in a), 1e-3)

    def test_sft_runs_under_torchrun_with_a_batch_per_rank(self):
        cfg_path, run_dir = self._config("sftrun")
        with open(cfg_path) as f:
            cfg = json.load(f)
        cfg["_config_path"] = cfg_path
        with contextlib.redirect_stdout(io.StringIO()):
            stages.run("pretrain", cfg)
        r = subprocess.run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
                            "--redirects", "2", "--tee", "2", "-m", "patentgpt", "sft", "--config", cfg_path],
                           cwd=HERE, env=_env(), capture_output=True, text=True, timeout=600)
        self.assertEqual(r.returncode, 0, r.stderr[-3000:])
        with open(os.path.join(run_dir, "sft", "manifest.json")) as f:
            figures = json.load(f)["figures"]
        self.assertEqual(figures["world_size"], 2)
        with open(os.path.join(run_dir, "sft", "log.jsonl")) as f:
            self.assertEqual([json.loads(line)["step"] for line in f], list(range(1, self.cfg["sft"]["max_steps"] + 1)))
        self.assertLess(sum(figures["val_loss_by_task"]["after"].values()), sum(figures["val_loss_by_task"]["before"].values()))

    def test_killed_run_resumes_from_rank_zeros_checkpoint(self):
        cfg, run_dir = self._config("killed", max_steps=400, checkpoint_every=4, eval_every=400,
                                    seq_len=128, time_budget_minutes=60)
        p = self._torchrun(cfg, wait=False)
        ck = os.path.join(run_dir, "pretrain", "checkpoint.pt")
        deadline = time.time() + 300
        while time.time() < deadline and p.poll() is None and not os.path.exists(ck):
            time.sleep(0.2)
        time.sleep(1.0)
        self.assertIsNone(p.poll(), "the run ended before it could be killed")
        os.killpg(p.pid, signal.SIGKILL)  # the whole torchrun group, as a lost node would end it
        p.wait()
        steps_at_kill = torch.load(ck)["state"]["step"]
        self.assertGreater(steps_at_kill, 0)
        self.assertLess(steps_at_kill, 400)
        cfg, _ = self._config("killed", max_steps=steps_at_kill + 8, checkpoint_every=4, eval_every=400, seq_len=128,
                              time_budget_minutes=60)
        r = self._torchrun(cfg)
        self.assertIn(f"resumed at step {steps_at_kill}", r.stdout + r.stderr)
        log = _log(run_dir)
        self.assertEqual(log[-1]["step"], steps_at_kill + 8)


if __name__ == "__main__":
    unittest.main()
