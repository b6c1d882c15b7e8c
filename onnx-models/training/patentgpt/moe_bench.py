"""Decode speed of the exported MoE graph against the dense model of its active size, in onnxruntime-node.

    cd onnx-models/training && /usr/bin/python3 -m patentgpt.moe_bench [--rounds 7] [--threads 1] [--profile]

Random-weight models in two configurations (the compare stage's and an FFN-heavy one), exported as the pipeline
exports them; the graphs take turns round by round inside one node process (parity/ort.mjs alternate), so a
loaded machine slows them alike; the figure is the median of the rounds. --profile adds ONNX Runtime's kernel
time per decode step by operator type. Prints JSON with the load average before and after."""
import argparse
import json
import os
import subprocess
import tempfile

import torch

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
}


def weight_bytes_read_per_token(model):
    """float32 bytes of the weights one decode step reads: all of them, but of each MoE layer only the top-k
    experts (the embedding table once: the head is tied to it)."""
    return 4 * model.num_parameters(active=True)


def _load():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


def bench(name, out_dir, rounds, threads, prompt, new, profile):
    common, dense_inter, experts, expert_inter = CONFIGS[name]
    torch.manual_seed(0)
    models = {"dense": PatentGPT(ModelConfig(**common, intermediate_size=dense_inter)).eval(),
              "moe": PatentGPT(ModelConfig(**common, num_experts=experts, experts_top_k=2,
                                           intermediate_size=expert_inter)).eval()}
    paths = {}
    for tag, m in models.items():
        paths[tag] = os.path.join(out_dir, f"{name}-{tag}.onnx")
        export_graph(m, paths[tag])
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
                    "parameters": models[tag].num_parameters(),
                    "active_parameters": models[tag].num_parameters(active=True),
                    "weight_bytes_read_per_token": weight_bytes_read_per_token(models[tag])}
    res["moe_over_dense"] = round(res["moe"]["decode_tok_s_median"] / res["dense"]["decode_tok_s_median"], 3)
    if profile:
        for tag, p in paths.items():
            prof = json.loads(ortnode._node("profile", str(threads), str(prompt), str(new), str(common["num_kv_heads"]),
                                            str(hd), p).strip().splitlines()[-1])
            res[tag]["kernel_us_per_step"] = prof["kernelMicrosecondsPerStep"]
    return res


def main(argv=None):
    ap = argparse.ArgumentParser(prog="patentgpt.moe_bench", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--threads", type=int, default=1, help="ONNX Runtime intra-op threads")
    ap.add_argument("--prompt", type=int, default=64)
    ap.add_argument("--new", type=int, default=128)
    ap.add_argument("--configs", default=",".join(CONFIGS))
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--keep", help="folder to keep the exported graphs in")
    args = ap.parse_args(argv)
    if not ortnode.available():
        print("moe_bench: onnxruntime-node is not installed (parity/node_modules)")
        return 2
    torch.set_num_threads(1)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.keep or tmp
        os.makedirs(out, exist_ok=True)
        print(json.dumps([bench(c, out, args.rounds, args.threads, args.prompt, args.new, args.profile)
                          for c in args.configs.split(",")], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
