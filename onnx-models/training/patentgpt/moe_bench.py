"""Decode speed of the exported MoE graph against the dense model of its active size, in onnxruntime-node.

    cd onnx-models/training && /usr/bin/python3 -m patentgpt.moe_bench [--rounds 7] [--threads 1] [--quantize 8,4]
        [--configs compare,ffn-heavy,memory-bound] [--profile] [--kernels]

Random-weight models in the configurations below, exported as the pipeline exports them (the MoE also as ONNX
Runtime's MoE node, "moe-ort-node", and with a decode step gathering its top-k experts' stacked weights,
"moe-gathered-decode"; with --quantize both models also through quantize.py alike); the graphs take
turns round by round inside one node process (parity/ort.mjs alternate), so a loaded machine slows them alike; the
figures are the medians of the rounds, by the wall clock and per CPU-second of the node process (the latter leaves
out waiting for a core), with the weight bytes each graph reads per decode step. --profile adds ONNX Runtime's kernel
time per decode step by operator type; --kernels instead times one FFN layer per formulation (ffn_graphs), QMoE
included. Prints JSON with the load average before and after."""
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
from .moe_graph import decode_switch, routed_ffn
from .quantize import quantize_experts, quantize_model

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


def graph_bytes_read_per_token(path, experts, k):
    """Bytes of the stored weights (initializers) one decode step of the graph at path reads: every one, except the
    embedding tables only Gather reads (one row per token) and, of the experts' weights, k of experts (the routed
    graph's per-expert matrices, float or MatMulNBits, the MoE node's stacked ones and the stacked ones
    gathered_ffn gathers from). Of an If (decode_switch) only the then branch counts: the one a one-row step runs.
    Counts what the file holds, so a quantized graph counts its packed bytes and scales."""
    m = onnx.load(path)
    readers, initializers, graphs = {}, [], [m.graph]
    while graphs:
        g = graphs.pop()
        initializers += g.initializer
        for n in g.node:
            for i, x in enumerate(n.input):
                readers.setdefault(x, []).append((n.op_type, i))
            if n.op_type == "If":
                graphs += [a.g for a in n.attribute if a.name == "then_branch"]
    total = 0.0
    for t in initializers:
        uses = readers.get(t.name, [])
        if uses and all(op == "Gather" and i == 0 for op, i in uses) and "_stacked" not in t.name:
            continue
        share = k / experts if ("/routed/e" in t.name or "_stacked" in t.name
                                or any(op == "MoE" and i in (2, 4) for op, i in uses)) else 1
        total += share * numpy_helper.to_array(t).nbytes
    return int(total)


def graph_bytes_copied_per_token(path, experts, k):
    """Bytes of stored weights one decode step copies: the k of experts' share of the stacked tensors that
    gathered_ffn gathers (written once and read again by its MatMuls, on top of graph_bytes_read_per_token's read);
    0 for the other forms."""
    m = onnx.load(path)
    graphs, total = [m.graph], 0.0
    while graphs:
        g = graphs.pop()
        total += sum(k / experts * numpy_helper.to_array(t).nbytes for t in g.initializer if t.name.endswith("_stacked"))
        graphs += [a.g for n in g.node if n.op_type == "If" for a in n.attribute if a.name == "then_branch"]
    return int(total)


def _load():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


