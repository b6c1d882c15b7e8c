import os
import tempfile
import unittest

import numpy as np
import onnx
import torch

from patentgpt import onnx_numpy, ortnode, parity
from patentgpt.export import export_graph
from patentgpt.model import ModelConfig, PatentGPT
from patentgpt.quantize import quantize_experts, quantize_model, quantize_weight


class QuantizeTest(unittest.TestCase):
    def test_block_quantization_error_is_bounded(self):
        w = np.random.RandomState(0).randn(96, 40).astype(np.float32)
        for bits, bound in ((8, 0.5 / 127), (4, 0.5 / 7)):
            packed, scales, deq = quantize_weight(w, bits, 32)
            self.assertEqual(packed.shape, (40, 3, 32 * bits // 8))
            absmax = np.abs(w.T.reshape(40, 3, 32)).max(axis=2)
            err = np.abs(deq - w).T.reshape(40, 3, 32).max(axis=2)
            self.assertTrue(np.all(err <= absmax * bound + 1e-6), bits)

    def test_quantized_model_is_valid_and_close(self):
        torch.manual_seed(0)
        model = PatentGPT(ModelConfig(vocab_size=256, hidden_size=64, num_layers=2, num_heads=4, num_kv_heads=2,
                                      intermediate_size=96, context_length=64)).eval()
        with tempfile.TemporaryDirectory() as d:
            p = os.path.join(d, "fp32.onnx")
            base = export_graph(model, p)
            for bits, tol in ((8, 0.05), (4, 0.6)):
                q, count = quantize_model(base, bits=bits)
                onnx.checker.check_model(q)
                self.assertEqual(count, 2 * 7 + 1)  # q k v o gate up down per layer + tied lm_head
                self.assertEqual(sum(n.op_type == "MatMulNBits" for n in q.graph.node), count)
                qp = os.path.join(d, f"int{bits}.onnx")
                onnx.save(q, qp)
                self.assertLess(os.path.getsize(qp), os.path.getsize(p))
                backends = ["numpy"] + (["ort"] if ortnode.available() else [])
                for b in backends:
                    self.assertLess(parity.check(model, qp, cases=((1, 4, 3),), backend=b), tol, f"int{bits} {b}")

    def test_a_quantized_moe_routes_to_matmulnbits_experts_close_to_torch(self):
        # Each expert's two matrices are 2-D weights of their own, so the quantizer turns them into MatMulNBits like
        # the dense model's (ONNX Runtime's QMoE node dequantizes every call: measured 6-18x slower, moe_bench).
        torch.manual_seed(0)
        cfg = ModelConfig(vocab_size=256, hidden_size=64, num_layers=2, num_heads=4, num_kv_heads=2,
                          intermediate_size=64, num_experts=4, context_length=64)
        model = PatentGPT(cfg).eval()
        with tempfile.TemporaryDirectory() as d:
            base = export_graph(model, os.path.join(d, "fp32.onnx"))
            for bits, tol in ((8, 0.05), (4, 0.6)):
                q, count = quantize_model(base, bits=bits)
                experts = [n for n in q.graph.node if n.op_type == "MatMulNBits" and "/e" in n.input[1]]
                self.assertEqual(len(experts), 2 * cfg.num_experts * cfg.num_layers)
                self.assertFalse([n for n in q.graph.node if n.op_type == "MatMul" and "/e" in n.input[1]])
                qp = os.path.join(d, f"int{bits}.onnx")
                onnx.save(q, qp)
                backends = ["numpy"] + (["ort"] if ortnode.available() else [])
                for b in backends:
                    self.assertLess(parity.check(model, qp, cases=((1, 4, 3), (2, 1, 5)), backend=b), tol,
                                    f"int{bits} {b}")

    def test_expert_quantization_error_is_bounded(self):
        w = np.random.RandomState(1).randn(3, 10, 64).astype(np.float32)
        for bits, bound in ((8, 0.5 / 127), (4, 0.5 / 7)):
            for block in (0, 32):
                packed, scales, deq = quantize_experts(w, bits, block)
                self.assertEqual(packed.shape, (3, 10, 64 * bits // 8))
                self.assertEqual(scales.shape, (3, 10, 2) if block else (3, 10))
                per = (block or 64)
                absmax = np.abs(w.reshape(3, 10, -1, per)).max(axis=-1, keepdims=True)
                err = np.abs(deq - w).reshape(3, 10, -1, per)
                self.assertTrue(np.all(err <= absmax * bound + 1e-6), (bits, block))
                # The packed bytes decode to the same values (4-bit: the even input in the low nibble).
                q = np.stack([packed & 0x0F, packed >> 4], -1).reshape(3, 10, 64) if bits == 4 else packed
                s = np.repeat(scales, per, axis=-1) if block else scales[..., None]
                np.testing.assert_allclose((q.astype(np.float32) - 2 ** (bits - 1)) * s, deq, rtol=1e-6, atol=1e-7)
