"""Decode speed of the exported MoE graph against the dense model of its active size, in onnxruntime-node.

    cd onnx-models/training && /usr/bin/python3 -m patentgpt.moe_bench [--rounds 7] [--threads 1] [--profile]

Random-weight models in two configurations (the compare stage's and an FFN-heavy one), exported as the pipeline
exports them; the graphs take turns round by round inside one node process (parity/ort.mjs alternate), so a
loaded machine slows them alike; the figures are the medians of the rounds, by the wall clock and per CPU-second
of the node process (the latter leaves out waiting for a core). --profile adds ONNX Runtime's kernel
time per decode step by operator type. Prints JSON with the load average before and after."""
import argparse
import json
import os
import subprocess
import tempfile

import numpy as np
import onnx
import torch
from onnx import TensorProto, helper, numpy_helper

from . import ortnode
from .export import export_graph
from .model import ModelConfig, PatentGPT

CONFIGS = {
    # The compare stage's pair: a 16k vocabulary dominates the step.
    "compare": (dict(vocab_size=16384, hidden_size=128, num_layers=2, num_heads=4, num_kv_heads=2,
                     context_length=1024), 512, 4, 256),
    # The FFN dominates: dense width 1,024 against 8 experts of 512, top-2.
    "ffn-heavy": (dict(vocab_size=1024, hidden_size=256, num_layers=4, num_heads=4, num_kv_heads=2,
                       context_length=1024), 1024, 8, 512),
    # Weights far past the last-level cache (dense 4 x 25 MB of FFN, the MoE's experts 400 MB): both read their
    # active weights from memory on every step, as models of a useful size do.
    "memory-bound": (dict(vocab_size=1024, hidden_size=512, num_layers=4, num_heads=8, num_kv_heads=2,
                          context_length=1024), 4096, 8, 2048),
}


def weight_bytes_read_per_token(model):
    """float32 bytes of the weights one decode step reads: all of them, but of each MoE layer only the top-k
    experts (the embedding table once: the head is tied to it)."""
    return 4 * model.num_parameters(active=True)


def _load():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


def bench(name, out_dir, rounds, threads, prompt, new, profile, also=()):
    common, dense_inter, experts, expert_inter = CONFIGS[name]
    torch.manual_seed(0)
    models = {"dense": PatentGPT(ModelConfig(**common, intermediate_size=dense_inter)).eval(),
              "moe": PatentGPT(ModelConfig(**common, num_experts=experts, experts_top_k=2,
                                           intermediate_size=expert_inter)).eval()}
    paths = {}
    for tag, m in models.items():
        paths[tag] = os.path.join(out_dir, f"{name}-{tag}.onnx")
        export_graph(m, paths[tag])
    for tag, path in also:  # e.g. the same MoE exported by an earlier version of export.py
        paths[tag] = path
    hd = common["hidden_size"] // common["num_heads"]
    load_before = _load()
    r = json.loads(ortnode._node("alternate", str(threads), str(rounds), str(prompt), str(new),
                                 str(common["num_kv_heads"]), str(hd), *paths.values()).strip().splitlines()[-1])
    load_after = _load()
    res = {"config": dict(common, dense_intermediate=dense_inter, experts=experts, top_k=2,
                          expert_intermediate=expert_inter),
           "runtime": r["runtime"], "threads": threads, "prompt_tokens": prompt, "new_tokens": new,
           "load_average_before": load_before, "load_average_after": load_after}
    for tag, m in zip(paths, r["models"]):
        res[tag] = {"decode_tok_s_median": round(m["median"], 1),
                    "decode_tok_s_rounds": [round(x, 1) for x in m["decodeTokensPerSecond"]],
                    "decode_tok_per_cpu_s_median": round(m["cpuMedian"], 1),
                    "decode_tok_per_cpu_s_rounds": [round(x, 1) for x in m["decodeTokensPerCpuSecond"]]}
        if tag in models:
            res[tag].update(parameters=models[tag].num_parameters(),
                            active_parameters=models[tag].num_parameters(active=True),
                            weight_bytes_read_per_token=weight_bytes_read_per_token(models[tag]))
    res["moe_over_dense"] = round(res["moe"]["decode_tok_s_median"] / res["dense"]["decode_tok_s_median"], 3)
    res["moe_over_dense_cpu"] = round(res["moe"]["decode_tok_per_cpu_s_median"]
                                      / res["dense"]["decode_tok_per_cpu_s_median"], 3)
    if profile:
        for tag, p in paths.items():
            prof = json.loads(ortnode._node("profile", str(threads), str(prompt), str(new), str(common["num_kv_heads"]),
                                            str(hd), p).strip().splitlines()[-1])
            res[tag]["kernel_us_per_step"] = prof["kernelMicrosecondsPerStep"]
    return res