def bench(name, out_dir, rounds, threads, prompt, new, profile, also=(), quantize=()):
    common, dense_inter, experts, expert_inter = CONFIGS[name]
    torch.manual_seed(0)
    models = {"dense": PatentGPT(ModelConfig(**common, intermediate_size=dense_inter)).eval(),
              "moe": PatentGPT(ModelConfig(**common, num_experts=experts, experts_top_k=2,
                                           intermediate_size=expert_inter)).eval()}
    paths = {}
    for tag, m in models.items():
        paths[tag] = os.path.join(out_dir, f"{name}-{tag}.onnx")
        export_graph(m, paths[tag])
    # The same MoE as ONNX Runtime's com.microsoft MoE node (the exporter's earlier form), for comparison.
    paths["moe-ort-node"] = os.path.join(out_dir, f"{name}-moe-ort-node.onnx")
    export_graph(models["moe"], paths["moe-ort-node"], moe="ort")
    # And with a one-row step gathering its top-k experts' stacked weights (moe_graph.decode_switch).
    paths["moe-gathered-decode"] = os.path.join(out_dir, f"{name}-moe-gathered-decode.onnx")
    export_graph(models["moe"], paths["moe-gathered-decode"], moe="gathered-decode")
    for bits in quantize:  # both quantized alike: every MatMul on a 2-D weight becomes MatMulNBits
        for tag in ("dense", "moe"):
            q, _ = quantize_model(onnx.load(paths[tag]), bits=bits)
            paths[f"{tag}-int{bits}"] = os.path.join(out_dir, f"{name}-{tag}-int{bits}.onnx")
            onnx.save(q, paths[f"{tag}-int{bits}"])
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
        res[tag] = {"graph_bytes_read_per_token": graph_bytes_read_per_token(paths[tag], experts, 2),
                    "graph_bytes_copied_per_token": graph_bytes_copied_per_token(paths[tag], experts, 2),
                    "decode_tok_s_median": round(m["median"], 1),
                    "decode_tok_s_rounds": [round(x, 1) for x in m["decodeTokensPerSecond"]],
                    "decode_tok_per_cpu_s_median": round(m["cpuMedian"], 1),
                    "decode_tok_per_cpu_s_rounds": [round(x, 1) for x in m["decodeTokensPerCpuSecond"]]}
        if tag in models or tag in ("moe-ort-node", "moe-gathered-decode"):
            m = models.get(tag, models["moe"])
            res[tag].update(parameters=m.num_parameters(), active_parameters=m.num_parameters(active=True),
                            weight_bytes_read_per_token=weight_bytes_read_per_token(m))
    for bits in quantize:
        res[f"moe_over_dense_int{bits}_cpu"] = round(res[f"moe-int{bits}"]["decode_tok_per_cpu_s_median"]
                                                     / res[f"dense-int{bits}"]["decode_tok_per_cpu_s_median"], 3)
    for tag in ("moe-ort-node", "moe-gathered-decode"):
        res[tag.replace("-", "_") + "_over_dense_cpu"] = round(res[tag]["decode_tok_per_cpu_s_median"]
                                                               / res["dense"]["decode_tok_per_cpu_s_median"], 3)
    res["moe_over_dense"] = round(res["moe"]["decode_tok_s_median"] / res["dense"]["decode_tok_s_median"], 3)
    res["moe_over_dense_cpu"] = round(res["moe"]["decode_tok_per_cpu_s_median"]
                                      / res["dense"]["decode_tok_per_cpu_s_median"], 3)
    if profile:
        for tag, p in paths.items():
            prof = json.loads(ortnode._node("profile", str(threads), str(prompt), str(new), str(common["num_kv_heads"]),
                                            str(hd), p).strip().splitlines()[-1])
            res[tag]["kernel_us_per_step"] = prof["kernelMicrosecondsPerStep"]
    return res


def ffn_graphs(out_dir, hidden, dense_width, experts, expert_width, k=2, quantize=()):
    """Single-FFN graphs of one input x [1, 1, hidden], each formulation at full width and tiny
    so the fixed cost of a run can be subtracted (dense width 64, experts of width 32: a QMoE block is 32): the dense SwiGLU as exported (MatMul gate, MatMul
    up, Sigmoid, Mul, Mul, MatMul down), the MoE layer as export.py writes it (router MatMul, Reshape, routed_ffn),
    the same with ONNX Runtime's MoE node, the If of decode_switch (one row: the top-k experts' stacked weights
    gathered), and per bits in quantize: dense and routed through quantize.py
    (MatMulNBits, blocks of 32) and ONNX Runtime's QMoE node (blocks of 32, and one scale per row).
    Returns {name: (tiny path, full path)}."""
    rng = np.random.default_rng(0)
    w = lambda *shape: (rng.standard_normal(shape) * 0.05).astype(np.float32)
    paths = {}

    def save(name, nodes, inits):
        g = helper.make_graph(nodes, name, [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 1, hidden])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 1, hidden])],
                              [a if isinstance(a, onnx.TensorProto) else numpy_helper.from_array(a, n)
                               for n, a in inits.items()])
        model = helper.make_model(g, opset_imports=[helper.make_opsetid("", 14), helper.make_opsetid("com.microsoft", 1)])
        onnx.checker.check_model(model)
        path = os.path.join(out_dir, name + ".onnx")
        onnx.save(model, path)
        return path, model

    def router(width, shape):
        return ([helper.make_node("MatMul", ["x", "router"], ["r3"]), helper.make_node("Reshape", ["r3", "rows"], ["r"])],
                {"router": w(hidden, experts) * 20, "rows": np.array(shape, np.int64)})

    formulations = {}
    for size, (dw, ew) in (("tiny", (64, 32)), ("full", (dense_width, expert_width))):
        dense = save(f"ffn-dense-{dw}", [
            helper.make_node("MatMul", ["x", "gate"], ["g"]), helper.make_node("MatMul", ["x", "up"], ["u"]),
            helper.make_node("Sigmoid", ["g"], ["s"]), helper.make_node("Mul", ["g", "s"], ["silu"]),
            helper.make_node("Mul", ["silu", "u"], ["m"]), helper.make_node("MatMul", ["m", "down"], ["y"])],
            {"gate": w(hidden, dw), "up": w(hidden, dw), "down": w(dw, hidden)})
        fc1, fc2 = w(experts, 2 * ew, hidden), w(experts, hidden, ew)
        nodes, inits = router(ew, [-1, experts])
        ort_node = save(f"ffn-moe-ort-node-{experts}x{ew}", nodes + [helper.make_node(
            "MoE", ["x", "r", "fc1", "", "fc2"], ["y"], domain="com.microsoft", k=k, activation_type="swiglu",
            swiglu_fusion=1, normalize_routing_weights=1, activation_alpha=1.0, activation_beta=0.0)],
            dict(inits, fc1=fc1, fc2=fc2))
        nodes, inits = router(ew, [-1, 1, experts])
        r_nodes, r_inits, _ = routed_ffn("moe", "x", "r", fc1, fc2, k, "y")
        routed = save(f"ffn-moe-routed-{experts}x{ew}", nodes + r_nodes, dict(inits, **{t.name: t for t in r_inits}))
        s_nodes, s_inits, _ = decode_switch("moe", "x", "r", fc1, fc2, k, "y")
        gathered = save(f"ffn-moe-gathered-decode-{experts}x{ew}", nodes + s_nodes,
                        dict(inits, **{t.name: t for t in s_inits}))
        formulations.setdefault("moe-gathered-decode", []).append(gathered)
        formulations.setdefault("dense", []).append(dense)
        formulations.setdefault("moe-ort-node", []).append(ort_node)
        formulations.setdefault("moe-routed", []).append(routed)
        for bits in quantize:
            for tag, (_, model) in (("dense", dense), ("moe-routed", routed)):
                q, _ = quantize_model(model, bits=bits, min_elems=0)
                path = os.path.join(out_dir, f"ffn-{tag}-int{bits}-{size}.onnx")
                onnx.save(q, path)
                formulations.setdefault(f"{tag}-int{bits}", []).append((path, q))
            for block in (32, 0):
                q1, s1, _ = quantize_experts(fc1, bits, block)
                q2, s2, _ = quantize_experts(fc2, bits, block)
                nodes, inits = router(ew, [-1, experts])
                attrs = dict(block_size=block) if block else {}
                formulations.setdefault(f"moe-qmoe-node-int{bits}-{'block32' if block else 'row'}", []).append(save(
                    f"ffn-qmoe-int{bits}-b{block}-{size}", nodes + [helper.make_node(
                        "QMoE", ["x", "r", "q1", "s1", "", "q2", "s2"], ["y"], domain="com.microsoft", k=k,
                        activation_type="swiglu", swiglu_fusion=1, normalize_routing_weights=1, activation_alpha=1.0,
                        activation_beta=0.0, expert_weight_bits=bits, **attrs)],
                    dict(inits, q1=q1, s1=s1, q2=q2, s2=s2)))
    return {tag: (tiny[0], full[0]) for tag, (tiny, full) in formulations.items()}


