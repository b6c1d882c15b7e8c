import os
import tempfile
import unittest

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
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

    @unittest.skipUnless(ortnode.available(), "onnxruntime-node not installed")
    def test_onnx_runtime_qmoe_reads_quantize_experts_layout(self):
        # moe_bench times ONNX Runtime's QMoE node on weights written by quantize_experts: the node must compute the
        # MoE of the dequantized weights (routing, interleaved swiglu) for those timings to be of the right thing.
        rng = np.random.RandomState(2)
        hidden, experts, width = 64, 4, 32
        fc1 = (rng.randn(experts, 2 * width, hidden) * 0.1).astype(np.float32)
        fc2 = (rng.randn(experts, hidden, width) * 0.1).astype(np.float32)
        router = rng.randn(hidden, experts).astype(np.float32)
        x = rng.randn(5, hidden).astype(np.float32)
        with tempfile.TemporaryDirectory() as d:
            for bits in (8, 4):
                for block in (0, 32):
                    q1, s1, deq1 = quantize_experts(fc1, bits, block)
                    q2, s2, deq2 = quantize_experts(fc2, bits, block)
                    attrs = dict(block_size=block) if block else {}
                    graph = helper.make_graph(
                        [helper.make_node("MatMul", ["x", "router"], ["r"]),
                         helper.make_node("QMoE", ["x", "r", "q1", "s1", "", "q2", "s2"], ["y"],
                                          domain="com.microsoft", k=2, activation_type="swiglu", swiglu_fusion=1,
                                          normalize_routing_weights=1, activation_alpha=1.0, activation_beta=0.0,
                                          expert_weight_bits=bits, **attrs)],
                        "qmoe", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [None, hidden])],
                        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [None, hidden])],
                        [numpy_helper.from_array(a, n) for n, a in
                         dict(router=router, q1=q1, s1=s1, q2=q2, s2=s2).items()])
                    p = os.path.join(d, f"qmoe{bits}-{block}.onnx")
                    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14),
                                                                      helper.make_opsetid("com.microsoft", 1)]), p)
                    got = ortnode.run(p, {"x": x})["y"]
                    want = onnx_numpy.OPS["MoE"](x, x @ router, deq1, None, deq2, k=2)
                    self.assertLess(np.abs(got - want).max(), 1e-5, (bits, block))
