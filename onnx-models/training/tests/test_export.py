import json
import os
import tempfile
import unittest

import numpy as np
import onnx
import torch

from patentgpt import bpe, onnx_numpy, ortnode, parity
from patentgpt.export import export_graph, write_model_folder
from patentgpt.model import ModelConfig, PatentGPT
from patentgpt.prompts import SPECIAL_TOKENS, TASKS
from patentgpt.word_rules import read_lexicon


class ExportTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tok = bpe.train_from_texts(["a valve and a housing, wherein the valve is ≤ 5 mm"] * 10, 300, SPECIAL_TOKENS)
        torch.manual_seed(0)
        cls.dense = PatentGPT(ModelConfig(vocab_size=300, hidden_size=32, num_layers=2, num_heads=4, num_kv_heads=2,
                                          intermediate_size=48, context_length=128)).eval()
        cls.moe = PatentGPT(ModelConfig(vocab_size=300, hidden_size=32, num_layers=2, num_heads=4, num_kv_heads=1,
                                        intermediate_size=24, num_experts=4, context_length=128)).eval()
        cls.tmp = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def _export(self, name, model, **kw):
        d = os.path.join(self.tmp.name, name)
        return d, write_model_folder(model, self.tok, d, **kw)

    def test_graph_contract(self):
        d, p = self._export("genai", self.dense)
        m = onnx.load(p)
        onnx.checker.check_model(m)
        names = [i.name for i in m.graph.input]
        self.assertEqual(names[:3], ["input_ids", "attention_mask", "position_ids"])
        self.assertIn("past_key_values.1.value", names)
        self.assertEqual([o.name for o in m.graph.output][:2], ["logits", "present.0.key"])
        dims = [x.dim_param or x.dim_value for x in m.graph.input[3].type.tensor_type.shape.dim]
        self.assertEqual(dims, ["batch_size", 2, "past_sequence_length", 8])
        self.assertEqual(m.graph.output[0].type.tensor_type.shape.dim[2].dim_value, 300)
        with open(os.path.join(d, "genai_config.json")) as f:
            g = json.load(f)
        self.assertEqual(g["model"]["decoder"]["num_key_value_heads"], 2)
        self.assertEqual(g["model"]["eos_token_id"], [self.tok.token_id("<|endoftext|>")])
        with open(os.path.join(d, "patentdesk.json")) as f:
            pd = json.load(f)
        for task in TASKS:
            self.assertEqual(pd["tasks"][task].count("{input}"), 1)

    def test_a_word_list_is_written_named_and_removed_with_the_next_export_without_one(self):
        d, _ = self._export("lexicon", self.dense, lexicon=["housing", "valve"])
        with open(os.path.join(d, "patentdesk.json")) as f:
            self.assertEqual(json.load(f)["lexicon"], "lexicon.txt.gz")
        self.assertEqual(read_lexicon(os.path.join(d, "lexicon.txt.gz")), ["housing", "valve"])
        d, _ = self._export("lexicon", self.dense)
        with open(os.path.join(d, "patentdesk.json")) as f:
            self.assertNotIn("lexicon", json.load(f))
        self.assertFalse(os.path.exists(os.path.join(d, "lexicon.txt.gz")))

    def test_optimum_layout(self):
        d, _ = self._export("optimum", self.dense, layout="optimum")
        for f in ("config.json", "generation_config.json", "tokenizer.json", "model.onnx"):
            self.assertTrue(os.path.exists(os.path.join(d, f)), f)

    def _parity(self, model, path):
        backends = ["numpy"] + (["ort"] if ortnode.available() else [])
        return {b: parity.check(model, path, backend=b) for b in backends}

    def test_parity_dense_moe_fp16(self):
        cases = [("dense", self.dense, False, 1e-4), ("moe", self.moe, False, 1e-4), ("fp16", self.dense, True, 5e-3)]
        for name, model, fp16, tol in cases:
            _, p = self._export(name, model, fp16=fp16)
            for backend, diff in self._parity(model, p).items():
                self.assertLess(diff, tol, f"{name} via {backend}")
        moe = onnx.load(os.path.join(self.tmp.name, "moe", "model.onnx"))
        # Routed experts in standard operators: no com.microsoft MoE node, and each expert's two matrices are 2-D
        # initializers of their own (a MatMul on a constant 2-D weight is pre-packed by ONNX Runtime at load).
        self.assertFalse([n for n in moe.graph.node if n.op_type == "MoE"])
        self.assertFalse([o for o in moe.opset_import if o.domain == "com.microsoft"])
        cfg = self.moe.cfg
        shapes = {i.name: tuple(i.dims) for i in moe.graph.initializer}
        expert_inputs = [shapes.get(n.input[1]) for n in moe.graph.node if n.op_type == "MatMul" and "/e" in n.input[1]]
        self.assertEqual(expert_inputs.count((cfg.hidden_size, 2 * cfg.intermediate_size)), cfg.num_layers * cfg.num_experts)
        self.assertEqual(expert_inputs.count((cfg.intermediate_size, cfg.hidden_size)), cfg.num_layers * cfg.num_experts)
        m = onnx.load(os.path.join(self.tmp.name, "fp16", "model.onnx"))
        self.assertEqual(m.graph.input[3].type.tensor_type.elem_type, onnx.TensorProto.FLOAT16)
        self.assertEqual(m.graph.output[0].type.tensor_type.elem_type, onnx.TensorProto.FLOAT16)

    def test_moe_as_the_onnx_runtime_node_keeps_parity(self):
        p = os.path.join(self.tmp.name, "moe-ort-node.onnx")
        export_graph(self.moe, p, moe="ort")
        m = onnx.load(p)
        ops = [n for n in m.graph.node if n.op_type == "MoE"]
        self.assertEqual(len(ops), self.moe.cfg.num_layers)
        # No all-zero bias inputs (ONNX Runtime would add them per row).
        self.assertTrue(all(len(n.input) == 5 and n.input[3] == "" for n in ops), [list(n.input) for n in ops])
        for backend, diff in self._parity(self.moe, p).items():
            self.assertLess(diff, 1e-4, backend)

    def test_a_decode_step_multiplies_only_the_routed_experts(self):
        _, p = self._export("moe-step", self.moe)
        m = onnx.load(p)
        cfg = self.moe.cfg
        expert_weights = {i.name for i in m.graph.initializer if "/e" in i.name}
        feeds = {"input_ids": np.array([[5]], np.int64), "attention_mask": np.ones((1, 4), np.int64),
                 "position_ids": np.array([[3]], np.int64)}
        for i in range(cfg.num_layers):
            for kv in ("key", "value"):
                feeds[f"past_key_values.{i}.{kv}"] = np.random.RandomState(i).randn(
                    1, cfg.num_kv_heads, 3, cfg.head_dim).astype(np.float32)
        rows = []
        onnx_numpy.run(m, feeds, trace=lambda node, args: rows.append(args[0].shape[-2])
                       if node.op_type == "MatMul" and node.input[1] in expert_weights else None)
        # One token: each layer multiplies k experts' two matrices by one row, the other experts' by none.
        self.assertEqual(sorted(rows), [0] * (2 * cfg.num_layers * (cfg.num_experts - cfg.experts_top_k))
                         + [1] * (2 * cfg.num_layers * cfg.experts_top_k))

    def test_gathered_decode_keeps_parity_and_gathers_k_experts_for_one_row(self):
        # moe_bench's "moe-gathered-decode": one row gathers the top-k experts' stacked weights (one If branch),
        # more rows take the routed form (the other); parity's cases cover both (batch 2 x seq 5, 2 x 3, 1 x 1).
        p = os.path.join(self.tmp.name, "moe-gathered-decode.onnx")
        m = export_graph(self.moe, p, moe="gathered-decode")
        cfg = self.moe.cfg
        ifs = [n for n in m.graph.node if n.op_type == "If"]
        self.assertEqual(len(ifs), cfg.num_layers)
        for backend, diff in self._parity(self.moe, p).items():
            self.assertLess(diff, 1e-4, backend)
        feeds = {"input_ids": np.array([[5]], np.int64), "attention_mask": np.ones((1, 4), np.int64),
                 "position_ids": np.array([[3]], np.int64)}
        for i in range(cfg.num_layers):
            for kv in ("key", "value"):
                feeds[f"past_key_values.{i}.{kv}"] = np.zeros((1, cfg.num_kv_heads, 3, cfg.head_dim), np.float32)
        gathered, routed = [], []

        def trace(node, args):
            if node.op_type == "Gather" and node.input[0].endswith("_stacked"):
                gathered.append((args[0].shape[0], args[1].shape))
            if node.op_type == "MatMul" and "/routed/e" in node.input[1]:
                routed.append(node.input[1])

        onnx_numpy.run(m, feeds, trace=trace)
        # Per layer both stacked tensors ([experts, ...]) gathered by the router's k indices; no routed MatMul runs.
        self.assertEqual(gathered, [(cfg.num_experts, (1, 1, cfg.experts_top_k))] * 2 * cfg.num_layers)
        self.assertEqual(routed, [])