def kernels(name, out_dir, threads, rounds, quantize=(), iters=400):
    """CPU microseconds per run of the single-FFN graphs of a configuration, taking turns (ort.mjs calls); the
    inputs vary, so the MoE routes them to different experts. ffn_us: a formulation's full graph less its tiny one."""
    common, dense_inter, experts, expert_inter = CONFIGS[name]
    pairs = ffn_graphs(out_dir, common["hidden_size"], dense_inter, experts, expert_inter, quantize=quantize)
    flat = [p for pair in pairs.values() for p in pair]
    r = json.loads(ortnode._node("calls", str(threads), str(iters), str(rounds), str(common["hidden_size"]),
                                 *flat).strip().splitlines()[-1])
    us = {p: m["median"] for p, m in zip(flat, r["models"])}
    return {"config": name, "threads": threads,
            "cpu_us_per_run": {tag: round(us[full], 1) for tag, (_, full) in pairs.items()},
            "ffn_us": {tag: round(us[full] - us[tiny], 1) for tag, (tiny, full) in pairs.items()},
            "load_average": _load()}


def main(argv=None):
    ap = argparse.ArgumentParser(prog="patentgpt.moe_bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--threads", type=int, default=1, help="ONNX Runtime intra-op threads")
    ap.add_argument("--prompt", type=int, default=64)
    ap.add_argument("--new", type=int, default=128)
    ap.add_argument("--configs", default="compare,ffn-heavy", help=f"of {', '.join(CONFIGS)}")
    ap.add_argument("--quantize", default="", help="also both models quantized the same way, e.g. 8,4 (MatMulNBits)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--kernels", action="store_true",
                    help="instead: one FFN layer alone per formulation, CPU microseconds per run and above a tiny one's")
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
            print(json.dumps([kernels(c, out, args.threads, args.rounds, [int(b) for b in args.quantize.split(",") if b])
                              for c in args.configs.split(",")], indent=1))
            return 0
        also = {}
        for a in args.also:
            config, rest = a.split(":", 1)
            tag, path = rest.split("=", 1)
            also.setdefault(config, []).append((tag, os.path.abspath(path)))
        print(json.dumps([bench(c, out, args.rounds, args.threads, args.prompt, args.new, args.profile, also.get(c, ()),
                                [int(b) for b in args.quantize.split(",") if b])
                          for c in args.configs.split(",")], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
