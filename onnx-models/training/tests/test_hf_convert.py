"""convert: tiny random Hugging Face checkpoints (written here) -> engine folders; logits of the exported ONNX in
ONNX Runtime against an independent PyTorch forward of Hugging Face's math (hf_reference.py)."""
import json
import os
import struct
import subprocess
import tempfile
import unittest

import numpy as np
import onnx
import torch

from patentgpt import hf_convert, ortnode, safetensors_io
from tests import hf_checkpoints, hf_reference

REPO = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
LAUNCHER_JAR = os.path.join(REPO, "app", "target", "patentdesk.jar")
# `patentdesk bench` comes from the benchmarks module, whose jar the launcher puts beside the app's.
BENCH_JAR = os.path.join(REPO, "benchmarks", "target", "patentdesk-benchmarks.jar")
IDS = [5, 17, 42, 3, 88, 9, 60, 120, 7, 33, 250, 1, 64, 99, 18, 200, 71, 12, 140, 28]


def _ort_logits(onnx_path, ids, cfg, past=None, past_len=0):
    """Logits and presents of one run; past = {name: array} or None for an empty cache."""
    n = past_len + len(ids)
    feeds = {"input_ids": np.array([ids], dtype=np.int64), "attention_mask": np.ones((1, n), dtype=np.int64),
             "position_ids": np.arange(past_len, n, dtype=np.int64)[None, :]}
    for i in range(cfg["num_hidden_layers"]):
        for kv in ("key", "value"):
            name = f"past_key_values.{i}.{kv}"
            feeds[name] = past[f"present.{i}.{kv}"] if past else np.zeros(
                (1, cfg["num_key_value_heads"], 0, cfg.get("head_dim") or cfg["hidden_size"] // cfg["num_attention_heads"]),
                dtype=np.float32)
    return ortnode.run(onnx_path, feeds)


def _engine_built():
    """The app is built and current (the launcher would not rebuild it: a test must not start a Maven build)."""
    if not os.path.exists(LAUNCHER_JAR) or not os.path.exists(BENCH_JAR):
        return False
    built = min(os.path.getmtime(LAUNCHER_JAR), os.path.getmtime(BENCH_JAR))
    for module in ("claims-analyzer", "local-inference", "onnx-models", "editor", "app", "benchmarks"):
        for root, _, files in os.walk(os.path.join(REPO, module, "src", "main")):
            if any(os.path.getmtime(os.path.join(root, f)) > built for f in files):
                return False
    return True


class SafetensorsTest(unittest.TestCase):
    def test_round_trip_of_each_dtype_and_header_layout(self):
        t = {"a": torch.randn(3, 5), "b.c": torch.randn(7)}
        with tempfile.TemporaryDirectory() as d:
            for dtype, cast in (("F32", torch.float32), ("F16", torch.float16), ("BF16", torch.bfloat16)):
                p = os.path.join(d, dtype + ".safetensors")
                safetensors_io.save_file(t, p, dtype)
                with open(p, "rb") as f:
                    (n,) = struct.unpack("<Q", f.read(8))
                    header = json.loads(f.read(n))
                self.assertEqual(header["a"]["dtype"], dtype)
                self.assertEqual((8 + n) % 8, 0)
                back = safetensors_io.load_file(p)
                for k in t:
                    self.assertTrue(torch.equal(back[k], t[k].to(cast).float()), (dtype, k))

    def test_truncated_file_is_a_clear_error(self):
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "model.safetensors")
            safetensors_io.save_file({"a": torch.ones(4, 4)}, p)
            with open(p, "r+b") as f:
                f.truncate(os.path.getsize(p) - 8)
            with self.assertRaisesRegex(safetensors_io.SafetensorsError, "byte range"):
                safetensors_io.load_file(p)


class ConfigTest(unittest.TestCase):
    def test_unsupported_architecture_and_rope_scaling_are_refused_by_name(self):
        base = {"architectures": ["LlamaForCausalLM"], "vocab_size": 10, "hidden_size": 8, "num_hidden_layers": 1,
                "num_attention_heads": 2, "intermediate_size": 8}
        with self.assertRaisesRegex(hf_convert.ConvertError, "GPT2LMHeadModel"):
            hf_convert.model_config(dict(base, architectures=["GPT2LMHeadModel"]))
        with self.assertRaisesRegex(hf_convert.ConvertError, "yarn"):
            hf_convert.model_config(dict(base, rope_scaling={"rope_type": "yarn", "factor": 4.0}))
        self.assertFalse(hf_convert.model_config(base).tie_embeddings)  # Llama's default: untied

    def test_mistral_sliding_window_caps_the_context(self):
        cfg = hf_convert.model_config({"architectures": ["MistralForCausalLM"], "vocab_size": 10, "hidden_size": 8,
                                       "num_hidden_layers": 1, "num_attention_heads": 2, "intermediate_size": 8,
                                       "max_position_embeddings": 32768, "sliding_window": 4096})
        self.assertEqual(cfg.context_length, 4096)

    def test_missing_tensor_is_named(self):
        with tempfile.TemporaryDirectory() as d:
            hf_checkpoints.write(d, "qwen2-bias")
            p = os.path.join(d, "model.safetensors")
            w = safetensors_io.load_file(p)
            del w["model.layers.1.self_attn.k_proj.bias"]
            safetensors_io.save_file(w, p)
            with self.assertRaisesRegex(hf_convert.ConvertError, r"model\.layers\.1\.self_attn\.k_proj\.bias"):
                hf_convert.load_base(d)


class ConvertParityTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.tok = hf_checkpoints.tokenizer()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def _convert(self, variant, quantize="none", **kw):
        base = os.path.join(self.tmp.name, variant + "-base")
        out = os.path.join(self.tmp.name, f"{variant}-{quantize}")
        config, weights = hf_checkpoints.write(base, variant, tok=self.tok)
        figures = hf_convert.convert(base, out, quantize, **kw)
        return config, weights, out, figures

    def test_converted_module_matches_the_reference_in_torch(self):
        # Without ONNX Runtime: the weights land where the module reads them.
        for variant in hf_checkpoints.VARIANTS:
            with self.subTest(variant=variant):
                base = os.path.join(self.tmp.name, variant + "-torch")
                config, weights = hf_checkpoints.write(base, variant, tok=self.tok)
                model, _ = hf_convert.load_base(base)
                with torch.no_grad():
                    ours = model(torch.tensor([IDS]))[0]
                    ref = hf_reference.forward(weights, config, [IDS])
                self.assertLess(float((ours - ref).abs().max()), 1e-4)

    def test_folder_has_the_engine_files_and_the_base_tokenizer(self):
        config, _, out, figures = self._convert("qwen2-bias")
        files = set(os.listdir(out))
        self.assertTrue({"model.onnx", "genai_config.json", "tokenizer.json", "tokenizer_config.json",
                         "generation_config.json"} <= files, files)
        self.assertNotIn("patentdesk.json", files)
        with open(os.path.join(out, "genai_config.json")) as f:
            g = json.load(f)
        self.assertEqual(g["model"]["type"], "qwen2")
        self.assertEqual(g["model"]["eos_token_id"], [config["eos_token_id"]])
        self.assertEqual(g["model"]["vocab_size"], config["vocab_size"])
        self.assertEqual(g["model"]["decoder"]["num_key_value_heads"], 2)
        with open(os.path.join(out, "tokenizer_config.json")) as f:
            self.assertEqual(json.load(f)["chat_template"], hf_checkpoints.CHAT_TEMPLATE)
        self.assertEqual(figures["dtype"], "float32")

    def test_large_weights_go_to_external_data(self):
        _, _, out, _ = self._convert("mistral", external_bytes=1000)
        self.assertIn("model.onnx.data", os.listdir(out))
        self.assertLess(os.path.getsize(os.path.join(out, "model.onnx")), 200_000)
        onnx.checker.check_model(os.path.join(out, "model.onnx"))

    @unittest.skipUnless(ortnode.available(), "onnxruntime-node not installed (onnx-models/training/parity)")
    def test_onnx_logits_match_the_reference_with_and_without_the_cache(self):
        for variant in hf_checkpoints.VARIANTS:
            with self.subTest(variant=variant):
                config, weights, out, _ = self._convert(variant)
                with torch.no_grad():
                    ref = hf_reference.forward(weights, config, [IDS])[0].numpy()
                path = os.path.join(out, "model.onnx")
                split = 12
                first = _ort_logits(path, IDS[:split], config)
                second = _ort_logits(path, IDS[split:], config, past=first, past_len=split)
                got = np.concatenate([first["logits"][0], second["logits"][0]])
                self.assertEqual(got.shape, ref.shape)
                self.assertLess(np.abs(got - ref).max(), 2e-4, variant)
                self.assertTrue((got.argmax(-1) == ref.argmax(-1)).all())

    @unittest.skipUnless(ortnode.available(), "onnxruntime-node not installed (onnx-models/training/parity)")
    def test_quantized_folders_stay_close_to_the_reference(self):
        config, weights, _, _ = self._convert("llama-gqa-rope3")
        with torch.no_grad():
            ref = hf_reference.forward(weights, config, [IDS])[0].numpy()
        errors = {}
        for q in ("int8", "int4"):
            _, _, out, figures = self._convert("llama-gqa-rope3", q)
            self.assertGreater(figures["matmuls_quantized"], 0)
            got = _ort_logits(os.path.join(out, "model.onnx"), IDS, config)["logits"][0]
            errors[q] = np.sqrt(((got - ref) ** 2).mean()) / ref.std()
        # RMS error relative to the logits' spread; measured 0.029 (int8) and 0.31 (int4) on these random weights,
        # whose Gaussian tails quantize worse than trained weights do.
        self.assertLess(errors["int8"], 0.06)
        self.assertLess(errors["int4"], 0.6)
        self.assertLess(errors["int8"], errors["int4"])

    @unittest.skipUnless(_engine_built(), "PatentDesk not built (./patentdesk builds it once)")
    def test_engine_decodes_the_reference_greedy_tokens(self):
        # PatentDesk's own engine (ONNX Runtime Java, its KV cache and tokenizer) on the converted folder: the greedy
        # continuation of bench's prompt equals the reference's, recomputed without a cache.
        for variant in hf_checkpoints.VARIANTS:
            with self.subTest(variant=variant):
                config, weights, out, _ = self._convert(variant)
                ids_file = os.path.join(self.tmp.name, variant + "-ids.json")
                r = subprocess.run([os.path.join(REPO, "patentdesk"), "bench", "--model", out, "--prompt-tokens", "16",
                                    "--new-tokens", "24", "--runs", "1", "--write-ids", ids_file],
                                   capture_output=True, text=True, timeout=300)
                self.assertEqual(r.returncode, 0, r.stderr)
                with open(ids_file) as f:
                    engine = json.load(f)
                expected = hf_reference.greedy(weights, config, engine["promptIds"], 24)
                self.assertEqual(engine["generatedIds"], expected)


if __name__ == "__main__":
    unittest.main()