def ffn_graphs(out_dir, hidden, dense_width, experts, expert_width, k=2):
    """Single-FFN graphs as the exporter writes the layer: dense SwiGLU (MatMul gate, MatMul up, Sigmoid, Mul, Mul,
    MatMul down) and the MoE layer (router MatMul, Reshape, MoE), each also with width 16 / experts of width 8 so the
    fixed cost of a run can be subtracted. Returns {name: path}."""
    rng = np.random.default_rng(0)
    w = lambda *shape: (rng.standard_normal(shape) * 0.05).astype(np.float32)
    paths = {}

    def save(name, nodes, inits, ms=False):
        g = helper.make_graph(nodes, name, [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, hidden])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 1, hidden])],
                              [numpy_helper.from_array(a, n) for n, a in inits.items()])
        opsets = [helper.make_opsetid("", 14)] + ([helper.make_opsetid("com.microsoft", 1)] if ms else [])
        paths[name] = os.path.join(out_dir, name + ".onnx")
        onnx.save(helper.make_model(g, opset_imports=opsets), paths[name])

    for width in (16, dense_width):
        save(f"ffn-dense-{width}", [
            helper.make_node("MatMul", ["x", "gate"], ["g"]), helper.make_node("MatMul", ["x", "up"], ["u"]),
            helper.make_node("Sigmoid", ["g"], ["s"]), helper.make_node("Mul", ["g", "s"], ["silu"]),
            helper.make_node("Mul", ["silu", "u"], ["m"]), helper.make_node("MatMul", ["m", "down"], ["y"])],
            {"gate": w(hidden, width), "up": w(hidden, width), "down": w(width, hidden)})
    for width in (8, expert_width):
        save(f"ffn-moe-{experts}x{width}", [
            helper.make_node("MatMul", ["x", "router"], ["r3"]), helper.make_node("Reshape", ["r3", "rows"], ["r"]),
            helper.make_node("MoE", ["x", "r", "fc1", "", "fc2"], ["y"], domain="com.microsoft", k=k,
                             activation_type="swiglu", swiglu_fusion=1, normalize_routing_weights=1,
                             activation_alpha=1.0, activation_beta=0.0)],
            {"router": w(hidden, experts) * 20, "rows": np.array([-1, experts], np.int64),
             "fc1": w(experts, 2 * width, hidden), "fc2": w(experts, hidden, width)}, ms=True)
    return paths


def kernels(name, out_dir, threads, rounds, iters=400):
    """CPU microseconds per run of the single-FFN graphs of a configuration, taking turns (ort.mjs calls); the
    inputs vary, so the MoE routes them to different experts."""
    common, dense_inter, experts, expert_inter = CONFIGS[name]
    paths = ffn_graphs(out_dir, common["hidden_size"], dense_inter, experts, expert_inter)
    r = json.loads(ortnode._node("calls", str(threads), str(iters), str(rounds), str(common["hidden_size"]),
                                 *paths.values()).strip().splitlines()[-1])
    us = {tag: round(m["median"], 1) for tag, m in zip(paths, r["models"])}
    names = list(paths)
    return {"config": name, "cpu_us_per_run": us,
            "dense_ffn_us": round(us[names[1]] - us[names[0]], 1), "moe_ffn_us": round(us[names[3]] - us[names[2]], 1),
            "load_average": _load()}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="patentgpt.moe_bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--threads", type=int, default=1, help="ONNX Runtime intra-op threads")
    ap.add_argument("--prompt", type=int, default=64)
    ap.add_argument("--new", type=int, default=128)
    ap.add_argument("--configs", default="compare,ffn-heavy", help=f"of {', '.join(CONFIGS)}")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--kernels", action="store_true",
                    help="instead: one FFN layer alone, dense vs MoE, CPU microseconds per run above a tiny one's")
    ap.add_argument("--keep", help="folder to keep the exported graphs in")
    ap.add_argument("--also", action="append", default=[], metavar="CONFIG:TAG=MODEL.onnx",
                    help="one more graph of that configuration in the rounds (e.g. an earlier export of its MoE)")
    args = ap.parse_args(argv)
    if not ortnode.available():
        print("moe_bench: onnxruntime-node is not installed (parity/node_modules)")
        return 2
    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or tmp
        os.makedirs(out, exist_ok=True)
        if args.kernels:
            print(json.dumps([kernels(c, out, args.threads, args.rounds) for c in args.configs.split(",")], indent=1))
            return 0
        also = {}
        for a in args.also:
            config, rest = a.split(":", 1)
            tag, path = rest.split("=", 1)
            also.setdefault(config, []).append((tag, os.path.abspath(path)))
        print(json.dumps([bench(c, out, args.rounds, args.threads, args.prompt, args.new, args.profile, also.get(c, ()))
                          for c in args.configs.split(",")], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
