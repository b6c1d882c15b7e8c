import os
import tempfile
import unittest

import numpy as np
import onnx
import torch
from onnx import TensorProto

from patentgpt import layouts, ortnode, quantize
from patentgpt.export import export_graph
from patentgpt.model import ModelConfig, PatentGPT


def _types(values):
    return {v.name: v.type.tensor_type.elem_type for v in values}


class LayoutsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        torch.manual_seed(3)
        cls.cfg = ModelConfig(vocab_size=97, hidden_size=64, num_layers=2, num_heads=4, num_kv_heads=2,
                              intermediate_size=48, context_length=64)
        cls.model = PatentGPT(cls.cfg).eval()
        cls.tmp = tempfile.TemporaryDirectory()
        cls.plain = export_graph(cls.model, os.path.join(cls.tmp.name, "plain.onnx"))

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def _save(self, proto, name):
        path = os.path.join(self.tmp.name, name + ".onnx")
        onnx.save(proto, path)
        return path

    def _reference(self, ids):
        with torch.no_grad():
            logits, presents = self.model(torch.tensor(ids))
        return logits.numpy(), presents

    def test_combined_past_stacks_key_and_value_per_layer(self):
        m = layouts.combined_past(self.plain, self.cfg.num_layers)
        ins, outs = [i.name for i in m.graph.input], [o.name for o in m.graph.output]
        self.assertEqual(ins, ["input_ids", "attention_mask", "position_ids", "past_0", "past_1"])
        self.assertEqual(outs, ["logits", "present_0", "present_1"])
        dims = [d.dim_param or d.dim_value for d in m.graph.input[3].type.tensor_type.shape.dim]
        self.assertEqual(dims, [2, "batch_size", 2, "past_sequence_length", 16])

    def test_int32_io_and_bfloat16_io_change_only_the_boundary_types(self):
        m = layouts.int32_io(self.plain)
        t = _types(m.graph.input)
        self.assertEqual((t["input_ids"], t["attention_mask"], t["position_ids"]), (TensorProto.INT32,) * 3)
        self.assertEqual(t["past_key_values.0.key"], TensorProto.FLOAT)
        b = layouts.bfloat16_io(self.plain)
        self.assertEqual(_types(b.graph.input)["past_key_values.1.value"], TensorProto.BFLOAT16)
        self.assertEqual(_types(b.graph.output)["logits"], TensorProto.BFLOAT16)
        self.assertEqual(_types(b.graph.input)["input_ids"], TensorProto.INT64)

    def test_gqa_graph_has_no_position_ids_and_one_attention_op_per_layer(self):
        m = layouts.gqa_graph(self.model)
        self.assertEqual([i.name for i in m.graph.input][:2], ["input_ids", "attention_mask"])
        self.assertNotIn("position_ids", [i.name for i in m.graph.input])
        ops = [n for n in m.graph.node if n.op_type == "GroupQueryAttention"]
        self.assertEqual(len(ops), self.cfg.num_layers)
        self.assertTrue(all(n.domain == "com.microsoft" for n in ops))
        s = layouts.gqa_graph(self.model, explicit_seqlens=True)
        self.assertEqual([i.name for i in s.graph.input][:3], ["input_ids", "seqlens_k", "total_sequence_length"])
        q, count = quantize.quantize_model(m, bits=4, block=32, min_elems=512)
        self.assertEqual(count, 7 * self.cfg.num_layers)  # q k v o gate up down
        self.assertFalse(any(n.op_type == "GroupQueryAttention" and n.domain != "com.microsoft" for n in q.graph.node))

    @unittest.skipUnless(ortnode.available(), "onnxruntime-node not installed (onnx-models/training/parity)")
    def test_each_layout_matches_torch_in_onnx_runtime_with_and_without_past(self):
        ids = np.array([[5, 17, 42, 3, 88, 9, 60]], dtype=np.int64)
        ref, presents = self._reference(ids)
        n, kvh, hd = ids.shape[1], self.cfg.num_kv_heads, self.cfg.head_dim
        split = 5  # the first 5 tokens as past, the last 2 as a continuation step
        cases = {"combined": layouts.combined_past(self.plain, self.cfg.num_layers), "int32": layouts.int32_io(self.plain),
                 "gqa": layouts.gqa_graph(self.model), "gqa-seqlens": layouts.gqa_graph(self.model, True)}
        for name, proto in cases.items():
            with self.subTest(layout=name):
                path = self._save(proto, name)
                it = np.int32 if name == "int32" else np.int64
                for past_len in (0, split):
                    feeds = {"input_ids": ids[:, past_len:].astype(it)}
                    if name == "gqa-seqlens":
                        feeds["seqlens_k"] = np.array([n - 1], dtype=np.int32)
                        feeds["total_sequence_length"] = np.array(n, dtype=np.int32)
                    else:
                        feeds["attention_mask"] = np.ones((1, n), dtype=it)
                    if not name.startswith("gqa"):
                        feeds["position_ids"] = np.arange(past_len, n, dtype=it)[None, :]
                    for layer, (k, v) in enumerate(presents):
                        pk, pv = k[:, :, :past_len].numpy(), v[:, :, :past_len].numpy()
                        if name == "combined":
                            feeds[f"past_{layer}"] = np.stack([pk, pv])
                        else:
                            feeds[f"past_key_values.{layer}.key"] = pk
                            feeds[f"past_key_values.{layer}.value"] = pv
                    out = ortnode.run(path, feeds)
                    self.assertLess(np.abs(out["logits"] - ref[:, past_len:]).max(), 1e-4)
                    present = out["present_1"][0] if name == "combined" else out["present.1.key"]
                    self.assertEqual(present.shape, (1, kvh, n, hd))
